import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AssemblyArea } from '../../shared/schemas/domain.ts';
import { AssemblyAreaCreate, AssemblyAreaPatch, AssemblyAreaQuery } from '../../shared/schemas/api.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { deleteArea, getArea, insertArea, listAreas, updateArea } from '../repositories/areas.repository.ts';
import { countryExists } from '../repositories/countries.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { currentUser, plannerOnly, plannerOrReader } from '../auth/auth.ts';
import { badRequest, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import type { Db } from '../repositories/db-type.ts';
import type { RouteDeps } from './index.ts';

async function checkArea(db: Db, a: AssemblyArea) {
  if (!(await countryExists(db, a.country))) throw badRequest('body.country', `unknown country ${a.country}`);
  if (!a.zone.startsWith(`${a.country}-`)) throw badRequest('body.zone', `must start with the country code (${a.country}-…)`);
  if (a.priority1 + a.priority2 > a.residents + a.visitors) {
    throw badRequest('body.priority2', `priority1 + priority2 (${a.priority1 + a.priority2}) exceeds the evacuees (residents + visitors = ${a.residents + a.visitors})`);
  }
}

export const areaRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['assembly areas'];

  app.get('/assembly-areas', { onRequest: plannerOrReader, schema: { tags, querystring: AssemblyAreaQuery, response: { 200: Type.Array(AssemblyArea) } } },
    async (req) => listAreas(db, req.query));

  app.get('/assembly-areas/:id', { onRequest: plannerOrReader, schema: { tags, params: IdParams, response: { 200: AssemblyArea, 404: ErrorBody } } },
    async (req) => (await getArea(db, req.params.id)) ?? Promise.reject(notFound('Assembly area', req.params.id)));

  app.post('/assembly-areas', { onRequest: plannerOnly, schema: { tags, body: AssemblyAreaCreate, response: { 201: AssemblyArea, 400: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const area: AssemblyArea = { visitors: 0, priority1: 0, priority2: 0, ...req.body, id: req.body.id ?? newId() };
      await inTransaction(db, async (trx) => {
        await checkArea(trx, area);
        await insertArea(trx, area);
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'assembly_area', entityId: area.id, after: area });
      });
      return reply.status(201).send(area);
    });

  app.patch('/assembly-areas/:id', { onRequest: plannerOnly, schema: { tags, params: IdParams, body: AssemblyAreaPatch, response: { 200: AssemblyArea, 400: ErrorBody, 404: ErrorBody } } },
    async (req) => {
      const user = currentUser(req);
      return inTransaction(db, async (trx) => {
        const before = await getArea(trx, req.params.id, true);
        if (!before) throw notFound('Assembly area', req.params.id);
        const after = { ...before, ...req.body };
        await checkArea(trx, after);
        await updateArea(trx, before.id, req.body);
        await recordAudit(trx, { username: user.username, action: 'update', entityType: 'assembly_area', entityId: before.id, before, after });
        return after;
      });
    });

  app.delete('/assembly-areas/:id', { onRequest: plannerOnly, schema: { tags, params: IdParams, response: { 204: Type.Null(), 404: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      await inTransaction(db, async (trx) => {
        const before = await getArea(trx, req.params.id, true);
        if (!before) throw notFound('Assembly area', req.params.id);
        await deleteArea(trx, before.id);
        await recordAudit(trx, { username: user.username, action: 'delete', entityType: 'assembly_area', entityId: before.id, before });
      });
      return reply.status(204).send(null);
    });
};
