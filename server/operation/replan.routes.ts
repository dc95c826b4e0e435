import { docRoute } from '../docs/route-doc.ts';
import { PROPOSAL_EXAMPLE, VIEW_EXAMPLE } from './docs.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { IfMatchHeaders } from '../../shared/schemas/api.ts';
import { AdoptBody, OperationView, ReplanBody } from '../../shared/schemas/operation.ts';
import { currentUser, plannerOnly, plannerOrReader } from '../auth/auth.ts';
import { requireIfMatch } from '../lib/if-match.ts';
import { inTransaction } from '../lib/tx.ts';
import { operationOr404 } from './operation-or-404.ts';
import type { RouteDeps } from '../routes/index.ts';
import { replanFromNow, type Proposal } from './replan-now.service.ts';
import { adoptProposal } from './adopt.service.ts';
import { readOperation } from './view.ts';
import { announce } from './operation-events.ts';

const tags = ['operations'];
const ProposalSchema = Type.Unsafe<Proposal>({ type: 'object', additionalProperties: true, description: 'planId of the draft, from (operation time), basedOnVersion, changes (kept, added, moved, dropped with reasons, newlyLeftBehind with reasons), solve' });

export const replanRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const { bus } = deps;

  app.post('/operations/:id/replan', {
    onRequest: plannerOnly,
    config: docRoute({ summary: 'Re-plan from now on actual counts', description: 'Departed, arrived and confirmed sorties stay as they are; the latest check-ins and the manifests replace the registry; declined and cancelled sorties, closed airports and sorties due but not flown are out. The result is a draft plan kept as the operation\'s proposal, with what changed against the plan in force (kept, added, moved, dropped with the reason, people newly left behind and why). Nothing changes in force until adopted.', request: { timeLimitSeconds: 20 }, response: PROPOSAL_EXAMPLE, errors: { 404: 'No operation has this id', 409: 'The operation changed while re-planning' } }),
    schema: {
      tags, summary: 'Re-plan the rest of the operation from now, on actual counts',
      description: 'Departed, arrived and confirmed sorties stay as they are; the latest check-ins and the manifests replace the registry; declined and cancelled sorties and closed airports are out. The result is a draft plan, kept as the operation\'s proposal with what changed against the plan in force; adopt it to put it in force.',
      params: IdParams, body: Type.Optional(ReplanBody), response: { 200: ProposalSchema, 404: ErrorBody, 409: ErrorBody },
    },
  }, async (req) => {
    const proposal = await replanFromNow(db, deps.solver, currentUser(req), req.params.id, req.body?.timeLimitSeconds ?? deps.config.matcherTimeLimitS);
    await announce(bus, req.params.id, 'proposal', { planId: proposal.planId });
    return proposal;
  });

  app.get('/operations/:id/proposal', {
    onRequest: plannerOrReader,
    config: docRoute({ summary: 'The pending re-plan', description: 'The proposal of the last re-plan from now and what it changes, or null when none is pending.', response: PROPOSAL_EXAMPLE, errors: { 404: 'No operation has this id' } }),
    schema: { tags, summary: 'The pending re-plan and what it changes (null when none)', params: IdParams, response: { 200: Type.Union([ProposalSchema, Type.Null()]), 404: ErrorBody } },
  }, async (req) => {
    const op = await operationOr404(db, req.params.id);
    return (op.proposal as Proposal | null) ?? null;
  });

  app.post('/operations/:id/adopt', {
    onRequest: plannerOnly,
    config: docRoute({ summary: 'Approve the pending re-plan', description: 'Needs `If-Match` with the operation\'s version. Checked again on the actual counts; then it is the plan in force: new sorties are tasked at once (their partners see them) and sorties it no longer has are retired with the reason.', request: { planId: 'plan-korea-2' }, response: VIEW_EXAMPLE, errors: { 404: 'No operation has this id', 409: 'Stale If-Match, not the pending re-plan, or a sortie confirmed or flown since is not kept by it', 422: 'The re-plan breaks a rule on the actual counts (details.violations)', 428: 'If-Match is missing' } }),
    schema: {
      tags, summary: 'Approve the pending re-plan: it becomes the plan in force',
      description: 'Needs `If-Match` with the operation\'s version. Checked again on the actual counts (422 with the violations); 409 when a sortie was confirmed or flew since and the re-plan does not keep it. New sorties are tasked at once.',
      params: IdParams, headers: Type.Partial(IfMatchHeaders), body: AdoptBody, response: { 200: OperationView, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody, 428: ErrorBody },
    },
  }, async (req) => {
    const user = currentUser(req);
    const ifMatch = requireIfMatch(req.headers['if-match'], 'operation');
    await inTransaction(db, (trx) => adoptProposal(trx, user, req.params.id, req.body.planId, ifMatch));
    await announce(bus, req.params.id, 'plan', { planId: req.body.planId });
    return readOperation(db, user, req.params.id);
  });
};
