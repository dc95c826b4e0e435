import { docRoute } from '../docs/route-doc.ts';
import { OPERATION_EXAMPLE, SORTIE_EXAMPLE, STEP_ERRORS, VIEW_EXAMPLE } from './docs.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { IfMatchHeaders } from '../../shared/schemas/api.ts';
import {
  ArriveBody, CancelBody, DeclineBody, DepartBody, EmptyBody, Operation, OperationCreate, OperationQuery, OperationSortie, OperationSortieParams, OperationView,
} from '../../shared/schemas/operation.ts';
import type { SortieAction } from '../../shared/operation/lifecycle.ts';
import { anyRole, currentUser, plannerOnly } from '../auth/auth.ts';
import { OPERATION_LIST, pageOperations, type OperationFilter } from '../repositories/operations.repository.ts';
import { answerPage } from '../lib/pagination.ts';
import { inTransaction } from '../lib/tx.ts';
import { etag, requireIfMatch } from '../lib/if-match.ts';
import type { RouteDeps } from '../routes/index.ts';
import { startOperation } from './start.service.ts';
import { applyTransition } from './transition.service.ts';
import { operationOut, readOperation } from './view.ts';
import { announce } from './operation-events.ts';
import { taskAll } from './task-all.service.ts';

const tags = ['operations'];
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 428: ErrorBody };

const STEPS: { action: SortieAction; body: typeof EmptyBody | typeof DeclineBody | typeof DepartBody | typeof ArriveBody; summary: string; doc: string; example: Record<string, unknown> }[] = [
  { action: 'task', body: EmptyBody, summary: 'Task a planned sortie: its partner sees it (planner)', doc: 'planned → tasked.', example: {} },
  { action: 'confirm', body: EmptyBody, summary: 'Confirm a tasked sortie (its partner\'s liaison, or a planner)', doc: 'tasked → confirmed: the partner will fly it. A re-plan keeps confirmed sorties whole.', example: {} },
  { action: 'decline', body: DeclineBody, summary: 'Decline a tasked or confirmed sortie, with the reason', doc: 'tasked/confirmed → declined. The reason is shown to the crisis cell; a re-plan leaves the sortie out.', example: { reason: 'No crew before 12:00' } },
  { action: 'depart', body: DepartBody, summary: 'Report a departure: actual time and who boarded, per area and priority', doc: 'tasked/confirmed → departed with the manifest (per assembly area and priority, at most the sortie\'s seats). The manifests feed the reconciliation and the burn-down.', example: { departedAt: '2027-04-02T06:25:00Z', manifest: [{ assemblyAreaId: 'kr-seoul-yongsan', priority: 1, passengers: 12 }] } },
  { action: 'arrive', body: ArriveBody, summary: 'Report an arrival at the destination', doc: 'departed → arrived, not before the departure.', example: { arrivedAt: '2027-04-02T08:40:00Z' } },
  { action: 'cancel', body: CancelBody, summary: 'Cancel a sortie that has not departed, with the reason', doc: 'planned/tasked/confirmed → cancelled; who and why are recorded.', example: { reason: 'Airport closed by the host nation' } },
];

