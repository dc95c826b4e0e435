import { docRoute } from '../docs/route-doc.ts';
import { BOARD_EXAMPLE } from './docs.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { plannerOrReader } from '../auth/auth.ts';
import type { RouteDeps } from '../routes/index.ts';
import { loadBoard, type BoardView } from './board.service.ts';

/** The board's figures are computed (shared/operation/board.ts); its type is the contract, checked by tsc on both sides. */
const BoardSchema = Type.Unsafe<BoardView>({ type: 'object', additionalProperties: true, description: 'See shared/operation/board.ts (Board)' });

export const boardRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  app.get('/operations/:id/board', {
    onRequest: plannerOrReader,
    config: docRoute({ summary: 'The situation board', description: 'People out so far vs planned by country and priority with the reconciliation (out + waiting + not present = registry + walk-ins), the burn-down by hour, late and below-load sorties, areas whose people are not moving (waiting, no departure for 3 h), the next six hours of departures per airport, and every departed sortie\'s manifest.', response: BOARD_EXAMPLE, errors: { 404: 'No operation has this id' } }),
    schema: {
      tags: ['operations'], summary: 'The situation board', params: IdParams, response: { 200: BoardSchema, 404: ErrorBody },
      description: 'People out so far vs planned by country and priority with the reconciliation (out + waiting + not present = registry + walk-ins), the burn-down by hour, late and below-load sorties, areas whose people are not moving, the next six hours of departures per airport, and every departed sortie\'s manifest.',
    },
  }, async (req) => loadBoard(deps.database.db, req.params.id));
};
