import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  SeatRequest, SeatRequestCreate, SeatRequestDecision, SeatRequestPatch, SeatRequestQuery,
} from '../../shared/schemas/seat-requests.ts';
import { VersionedWriteHeaders } from '../../shared/schemas/versioned.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { SEAT_REQUEST_LIST, getSeatRequest, insertSeatRequest, pageSeatRequests, replaceSeatRequest } from '../repositories/seat-requests.repository.ts';
import { answerPage, pageRequest, sendPage } from '../lib/pagination.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { currentUser, plannerOnly, requireRole } from '../auth/auth.ts';
import { badRequest, forbidden, notFound, unprocessable } from '../lib/errors.ts';
import { checkVersion, etag, requireIfMatch } from '../lib/if-match.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import type { Db } from '../repositories/db-type.ts';
import type { SessionUser } from '../../shared/schemas/session.ts';
import type { RouteDeps } from '../routes/index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { checkSeatRequest, requestedSeats } from './seat-request-checks.ts';
import { seatRequestCreateExample, seatRequestExample } from './examples.ts';

const requestUsers = requireRole('planner', 'liaison');
const STALE = 'The `If-Match` version is not the current one: someone changed or decided the request in between (re-read it).';

/** A liaison touches only their own partner's requests; others' look as if they do not exist. */
async function loadVisible(db: Db, user: SessionUser, id: string, forUpdate = false): Promise<SeatRequest> {
  const r = await getSeatRequest(db, id, forUpdate);
  if (!r || (user.role === 'liaison' && r.partnerId !== user.partnerId)) throw notFound('Seat request', id);
  return r;
}

