import { docRoute } from '../docs/route-doc.ts';
import { LOG_EXAMPLE } from './docs.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { LogCreate, LogEntry, LogQuery } from '../../shared/schemas/operation.ts';
import type { SessionUser } from '../../shared/schemas/session.ts';
import { anyRole, currentUser } from '../auth/auth.ts';
import { getOperationSortie, listOperationSorties } from '../repositories/operations.repository.ts';
import { insertLog, listLog } from '../repositories/operation-ground.repository.ts';
import { getAirport } from '../repositories/airports.repository.ts';
import { getArea } from '../repositories/areas.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { badRequest } from '../lib/errors.ts';
import { inTransaction } from '../lib/tx.ts';
import { operationOr404 } from './operation-or-404.ts';
import type { RouteDeps } from '../routes/index.ts';
import { operationNow } from './clock.ts';
import { announce } from './operation-events.ts';
import { liaisonSees } from '../../shared/operation/lifecycle.ts';

const tags = ['operations'];
const HOUR = 3_600_000;

/** What an entry links to must exist (and, for a liaison, be their own partner's sortie). */
async function checkLinks(db: Db, user: SessionUser, operationId: string, e: LogCreate) {
  if (e.sortieId) {
    const s = await getOperationSortie(db, operationId, e.sortieId);
    if (!s || (user.role === 'liaison' && !liaisonSees(s, user.partnerId))) throw badRequest('body.sortieId', `${e.sortieId} is not a sortie of this operation you can see`);
  }
  if (e.airportId && !(await getAirport(db, e.airportId))) throw badRequest('body.airportId', `${e.airportId} is not an airport`);
  if (e.assemblyAreaId && !(await getArea(db, e.assemblyAreaId))) throw badRequest('body.assemblyAreaId', `${e.assemblyAreaId} is not an assembly area`);
}

/** The situation log: time-stamped entries by anyone signed in; a liaison reads entries not tied to another partner's sortie. */
export const logRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const { bus } = deps;

  app.get('/operations/:id/log', {
    onRequest: anyRole,
    config: docRoute({ summary: 'Read the situation log', description: 'Entries newest first, filtered by kind, linked sortie, airport or area, or text (`q`). A liaison does not see entries about another partner\'s sorties.', roles: ['planner', 'reader', 'liaison (not other partners\' sorties)'], response: [LOG_EXAMPLE], errors: { 404: 'No operation has this id' } }),
    schema: { tags, summary: 'The situation log, newest first, filtered', params: IdParams, querystring: LogQuery, response: { 200: Type.Array(LogEntry), 404: ErrorBody } },
  }, async (req) => {
    const user = currentUser(req);
    const op = await operationOr404(db, req.params.id);
    const entries = await listLog(db, op.id, { ...req.query, limit: req.query.limit === undefined ? undefined : Number(req.query.limit) });
    if (user.role !== 'liaison') return entries;
    const own = new Set((await listOperationSorties(db, op.id, user.partnerId ?? '')).map((s) => s.sortieId));
    return entries.filter((e) => e.sortieId === null || own.has(e.sortieId));
  });

  app.post('/operations/:id/log', {
    onRequest: anyRole,
    config: docRoute({ summary: 'Add a situation log entry', description: 'A decision, report, partner message or note by anyone signed in; `at` defaults to operation time; it may link a sortie (a liaison: their own), an airport and an assembly area.', request: { kind: 'partner_message', text: 'Crew rest at Osan: 40 min delay', sortieId: 'm-0007' }, response: LOG_EXAMPLE, errors: { 404: 'No operation has this id' } }),
    schema: {
      tags, summary: 'Add a situation log entry', description: 'A decision, report, partner message or note; `at` defaults to operation time; it may link a sortie, an airport and an assembly area.',
      params: IdParams, body: LogCreate, response: { 201: LogEntry, 400: ErrorBody, 404: ErrorBody },
    },
  }, async (req, reply) => {
    const user = currentUser(req);
    const op = await operationOr404(db, req.params.id);
    const now = operationNow(op);
    const atMs = req.body.at === undefined ? now : Date.parse(req.body.at);
    if (atMs > now + HOUR) throw badRequest('body.at', `${req.body.at} is in the future of the operation`);
    await checkLinks(db, user, op.id, req.body);
    const entry = { ...req.body, at: new Date(atMs).toISOString() };
    const id = await inTransaction(db, async (trx) => {
      const n = await insertLog(trx, op.id, user.username, entry);
      await recordAudit(trx, { username: user.username, action: 'create', entityType: 'operation_log', entityId: `${op.id}/${n}`, after: entry });
      return n;
    });
    await announce(bus, op.id, 'log');
    return reply.status(201).send({ id, username: user.username, sortieId: null, airportId: null, assemblyAreaId: null, ...entry });
  });
};
