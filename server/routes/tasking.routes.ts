import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { TaskingPlan, TaskingQuery } from '../../shared/schemas/tasking.ts';
import { listTaskedSorties } from '../repositories/tasking.repository.ts';
import { taskingPlans } from '../services/tasking.service.ts';
import { listJudged } from '../services/plan-judge.service.ts';
import type { Db } from '../repositories/db-type.ts';
import { anyRole, currentUser } from '../auth/auth.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';

/** Each approved plan's tasking with whether its inputs changed since approval, judged on today's data. */
async function judgedTasking(db: Db, partnerId?: string): Promise<TaskingPlan[]> {
  const tasking = taskingPlans(await listTaskedSorties(db, partnerId));
  if (tasking.length === 0) return [];
  const rows = new Map((await listJudged(db, { status: 'approved' })).map((r) => [r.id, r]));
  return tasking.map((t) => ({ ...t, inputsChanged: rows.get(t.planId)?.inputsChanged ?? false, breaks: rows.get(t.planId)?.breaks ?? false }));
}

/**
 * What approved plans ask of each partner's aircraft. A liaison finds their own tasking here without
 * seeing the plans list: always and only their own partner's sorties, whatever partnerId they send.
 */
export const taskingRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  app.get('/tasking', { onRequest: anyRole, config: { ...docRoute({
      summary: 'A partner\'s tasking',
      description: 'For each approved plan, the sorties a partner flies (a liaison: its own partner; planners and readers name `partnerId`), and each airframe\'s rotation in order. `inputsChanged`/`breaks` warn that the cell will re-plan.',
      response: [{ planId: 'korea-draft-1', planName: 'Korea draft 1', scenarioName: 'Korean Peninsula contingency', approvedAt: '2027-04-01T07:00:00.000Z', inputsChanged: false, breaks: false, sorties: [], rotations: [] }],
      errors: { 400: 'A planner or reader must name partnerId; a liaison may name only its own.' },
    }) }, schema: { tags: ['plans'], querystring: TaskingQuery, response: { 200: Type.Array(TaskingPlan) } } },
    async (req) => {
      const user = currentUser(req);
      if (user.role === 'liaison') {
        if (req.query.partnerId !== undefined && req.query.partnerId !== user.partnerId) return [];
        return judgedTasking(deps.database.db, user.partnerId ?? '');
      }
      return judgedTasking(deps.database.db, req.query.partnerId);
    });
};
