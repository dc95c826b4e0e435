import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Partner } from '../../shared/schemas/domain.ts';
import { PartnerCreate, PartnerPatch } from '../../shared/schemas/api.ts';
import { VersionedWriteHeaders } from '../../shared/schemas/versioned.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { PARTNER_LIST, deletePartner, getPartner, insertPartner, pagePartners, updatePartner } from '../repositories/partners.repository.ts';
import { answerPage } from '../lib/pagination.ts';
import { PageQuery } from '../../shared/schemas/pagination.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { anyRole, currentUser, plannerOnly } from '../auth/auth.ts';
import { badRequest, conflict, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import { checkVersion, etag, parseIfMatch } from '../lib/if-match.ts';
import { patchVersioned, type VersionedStore } from '../services/versioned-patch.ts';
import { liveOffersBrokenBy } from '../services/partner-facts.service.ts';
import type { Db } from '../repositories/db-type.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { partnerExample } from '../docs/examples.ts';

/** The SDF are Japan's own forces (DESIGN.md): no other nation's partner may offer them. */
function checkPartner(p: Pick<Partner, 'nation' | 'categories'>, field: 'body.categories' | 'body.nation') {
  if (p.categories.includes('sdf') && p.nation !== 'JP') {
    throw badRequest(field, `sdf (Japan's Self-Defense Forces) is offered only by a partner of nation JP, not ${p.nation}`);
  }
}

/** A partner's merged edit: SDF only in Japan, and no submitted or accepted offer left contradicting it (409). */
function storeFor(patch: PartnerPatch): VersionedStore<Partner, PartnerPatch> {
  return {
    what: 'Partner', auditType: 'partner', get: getPartner, update: updatePartner,
    async check(db: Db, after: Partner) {
      checkPartner(after, patch.categories ? 'body.categories' : 'body.nation');
      const broken = await liveOffersBrokenBy(db, after);
      if (broken.length > 0) {
        throw conflict(`${broken.length} submitted or accepted offer(s) of ${after.name} would contradict its categories: ${broken.map((b) => `${b.id} (${b.reason})`).join('; ')}. Decline or withdraw them first`,
          { field: 'body.categories', offers: broken });
      }
    },
  };
}

export const partnerRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['partners'];

  // A liaison sees only their own partner; planners and readers see all.
  app.get('/partners', { onRequest: anyRole, config: { ...docRoute({
      summary: 'List partners',
      description: 'Every partner (airline, air force) that offers lift, with its nation and the operator categories it may offer (`sdf` only for Japan).',
      response: [partnerExample],
    }) }, schema: { tags, querystring: Type.Object(PageQuery, { additionalProperties: false }), response: { 200: Type.Array(Partner) } } }, async (req, reply) => {
    const user = currentUser(req);
    const f = user.role === 'liaison' ? { id: user.partnerId ?? '' } : {};
    return answerPage(req, reply, PARTNER_LIST, (page) => pagePartners(db, f, page));
  });

  app.get('/partners/:id', { onRequest: anyRole, config: { ...docRoute({
      summary: 'Read one partner',
      description: 'One partner by id; the `ETag` header carries its version.',
      response: partnerExample,
      errors: { 404: 'No partner has this id.' },
    }) }, schema: { tags, params: IdParams, response: { 200: Partner, 404: ErrorBody } } }, async (req, reply) => {
    const user = currentUser(req);
    const p = user.role === 'liaison' && user.partnerId !== req.params.id ? undefined : await getPartner(db, req.params.id);
    if (!p) throw notFound('Partner', req.params.id);
    return reply.header('etag', etag(p.version)).send(p);
  });

  app.post('/partners', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Create a partner',
      description: 'Creates a partner with its nation and operator categories. Audited.',
      request: { id: 'nz-rnzaf', name: 'Royal New Zealand Air Force', nation: 'NZ', categories: ['foreign_military'] },
      response: { id: 'nz-rnzaf', name: 'Royal New Zealand Air Force', nation: 'NZ', categories: ['foreign_military'], version: 1 },
      errors: { 400: '`sdf` (Japan\'s Self-Defense Forces) is offered only by a partner of nation JP.', 409: 'A partner with this id exists already.' },
    }) }, schema: { tags, body: PartnerCreate, response: { 201: Partner, 400: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const partner: Partner = { ...req.body, id: req.body.id ?? newId(), version: 1 };
      checkPartner(partner, 'body.categories');
      await inTransaction(db, async (trx) => {
        await insertPartner(trx, partner);
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'partner', entityId: partner.id, after: partner });
      });
      return reply.status(201).header('etag', etag(partner.version)).send(partner);
    });

  // If-Match required (428), the row locked, the version compared (409): as airports and areas.
  app.patch('/partners/:id', {
    onRequest: plannerOnly,
    config: { ...docRoute({
      summary: 'Change a partner',
      description: 'Changes the fields sent of the version named in `If-Match`. Refused when submitted or accepted offers of the partner would contradict its new categories. Audited.',
      request: { name: 'Royal Air Force (Air Mobility)' },
      response: { ...partnerExample, name: 'Royal Air Force (Air Mobility)', version: 2 },
      errors: { 400: '`sdf` is offered only by a partner of nation JP.', 404: 'No partner has this id.', 409: [{ code: 'conflict', when: 'The `If-Match` version is not the current one: someone saved in between (re-read, merge, send again).' }, { code: 'conflict', when: 'Submitted or accepted offers of the partner would contradict its categories: decline or withdraw them first.' }], 428: 'Sent without `If-Match`: send the `ETag` of the GET.' },
    }) }, schema: { tags, params: IdParams, headers: VersionedWriteHeaders, body: PartnerPatch, response: { 200: Partner, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 428: ErrorBody } },
  }, async (req, reply) => {
    const saved = await patchVersioned(db, storeFor(req.body), { id: req.params.id, patch: req.body, ifMatch: req.headers['if-match'], username: currentUser(req).username });
    return reply.header('etag', etag(saved.version)).send(saved);
  });

  // If-Match is optional here (deleting needs no merge), and honoured when sent.
  app.delete('/partners/:id', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Delete a partner',
      description: 'Deletes a partner without offers or accounts; `If-Match` is optional and honoured when sent. Audited.',
      errors: { 404: 'No partner has this id.', 409: 'Still in use: offers or liaison accounts refer to it (or the If-Match version is stale).' },
    }) }, schema: { tags, params: IdParams, headers: VersionedWriteHeaders, response: { 204: Type.Null(), 404: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const ifMatch = req.headers['if-match'];
      await inTransaction(db, async (trx) => {
        const before = await getPartner(trx, req.params.id, true);
        if (!before) throw notFound('Partner', req.params.id);
        if (ifMatch !== undefined) checkVersion('Partner', before.id, parseIfMatch(ifMatch), before.version);
        await deletePartner(trx, before.id);
        await recordAudit(trx, { username: user.username, action: 'delete', entityType: 'partner', entityId: before.id, before });
      });
      return reply.status(204).send(null);
    });
};