export const operationRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const { bus } = deps;

  app.get('/operations', { onRequest: anyRole, config: docRoute({ summary: 'List operations', description: 'Every operation (execution of an approved plan), newest first, with its plan in force and operation time. `planId` keeps only the operations that have that plan in force (`?planId=…&limit=1`: the newest; an unknown plan: an empty list). A liaison sees the operations in which their partner has been tasked with a sortie.', roles: ['planner', 'reader', 'liaison (operations with a sortie tasked to their partner)'], response: [OPERATION_EXAMPLE] }), schema: { tags, summary: 'Operations (executions of approved plans)', querystring: OperationQuery, response: { 200: Type.Array(Operation) } } },
    async (req, reply) => {
      const user = currentUser(req);
      const filter: OperationFilter = { ...(user.role === 'liaison' ? { partnerId: user.partnerId ?? '' } : {}), ...(req.query.planId !== undefined ? { planId: req.query.planId } : {}) };
      // Without `limit` at most 200, as before paging.
      return (await answerPage(req, reply, OPERATION_LIST, (page) => pageOperations(db, filter, page), 200)).map(operationOut);
    });

  app.post('/operations', {
    onRequest: plannerOnly,
    config: docRoute({ summary: 'Start executing an approved plan', description: 'Every sortie of the plan becomes `planned`. `clockAt` runs an exercise on the scenario\'s clock: operation time is then that instant plus the time passed since.', request: { planId: 'plan-korea-1', clockAt: '2027-04-02T06:00:00Z' }, response: VIEW_EXAMPLE, errors: { 404: 'No plan has this id', 422: 'The plan is a draft: only an approved plan can be executed' } }),
    schema: { tags, summary: 'Start executing an approved plan', description: 'Every sortie of the plan becomes `planned`. `clockAt` runs an exercise on the scenario\'s clock.', body: OperationCreate, response: { 201: OperationView, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody } },
  }, async (req, reply) => {
    const user = currentUser(req);
    const id = await inTransaction(db, (trx) => startOperation(trx, user, req.body));
    return reply.status(201).send(await readOperation(db, user, id));
  });

  app.get('/operations/:id', { onRequest: anyRole, config: docRoute({ summary: 'An operation and its sorties', description: 'The operation with every sortie\'s execution record (state, version, manifest, reasons); sorties retired by a re-plan are listed with `inForce: false`.', roles: ['planner', 'reader', 'liaison (own partner\'s sorties only)'], response: VIEW_EXAMPLE, errors: { 404: 'No operation has this id' } }), schema: { tags, summary: 'An operation and its sorties (a liaison: their own partner\'s)', params: IdParams, response: { 200: OperationView, 404: ErrorBody } } },
    async (req) => readOperation(db, currentUser(req), req.params.id));

  app.post('/operations/:id/task-all', { onRequest: plannerOnly, config: docRoute({ summary: 'Task every planned sortie', description: 'Every planned sortie in force becomes `tasked`: its partner\'s liaison sees it and may confirm or decline it.', request: {}, response: VIEW_EXAMPLE, errors: { 404: 'No operation has this id' } }), schema: { tags, summary: 'Task every planned sortie in force', params: IdParams, body: Type.Optional(EmptyBody), response: { 200: OperationView, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (req) => {
      const user = currentUser(req);
      const n = await inTransaction(db, (trx) => taskAll(trx, user, req.params.id));
      if (n > 0) await announce(bus, req.params.id, 'sortie', { tasked: n });
      return readOperation(db, user, req.params.id);
    });

  for (const step of STEPS) {
    app.post(`/operations/:id/sorties/:sortieId/${step.action}`, {
      onRequest: anyRole,
      config: docRoute({ summary: step.summary, description: step.doc, roles: step.action === 'task' ? ['planner'] : ['planner', 'liaison (own partner\'s sorties only)'], request: step.example, response: SORTIE_EXAMPLE, errors: STEP_ERRORS }),
      schema: {
        tags, summary: step.summary,
        description: 'Needs `If-Match` with the sortie\'s version (428 without, 409 when stale). A step the state does not allow is a 409 naming the state; a liaison acting on another partner\'s sortie gets 404.',
        params: OperationSortieParams, headers: Type.Partial(IfMatchHeaders), body: step.body, response: { 200: OperationSortie, ...errors },
      },
    }, async (req, reply) => {
      const user = currentUser(req);
      const ifMatch = requireIfMatch(req.headers['if-match'], 'sortie');
      const body = (req.body ?? {}) as { reason?: string; departedAt?: string; arrivedAt?: string; manifest?: OperationSortie['manifest'] };
      const after = await inTransaction(db, (trx) => applyTransition(trx, user, req.params.id, req.params.sortieId, { action: step.action, ifMatch, ...body }));
      await announce(bus, req.params.id, 'sortie', { sortieId: after.sortieId, state: after.state });
      return reply.header('etag', etag(after.version)).send(after);
    });
  }
};
