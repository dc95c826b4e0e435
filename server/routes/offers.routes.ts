import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { LiftOffer } from '../../shared/schemas/domain.ts';
import { LiftOfferCreate, LiftOfferPatch, LiftOfferQuery, OfferDecision } from '../../shared/schemas/api.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { OFFER_LIST, deleteOffer, getOffer, insertOffer, pageOffers, replaceOffer } from '../repositories/offers.repository.ts';
import { answerPage, pageRequest, sendPage } from '../lib/pagination.ts';
import { existingAirportIds } from '../repositories/airports.repository.ts';
import { getPartner } from '../repositories/partners.repository.ts';
import { offerFacts, requireOfferFacts } from '../services/offer-facts.service.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { currentUser, plannerOnly, requireRole } from '../auth/auth.ts';
import { badRequest, badRequestCoded, conflict, forbidden, notFound, unprocessable } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import type { Db } from '../repositories/db-type.ts';
import type { SessionUser } from '../../shared/schemas/session.ts';
import type { OperatorCategory } from '../../shared/schemas/common.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { seatShareProblem } from '../../shared/offers/seat-share.ts';
import { offerExample, offerCreateExample } from '../docs/examples.ts';

const offerUsers = requireRole('planner', 'liaison');
const LIVE: readonly LiftOffer['status'][] = ['submitted', 'accepted'];
const FACT_FIELDS = ['category', 'aircraftType', 'seatsPerSortie'] as const;

type OfferToCheck = Omit<LiftOffer, 'category'> & { category?: OperatorCategory | undefined };

/**
 * The checks of every write; returns the category the offer has. `category` undefined = derive it from the
 * partner and the catalogue type. `keep`: an edit that leaves a declined or withdrawn offer so and touches
 * none of its facts keeps its category unchecked (as the database trigger does), so that a liaison can
 * still withdraw or annotate an offer the rules overtook — such an offer is never planned.
 */
async function checkOffer(db: Db, o: OfferToCheck, keep?: OperatorCategory): Promise<OperatorCategory> {
  if (!(await getPartner(db, o.partnerId))) throw badRequest('body.partnerId', `unknown partner ${o.partnerId}`);
  if (Date.parse(o.availableTo) <= Date.parse(o.availableFrom)) {
    throw badRequest('body.availableTo', 'must be after availableFrom');
  }
  if (new Set(o.originAirportIds).size !== o.originAirportIds.length) {
    throw badRequest('body.originAirportIds', 'lists an airport twice');
  }
  const known = await existingAirportIds(db, [...o.originAirportIds, o.destinationAirportId]);
  o.originAirportIds.forEach((id, i) => {
    if (!known.has(id)) throw badRequest(`body.originAirportIds[${i}]`, `unknown airport ${id}`);
  });
  if (!known.has(o.destinationAirportId)) throw badRequest('body.destinationAirportId', `unknown airport ${o.destinationAirportId}`);
  if (o.originAirportIds.includes(o.destinationAirportId)) {
    throw badRequest('body.destinationAirportId', 'is also one of the origins');
  }
  const share = seatShareProblem(o);
  if (share) throw badRequestCoded(`body.${share.field}`, share.reason, share.code, share.params);
  if (keep) return keep;
  return requireOfferFacts(db, o);
}

/**
 * An offer contradicting its partner's categories or its catalogue type (e.g. one the data check of
 * migration 20261201000100 declined) cannot be accepted: 422, naming the offer's field, until it is edited.
 */
async function requireAcceptable(db: Db, o: LiftOffer) {
  const facts = await offerFacts(db, o);
  if (facts && !facts.ok) {
    throw unprocessable(`Lift offer ${o.id} cannot be accepted: ${facts.field} ${facts.reason}; the partner must edit it first`,
      [{ field: `offer.${facts.field}`, reason: facts.reason }]);
  }
}

/** A liaison may touch only their own partner's offers; others' look as if they do not exist. */
async function loadVisibleOffer(db: Db, user: SessionUser, id: string, forUpdate = false) {
  const offer = await getOffer(db, id, forUpdate);
  if (!offer || (user.role === 'liaison' && offer.partnerId !== user.partnerId)) throw notFound('Lift offer', id);
  return offer;
}

