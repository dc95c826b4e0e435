import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Partner } from '../../shared/schemas/domain.ts';
import { IfMatchHeaders, PartnerCreate, PartnerPatch } from '../../shared/schemas/api.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { deletePartner, getPartner, insertPartner, listPartners, replacePartner } from '../repositories/partners.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { anyRole, currentUser, plannerOnly } from '../auth/auth.ts';
import { badRequest, conflict, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import { parseIfMatch } from '../services/plans.service.ts';
import { liveOffersBrokenBy } from '../services/partner-facts.service.ts';
import type { RouteDeps } from './index.ts';

/** The SDF are Japan's own forces (DESIGN.md): no other nation's partner may offer them. */
function checkPartner(p: Pick<Partner, 'nation' | 'categories'>, field: 'body.categories' | 'body.nation') {
  if (p.categories.includes('sdf') && p.nation !== 'JP') {
    throw badRequest(field, `sdf (Japan's Self-Defense Forces) is offered only by a partner of nation JP, not ${p.nation}`);
  }
}

export const partnerRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['partners'];

  // A liaison sees only their own partner; planners and readers see all.
  app.get('/partners', { onRequest: anyRole, schema: { tags, response: { 200: Type.Array(Partner) } } }, async (req) => {
    const user = currentUser(req);
    return user.role === 'liaison' ? listPartners(db, { id: user.partnerId ?? '' }) : listPartners(db);
  });

  app.get('/partners/:id', { onRequest: anyRole, schema: { tags, params: IdParams, response: { 200: Partner, 404: ErrorBody } } }, async (req, reply) => {
    const user = currentUser(req);
    const p = user.role === 'liaison' && user.partnerId !== req.params.id ? undefined : await getPartner(db, req.params.id);
    if (!p) throw notFound('Partner', req.params.id);
    return reply.header('etag', `"${p.version}"`).send(p);
  });

  app.post('/partners', { onRequest: plannerOnly, schema: { tags, body: PartnerCreate, response: { 201: Partner, 400: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const partner: Partner = { ...req.body, id: req.body.id ?? newId(), version: 1 };
      checkPartner(partner, 'body.categories');
      await inTransaction(db, async (trx) => {
        await insertPartner(trx, partner);
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'partner', entityId: partner.id, after: partner });
      });
      return reply.status(201).header('etag', `"${partner.version}"`).send(partner);
    });

  // The row lock serialises concurrent edits; If-Match (optional) refuses one made on a version already replaced.
  app.patch('/partners/:id', { onRequest: plannerOnly, schema: { tags, params: IdParams, headers: Type.Partial(IfMatchHeaders), body: PartnerPatch, response: { 200: Partner, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const ifMatch = req.headers['if-match'];
      const saved = await inTransaction(db, async (trx) => {
        const before = await getPartner(trx, req.params.id, true);
        if (!before) throw notFound('Partner', req.params.id);
        if (ifMatch !== undefined && parseIfMatch(ifMatch) !== before.version) {
          throw conflict(`Partner ${before.id} was changed by someone else (you edited version ${parseIfMatch(ifMatch)}, it is now ${before.version}); reload it`, { currentVersion: before.version });
        }
        const after: Partner = { ...before, ...req.body, version: before.version + 1 };
        checkPartner(after, req.body.categories ? 'body.categories' : 'body.nation');
        const broken = await liveOffersBrokenBy(trx, after);
        if (broken.length > 0) {
          throw conflict(`${broken.length} submitted or accepted offer(s) of ${before.name} would contradict its categories: ${broken.map((b) => `${b.id} (${b.reason})`).join('; ')}. Decline or withdraw them first`,
            { field: 'body.categories', offers: broken });
        }
        await replacePartner(trx, after);
        await recordAudit(trx, { username: user.username, action: 'update', entityType: 'partner', entityId: before.id, before, after });
        return after;
      });
      return reply.header('etag', `"${saved.version}"`).send(saved);
    });

  app.delete('/partners/:id', { onRequest: plannerOnly, schema: { tags, params: IdParams, response: { 204: Type.Null(), 404: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      await inTransaction(db, async (trx) => {
        const before = await getPartner(trx, req.params.id, true);
        if (!before) throw notFound('Partner', req.params.id);
        await deletePartner(trx, before.id);
        await recordAudit(trx, { username: user.username, action: 'delete', entityType: 'partner', entityId: before.id, before });
      });
      return reply.status(204).send(null);
    });
};
