import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { TaskingPlan, TaskingQuery } from '../../shared/schemas/tasking.ts';
import { listTasking } from '../repositories/tasking.repository.ts';
import { anyRole, currentUser } from '../auth/auth.ts';
import type { RouteDeps } from './index.ts';

/**
 * What approved plans ask of each partner's aircraft. A liaison finds their own tasking here without
 * seeing the plans list: always and only their own partner's sorties, whatever partnerId they send.
 */
export const taskingRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  app.get('/tasking', { onRequest: anyRole, schema: { tags: ['plans'], querystring: TaskingQuery, response: { 200: Type.Array(TaskingPlan) } } },
    async (req) => {
      const user = currentUser(req);
      if (user.role === 'liaison') {
        if (req.query.partnerId !== undefined && req.query.partnerId !== user.partnerId) return [];
        return listTasking(deps.database.db, user.partnerId ?? '');
      }
      return listTasking(deps.database.db, req.query.partnerId);
    });
};