export const seatRequestRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['seat requests'];

  app.get('/seat-requests', { onRequest: requestUsers, config: { ...docRoute({
      summary: 'List partners\' seat requests',
      description: 'Requests of partners for seats on Japan\'s lift for their own nationals, filtered by `partnerId` and `status`, by partner then oldest first. A liaison sees only their own partner\'s (another partner\'s id is an empty page).',
      roles: ['planner', 'liaison (own partner\'s requests only)'],
      response: [seatRequestExample],
    }) }, schema: { tags, querystring: SeatRequestQuery, response: { 200: Type.Array(SeatRequest) } } },
    async (req, reply) => {
      const user = currentUser(req);
      const { limit: _l, cursor: _c, ...filter } = req.query;
      if (user.role !== 'liaison') return answerPage(req, reply, SEAT_REQUEST_LIST, (page) => pageSeatRequests(db, filter, page));
      if (filter.partnerId !== undefined && filter.partnerId !== user.partnerId) {
        // Another partner's requests are an empty page, as if there were none; the cursor is still checked.
        pageRequest(SEAT_REQUEST_LIST, req.query);
        return sendPage(req, reply, SEAT_REQUEST_LIST, { items: [], total: 0, nextKey: null });
      }
      return answerPage(req, reply, SEAT_REQUEST_LIST, (page) => pageSeatRequests(db, { ...filter, partnerId: user.partnerId ?? '' }, page));
    });

  app.get('/seat-requests/:id', { onRequest: requestUsers, config: { ...docRoute({
      summary: 'Read one seat request',
      description: 'One request by id; the `ETag` header carries its version. Another partner\'s request is a 404 to a liaison.',
      roles: ['planner', 'liaison (own partner\'s requests only)'],
      response: seatRequestExample,
      errors: { 404: 'No request has this id (or it is another partner\'s).' },
    }) }, schema: { tags, params: IdParams, response: { 200: SeatRequest, 404: ErrorBody } } },
    async (req, reply) => {
      const r = await loadVisible(db, currentUser(req), req.params.id);
      return reply.header('etag', etag(r.version)).send(r);
    });

  app.post('/seat-requests', { onRequest: requestUsers, config: { ...docRoute({
      summary: 'Ask for seats for a partner\'s nationals',
      description: 'A partner asks for seats on Japan\'s lift: per place (assembly area, or airport / port) how many, the priority mix (priority 3 is the rest), the window in which its people can leave, a note. It starts `submitted`; a planner decides how many seats Japan carries. A liaison asks for their own partner only (the id is assigned). Audited.',
      roles: ['planner', 'liaison (own partner only)'],
      request: seatRequestCreateExample,
      response: seatRequestExample,
      errors: { 400: 'Unknown partner or place, a place listed twice, a priority mix above the seats, or a window that ends before it starts.', 403: 'A liaison asks for their own partner only.' },
    }) }, schema: { tags, body: SeatRequestCreate, response: { 201: SeatRequest, 400: ErrorBody, 403: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      let partnerId = req.body.partnerId;
      if (user.role === 'liaison') {
        if (partnerId !== undefined && partnerId !== user.partnerId) throw forbidden('A liaison asks for seats for their own partner only');
        // A chosen id that collides would answer 409 and so tell a partner which ids others' requests have.
        if (req.body.id !== undefined) throw badRequest('body.id', 'is assigned by the server for a liaison\'s request; leave it out');
        partnerId = user.partnerId ?? undefined;
      }
      if (partnerId === undefined) throw badRequest('body.partnerId', 'is required');
      const { id, ...fields } = req.body;
      const request: SeatRequest = {
        priority1: 0, priority2: 0, note: null, ...fields, partnerId, id: id ?? newId(), seats: requestedSeats(req.body.places),
        status: 'submitted', acceptedSeats: null, decisionNote: null, version: 1,
      };
      await inTransaction(db, async (trx) => {
        await checkSeatRequest(trx, request);
        await insertSeatRequest(trx, request);
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'seat_request', entityId: request.id, after: request });
      });
      return reply.status(201).header('etag', etag(request.version)).send(request);
    });

  app.patch('/seat-requests/:id', { onRequest: requestUsers, config: { ...docRoute({
      summary: 'Change or withdraw a seat request',
      description: 'Changes the fields sent of the version named in `If-Match`; `status: withdrawn` withdraws it. A changed decided request returns to `submitted` without its decision (the decision answered what was asked). Audited.',
      roles: ['planner', 'liaison (own partner\'s requests only)'],
      request: { places: [{ kind: 'airport', id: 'RCTP', seats: 250 }] },
      response: { ...seatRequestExample, places: [{ kind: 'airport', id: 'RCTP', seats: 250 }], seats: 250, version: 2 },
      errors: { 400: 'Unknown place, a priority mix above the seats, or a window that ends before it starts.', 404: 'No request has this id (or it is another partner\'s).', 409: STALE, 422: 'A withdrawn request cannot be changed; submit a new one.', 428: 'Sent without `If-Match`: send the `ETag` of the GET.' },
    }) }, schema: { tags, params: IdParams, headers: VersionedWriteHeaders, body: SeatRequestPatch, response: { 200: SeatRequest, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody, 428: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const sent = requireIfMatch(req.headers['if-match'], 'seat request');
      const after = await inTransaction(db, async (trx) => {
        const before = await loadVisible(trx, user, req.params.id, true);
        checkVersion('Seat request', before.id, sent, before.version);
        if (before.status === 'withdrawn') throw unprocessable('A withdrawn request cannot be changed; submit a new one');
        const { status: withdraw, ...changes } = req.body;
        const substantive = Object.keys(changes).some((k) => k !== 'note');
        const reopened = substantive && before.status !== 'submitted';
        const merged: SeatRequest = {
          ...before, ...changes, seats: requestedSeats(changes.places ?? before.places), version: before.version + 1,
          status: withdraw ?? (reopened ? 'submitted' : before.status),
          ...(reopened && !withdraw ? { acceptedSeats: null, decisionNote: null } : {}),
        };
        // An accepted request that asks for fewer seats than were accepted keeps no promise it cannot hold.
        if (merged.acceptedSeats !== null && merged.acceptedSeats > merged.seats) merged.acceptedSeats = merged.seats;
        await checkSeatRequest(trx, merged);
        await replaceSeatRequest(trx, merged);
        await recordAudit(trx, { username: user.username, action: 'update', entityType: 'seat_request', entityId: before.id, before, after: merged });
        return merged;
      });
      return reply.header('etag', etag(after.version)).send(after);
    });

  app.post('/seat-requests/:id/decision', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Decide how many seats a partner gets',
      description: 'The planners\' decision on the version named in `If-Match`: `acceptedSeats` of Japan\'s lift (0 declines; never more than requested), with a note to the partner. The matcher then plans the accepted seats with Japanese demand, and never gives the partner more. Audited.',
      request: { acceptedSeats: 200, note: 'Two hundred on the JASDF KC-767 from Taoyuan; the rest on day 3 if seats free up' },
      response: { ...seatRequestExample, status: 'accepted', acceptedSeats: 200, decisionNote: 'Two hundred on the JASDF KC-767 from Taoyuan; the rest on day 3 if seats free up', version: 2 },
      errors: { 400: '`acceptedSeats` is more than the seats requested.', 404: 'No request has this id.', 409: STALE, 422: 'The partner withdrew the request.', 428: 'Sent without `If-Match`: send the `ETag` of the GET.' },
    }) }, schema: { tags, params: IdParams, headers: VersionedWriteHeaders, body: SeatRequestDecision, response: { 200: SeatRequest, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody, 428: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const sent = requireIfMatch(req.headers['if-match'], 'seat request');
      const after = await inTransaction(db, async (trx) => {
        const before = await getSeatRequest(trx, req.params.id, true);
        if (!before) throw notFound('Seat request', req.params.id);
        checkVersion('Seat request', before.id, sent, before.version);
        if (before.status === 'withdrawn') throw unprocessable('The partner withdrew this request; it cannot be decided');
        const { acceptedSeats, note } = req.body;
        if (acceptedSeats > before.seats) throw badRequest('body.acceptedSeats', `is ${acceptedSeats}, more than the ${before.seats} seats requested`);
        const decided: SeatRequest = {
          ...before, status: acceptedSeats > 0 ? 'accepted' : 'declined', acceptedSeats, decisionNote: note ?? null, version: before.version + 1,
        };
        await replaceSeatRequest(trx, decided);
        await recordAudit(trx, { username: user.username, action: 'decide', entityType: 'seat_request', entityId: before.id, before, after: decided });
        return decided;
      });
      return reply.header('etag', etag(after.version)).send(after);
    });
};
