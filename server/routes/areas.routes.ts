import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AssemblyArea } from '../../shared/schemas/domain.ts';
import { AssemblyAreaCreate, AssemblyAreaPatch, AssemblyAreaQuery } from '../../shared/schemas/api.ts';
import { AssemblyAreaRecord, VersionedWriteHeaders } from '../../shared/schemas/versioned.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { deleteArea, getArea, insertArea, listAreas, updateArea } from '../repositories/areas.repository.ts';
import { countryExists } from '../repositories/countries.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { currentUser, plannerOnly, plannerOrReader } from '../auth/auth.ts';
import { badRequest, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { checkVersion, etag, parseIfMatch } from '../lib/if-match.ts';
import { patchVersioned, type VersionedStore } from '../services/versioned-patch.ts';
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

const store: VersionedStore<AssemblyAreaRecord, AssemblyAreaPatch> = { what: 'Assembly area', auditType: 'assembly_area', get: getArea, check: checkArea, update: updateArea };

export const areaRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['assembly areas'];

  app.get('/assembly-areas', { onRequest: plannerOrReader, schema: { tags, querystring: AssemblyAreaQuery, response: { 200: Type.Array(AssemblyAreaRecord) } } },
    async (req) => listAreas(db, req.query));

  app.get('/assembly-areas/:id', { onRequest: plannerOrReader, schema: { tags, params: IdParams, response: { 200: AssemblyAreaRecord, 404: ErrorBody } } },
    async (req, reply) => {
      const area = await getArea(db, req.params.id);
      if (!area) throw notFound('Assembly area', req.params.id);
      return reply.header('etag', etag(area.version)).send(area);
    });

  app.post('/assembly-areas', { onRequest: plannerOnly, schema: { tags, body: AssemblyAreaCreate, response: { 201: AssemblyAreaRecord, 400: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const area: AssemblyArea = { visitors: 0, priority1: 0, priority2: 0, ...req.body, id: req.body.id ?? newId() };
      await inTransaction(db, async (trx) => {
        await checkArea(trx, area);
        await insertArea(trx, area);
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'assembly_area', entityId: area.id, after: area });
      });
      return reply.status(201).header('etag', etag(1)).send({ ...area, version: 1 });
    });

  // Row lock, then version, then the merged row is checked (zone of its country, priorities within evacuees).
  app.patch('/assembly-areas/:id', {
    onRequest: plannerOnly,
    schema: {
      tags, params: IdParams, headers: VersionedWriteHeaders, body: AssemblyAreaPatch,
      response: { 200: AssemblyAreaRecord, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 428: ErrorBody },
    },
  }, async (req, reply) => {
    const saved = await patchVersioned(db, store, { id: req.params.id, patch: req.body, ifMatch: req.headers['if-match'], username: currentUser(req).username });
    return reply.header('etag', etag(saved.version)).send(saved);
  });

  // If-Match is optional here (deleting needs no merge), and honoured when sent.
  app.delete('/assembly-areas/:id', { onRequest: plannerOnly, schema: { tags, params: IdParams, headers: VersionedWriteHeaders, response: { 204: Type.Null(), 404: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const ifMatch = req.headers['if-match'];
      await inTransaction(db, async (trx) => {
        const before = await getArea(trx, req.params.id, true);
        if (!before) throw notFound('Assembly area', req.params.id);
        if (ifMatch !== undefined) checkVersion('Assembly area', before.id, parseIfMatch(ifMatch), before.version);
        await deleteArea(trx, before.id);
        await recordAudit(trx, { username: user.username, action: 'delete', entityType: 'assembly_area', entityId: before.id, before });
      });
      return reply.status(204).send(null);
    });
};
