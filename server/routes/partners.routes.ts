import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Partner } from '../../shared/schemas/domain.ts';
import { PartnerCreate, PartnerPatch } from '../../shared/schemas/api.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { deletePartner, getPartner, insertPartner, listPartners, updatePartner } from '../repositories/partners.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { anyRole, currentUser, plannerOnly } from '../auth/auth.ts';
import { notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import type { RouteDeps } from './index.ts';

export const partnerRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['partners'];

  // A liaison sees only their own partner; planners and readers see all.
  app.get('/partners', { onRequest: anyRole, schema: { tags, response: { 200: Type.Array(Partner) } } }, async (req) => {
    const user = currentUser(req);
    return user.role === 'liaison' ? listPartners(db, { id: user.partnerId ?? '' }) : listPartners(db);
  });

  app.get('/partners/:id', { onRequest: anyRole, schema: { tags, params: IdParams, response: { 200: Partner, 404: ErrorBody } } }, async (req) => {
    const user = currentUser(req);
    const p = user.role === 'liaison' && user.partnerId !== req.params.id ? undefined : await getPartner(db, req.params.id);
    if (!p) throw notFound('Partner', req.params.id);
    return p;
  });

  app.post('/partners', { onRequest: plannerOnly, schema: { tags, body: PartnerCreate, response: { 201: Partner, 400: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const partner: Partner = { ...req.body, id: req.body.id ?? newId() };
      await inTransaction(db, async (trx) => {
        await insertPartner(trx, partner);
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'partner', entityId: partner.id, after: partner });
      });
      return reply.status(201).send(partner);
    });

  app.patch('/partners/:id', { onRequest: plannerOnly, schema: { tags, params: IdParams, body: PartnerPatch, response: { 200: Partner, 404: ErrorBody } } },
    async (req) => {
      const user = currentUser(req);
      return inTransaction(db, async (trx) => {
        const before = await getPartner(trx, req.params.id);
        if (!before) throw notFound('Partner', req.params.id);
        const after = { ...before, ...req.body };
        await updatePartner(trx, before.id, req.body);
        await recordAudit(trx, { username: user.username, action: 'update', entityType: 'partner', entityId: before.id, before, after });
        return after;
      });
    });

  app.delete('/partners/:id', { onRequest: plannerOnly, schema: { tags, params: IdParams, response: { 204: Type.Null(), 404: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      await inTransaction(db, async (trx) => {
        const before = await getPartner(trx, req.params.id);
        if (!before) throw notFound('Partner', req.params.id);
        await deletePartner(trx, before.id);
        await recordAudit(trx, { username: user.username, action: 'delete', entityType: 'partner', entityId: before.id, before });
      });
      return reply.status(204).send(null);
    });
};
