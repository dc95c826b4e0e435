import { docRoute } from '../docs/route-doc.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { plannerOrReader } from '../auth/auth.ts';
import { getOperation } from '../repositories/operations.repository.ts';
import { notFound } from '../lib/errors.ts';
import { streamTopic } from '../events/stream-topic.ts';
import type { RouteDeps } from '../routes/index.ts';
import { operationTopic } from './operation-events.ts';

/**
 * Live updates of an operation for its open boards, as server-sent events over the event bus
 * (LISTEN/NOTIFY on PostgreSQL, so a change through any instance reaches every board). Each event
 * says what changed; the board reloads its figures, so a missed event costs nothing but freshness.
 */
export const eventRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  app.get('/operations/:id/events', {
    onRequest: plannerOrReader,
    config: docRoute({ summary: 'Live changes of an operation', description: 'Server-sent events over the event bus (LISTEN/NOTIFY on PostgreSQL, so a change through any server instance reaches every open board): first `ready`, then one `changed` per change (`what`: sortie, checkin, log, plan, proposal). Resumes after `Last-Event-ID`. The board reloads on each.', response: 'event: changed\ndata: {"type":"changed","what":"sortie"}\n\n', errors: { 404: 'No operation has this id' } }),
    schema: {
      tags: ['operations'], summary: 'Live changes of an operation (server-sent events)', params: IdParams, response: { 200: Type.String({ description: 'a text/event-stream' }), 404: ErrorBody },
      description: 'First a `ready` event, then one `changed` event per change (`what`: sortie, checkin, log, plan, proposal). Resumes after `Last-Event-ID`.',
    },
  }, async (req, reply) => {
    const op = await getOperation(deps.database.db, req.params.id);
    if (!op) throw notFound('Operation', req.params.id);
    await streamTopic(deps.bus, req, reply, { topic: operationTopic(op.id), initial: async () => [{ event: 'ready', data: { operationId: op.id, version: op.version } }] });
  });
};
