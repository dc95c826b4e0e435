import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { IfMatchHeaders } from '../../shared/schemas/api.ts';
import {
  ArriveBody, CancelBody, DeclineBody, DepartBody, EmptyBody, Operation, OperationCreate, OperationSortie, OperationSortieParams, OperationView,
} from '../../shared/schemas/operation.ts';
import type { SortieAction } from '../../shared/operation/lifecycle.ts';
import { anyRole, currentUser, plannerOnly, plannerOrReader } from '../auth/auth.ts';
import { listOperations } from '../repositories/operations.repository.ts';
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

const STEPS: { action: SortieAction; body: typeof EmptyBody | typeof DeclineBody | typeof DepartBody | typeof ArriveBody; summary: string }[] = [
  { action: 'task', body: EmptyBody, summary: 'Task a planned sortie: its partner sees it (planner)' },
  { action: 'confirm', body: EmptyBody, summary: 'Confirm a tasked sortie (its partner\'s liaison, or a planner)' },
  { action: 'decline', body: DeclineBody, summary: 'Decline a tasked or confirmed sortie, with the reason' },
  { action: 'depart', body: DepartBody, summary: 'Report a departure: actual time and who boarded, per area and priority' },
  { action: 'arrive', body: ArriveBody, summary: 'Report an arrival at the destination' },
  { action: 'cancel', body: CancelBody, summary: 'Cancel a sortie that has not departed, with the reason' },
];

export const operationRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const { bus } = deps;

  app.get('/operations', { onRequest: plannerOrReader, schema: { tags, summary: 'Operations (executions of approved plans)', response: { 200: Type.Array(Operation) } } },
    async () => (await listOperations(db)).map(operationOut));

  app.post('/operations', {
    onRequest: plannerOnly,
    schema: { tags, summary: 'Start executing an approved plan', description: 'Every sortie of the plan becomes `planned`. `clockAt` runs an exercise on the scenario\'s clock.', body: OperationCreate, response: { 201: OperationView, ...errors, 422: ErrorBody } },
  }, async (req, reply) => {
    const user = currentUser(req);
    const id = await inTransaction(db, (trx) => startOperation(trx, user, req.body));
    return reply.status(201).send(await readOperation(db, user, id));
  });

  app.get('/operations/:id', { onRequest: anyRole, schema: { tags, summary: 'An operation and its sorties (a liaison: their own partner\'s)', params: IdParams, response: { 200: OperationView, 404: ErrorBody } } },
    async (req) => readOperation(db, currentUser(req), req.params.id));

  app.post('/operations/:id/task-all', { onRequest: plannerOnly, schema: { tags, summary: 'Task every planned sortie in force', params: IdParams, body: Type.Optional(EmptyBody), response: { 200: OperationView, ...errors } } },
    async (req) => {
      const user = currentUser(req);
      const n = await inTransaction(db, (trx) => taskAll(trx, user, req.params.id));
      if (n > 0) await announce(bus, req.params.id, 'sortie', { tasked: n });
      return readOperation(db, user, req.params.id);
    });

  for (const step of STEPS) {
    app.post(`/operations/:id/sorties/:sortieId/${step.action}`, {
      onRequest: anyRole,
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