export const offerRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['lift offers'];

  app.get('/lift-offers', { onRequest: offerUsers, config: { ...docRoute({
      summary: 'List lift offers',
      description: 'Offers of aircraft and sorties by partners, filtered by `status`, `partnerId`, `category`. A liaison sees only its own partner\'s offers. `flags` warns of facts that contradict the catalogue (e.g. more seats than the type has).',
      roles: ['planner', 'liaison (own partner\'s offers only)'],
      response: [offerExample],
    }) }, schema: { tags, querystring: LiftOfferQuery, response: { 200: Type.Array(LiftOffer) } } },
    async (req, reply) => {
      const user = currentUser(req);
      const { limit: _l, cursor: _c, ...filter } = req.query;
      if (user.role === 'liaison') {
        if (req.query.partnerId && req.query.partnerId !== user.partnerId) {
          pageRequest(OFFER_LIST, req.query);
          return sendPage(req, reply, OFFER_LIST, { items: [], total: 0, nextKey: null });
        }
        return answerPage(req, reply, OFFER_LIST, (page) => pageOffers(db, { ...filter, partnerId: user.partnerId ?? '' }, page));
      }
      return answerPage(req, reply, OFFER_LIST, (page) => pageOffers(db, filter, page));
    });

  app.get('/lift-offers/:id', { onRequest: offerUsers, config: { ...docRoute({
      summary: 'Read one lift offer',
      description: 'One offer by id; the `ETag` header carries its version. Another partner\'s offer is a 404 to a liaison.',
      roles: ['planner', 'liaison (own partner\'s offers only)'],
      response: offerExample,
      errors: { 404: 'No offer has this id (or it is another partner\'s).' },
    }) }, schema: { tags, params: IdParams, response: { 200: LiftOffer, 404: ErrorBody } } },
    async (req) => loadVisibleOffer(db, currentUser(req), req.params.id));

  app.post('/lift-offers', { onRequest: offerUsers, config: { ...docRoute({
      summary: 'Submit a lift offer',
      description: 'A partner offers aircraft: type (from `GET /api/aircraft`), seats per sortie, sorties, window, origin airports, destination, turnaround. With `seatShare: { departures: [{ originAirportId, departAt }] }` it offers instead `seatsPerSortie` seats on each of its own departures (`sorties` = their number, each at one of the origins inside the window); the plan uses each at most once, at that time. It starts `submitted`; the planner accepts or declines it. A liaison submits for its own partner only (the id is assigned); the category is derived from the partner and type when left out. Audited.',
      roles: ['planner', 'liaison (own partner only)'],
      request: offerCreateExample,
      response: offerExample,
      errors: { 400: 'Unknown partner or airport, availableTo not after availableFrom, an origin listed twice or equal to the destination, facts that contradict the catalogue, or a seat-share departure off the origins or window, listed twice, or not matching `sorties`.', 403: 'A liaison submits offers for their own partner only.' },
    }) }, schema: { tags, body: LiftOfferCreate, response: { 201: LiftOffer, 400: ErrorBody, 403: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      let partnerId = req.body.partnerId;
      if (user.role === 'liaison') {
        if (partnerId && partnerId !== user.partnerId) throw forbidden('A liaison submits offers for their own partner only');
        // A chosen id that collides would answer 409 and so tell a partner which ids others' offers have.
        if (req.body.id !== undefined) throw badRequest('body.id', 'is assigned by the server for a liaison\'s offer; leave it out');
        partnerId = user.partnerId ?? undefined;
      }
      if (!partnerId) throw badRequest('body.partnerId', 'is required');
      const draft: OfferToCheck = { note: null, decisionNote: null, ...req.body, partnerId, id: req.body.id ?? newId(), status: 'submitted', version: 1 };
      const created = await inTransaction(db, async (trx) => {
        const offer: LiftOffer = { ...draft, category: await checkOffer(trx, draft) };
        await insertOffer(trx, offer);
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'lift_offer', entityId: offer.id, after: offer });
        return (await getOffer(trx, offer.id))!;
      });
      return reply.status(201).send(created);
    });

  app.patch('/lift-offers/:id', { onRequest: offerUsers, config: { ...docRoute({
      summary: 'Change or withdraw a lift offer',
      description: 'Changes the fields sent of the offer version named in the body\'s `version`; a liaison may set `status: withdrawn`. A changed accepted offer returns to `submitted`. Audited.',
      roles: ['planner', 'liaison (own partner\'s offers only)'],
      request: { version: 1, sorties: 3 },
      response: { ...offerExample, sorties: 3, version: 2 },
      errors: { 400: 'Unknown airport, or a window that ends before it starts.', 404: 'No offer has this id (or it is another partner\'s).', 409: 'The offer was changed by someone else since `version`: reload it.', 422: 'A withdrawn offer cannot be changed; submit a new one.' },
    }) }, schema: { tags, params: IdParams, body: LiftOfferPatch, response: { 200: LiftOffer, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody } } },
    async (req) => {
      const user = currentUser(req);
      return inTransaction(db, async (trx) => {
        const before = await loadVisibleOffer(trx, user, req.params.id, true);
        const { version, ...changes } = req.body;
        if (version !== before.version) {
          throw conflict(`Lift offer ${before.id} was changed by someone else (you edited version ${version}, it is now ${before.version}); reload it`, { currentVersion: before.version });
        }
        if (before.status === 'withdrawn') throw unprocessable('A withdrawn offer cannot be changed; submit a new one');
        const substantive = Object.keys(changes).some((k) => k !== 'status' && k !== 'note');
        // An edited offer goes back to the planners' inbox: what they accepted is no longer what is offered.
        const status = changes.status ?? (substantive && before.status !== 'submitted' ? 'submitted' : before.status);
        // A decision note answered the offer as it was; once it is back in the inbox the note no longer applies.
        const decisionNote = status === 'submitted' && before.status !== 'submitted' ? null : before.decisionNote ?? null;
        // Unless the edit names a category, the category follows the (perhaps new) aircraft type.
        const merged: OfferToCheck = { ...before, ...changes, category: changes.category, status, decisionNote, version: before.version + 1 };
        delete merged.flags;
        const factsUntouched = !FACT_FIELDS.some((k) => k in changes);
        const keep = factsUntouched && !LIVE.includes(status) ? before.category : undefined;
        const after: LiftOffer = { ...merged, category: await checkOffer(trx, merged, keep) };
        await replaceOffer(trx, after);
        await recordAudit(trx, { username: user.username, action: 'update', entityType: 'lift_offer', entityId: before.id, before, after });
        return getOffer(trx, before.id);
      });
    });

  app.post('/lift-offers/:id/decision', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Accept or decline a lift offer',
      description: 'The planner\'s decision, with an optional note to the partner. Only accepted offers are planned on. Send `version` to be sure you decide on what you read. Audited.',
      request: { status: 'accepted', note: 'Accepted for Osan → Yokota', version: 1 },
      response: { ...offerExample, status: 'accepted', decisionNote: 'Accepted for Osan → Yokota', version: 2 },
      errors: { 404: 'No offer has this id.', 409: 'The offer changed since you read it (`version`).', 422: 'The partner withdrew the offer, or its facts contradict the catalogue so it cannot be accepted.' },
    }) }, schema: { tags, params: IdParams, body: OfferDecision, response: { 200: LiftOffer, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody } } },
    async (req) => {
      const user = currentUser(req);
      return inTransaction(db, async (trx) => {
        const before = await getOffer(trx, req.params.id, true);
        if (!before) throw notFound('Lift offer', req.params.id);
        if (req.body.version !== undefined && req.body.version !== before.version) {
          throw conflict(`Lift offer ${before.id} changed since you read it (now version ${before.version})`, { currentVersion: before.version });
        }
        if (before.status === 'withdrawn') throw unprocessable('The partner withdrew this offer; it cannot be decided');
        if (req.body.status === 'accepted') await requireAcceptable(trx, before);
        // The planners' note goes back to the liaison beside (not over) the liaison's own note.
        const after: LiftOffer = { ...before, status: req.body.status, decisionNote: req.body.note ?? null, version: before.version + 1 };
        await replaceOffer(trx, after);
        await recordAudit(trx, { username: user.username, action: 'decide', entityType: 'lift_offer', entityId: before.id, before, after });
        return getOffer(trx, before.id);
      });
    });

  app.delete('/lift-offers/:id', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Delete a lift offer',
      description: 'Deletes an offer that no plan uses. Audited.',
      errors: { 404: 'No offer has this id.', 409: 'Still in use: a plan\'s sorties fly it.' },
    }) }, schema: { tags, params: IdParams, response: { 204: Type.Null(), 404: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      await inTransaction(db, async (trx) => {
        const before = await getOffer(trx, req.params.id, true);
        if (!before) throw notFound('Lift offer', req.params.id);
        await deleteOffer(trx, before.id);
        await recordAudit(trx, { username: user.username, action: 'delete', entityType: 'lift_offer', entityId: before.id, before });
      });
      return reply.status(204).send(null);
    });
};
