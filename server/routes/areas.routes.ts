import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AssemblyArea } from '../../shared/schemas/domain.ts';
import { AssemblyAreaCreate, AssemblyAreaPatch, AssemblyAreaQuery } from '../../shared/schemas/api.ts';
import { AssemblyAreaRecord, VersionedWriteHeaders } from '../../shared/schemas/versioned.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { AREA_LIST, deleteArea, getArea, insertArea, pageAreas, updateArea } from '../repositories/areas.repository.ts';
import { answerPage } from '../lib/pagination.ts';
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
import { docRoute } from '../docs/route-doc.ts';
import { areaExample, areaCreateExample } from '../docs/examples.ts';

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

  app.get('/assembly-areas', { onRequest: plannerOrReader, config: { ...docRoute({
      summary: 'List assembly areas',
      description: 'Every assembly area, ordered by country and name; filter with the query parameters. Each carries its `version` (send it back as `If-Match` when you edit).',
      response: [areaExample],
    }) }, schema: { tags, querystring: AssemblyAreaQuery, response: { 200: Type.Array(AssemblyAreaRecord) } } },
    async (req, reply) => answerPage(req, reply, AREA_LIST, (page) => pageAreas(db, req.query, page)));

  app.get('/assembly-areas/:id', { onRequest: plannerOrReader, config: { ...docRoute({
      summary: 'Read one assembly area',
      description: 'One assembly area by id; the `ETag` header carries its version, for `If-Match` on the next PATCH or DELETE.',
      response: areaExample,
      errors: { 404: 'No assembly area has this id.' },
    }) }, schema: { tags, params: IdParams, response: { 200: AssemblyAreaRecord, 404: ErrorBody } } },
    async (req, reply) => {
      const area = await getArea(db, req.params.id);
      if (!area) throw notFound('Assembly area', req.params.id);
      return reply.header('etag', etag(area.version)).send(area);
    });

  app.post('/assembly-areas', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Create a assembly area',
      description: 'Creates a assembly area (version 1; an id is made when none is given) and answers it with its `ETag`. The country is unknown, the zone does not start with the country code, or priority1 + priority2 exceed residents + visitors. Audited.',
      request: areaCreateExample,
      response: { ...areaExample, ...areaCreateExample, id: 'as-0c6f9a1e', version: 1 },
      errors: { 400: 'The country is unknown, the zone does not start with the country code, or priority1 + priority2 exceed residents + visitors.', 409: 'A assembly area with this id exists already.' },
    }) }, schema: { tags, body: AssemblyAreaCreate, response: { 201: AssemblyAreaRecord, 400: ErrorBody, 409: ErrorBody } } },
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
    config: { ...docRoute({
      summary: 'Change a assembly area',
      description: 'Changes the fields sent (at least one) of the version named in `If-Match`; the merged row is checked as a whole. Plans made on the old values show that their inputs changed. Audited.',
      request: { residents: 26100 },
      response: { ...areaExample, ...{ residents: 26100 }, version: areaExample.version + 1 },
      errors: { 400: 'The country is unknown, the zone does not start with the country code, or priority1 + priority2 exceed residents + visitors.', 404: 'No assembly area has this id.', 409: 'The `If-Match` version is not the current one: someone saved in between (re-read, merge, send again).', 428: 'Sent without `If-Match`: send the `ETag` of the GET.' },
    }) }, schema: {
      tags, params: IdParams, headers: VersionedWriteHeaders, body: AssemblyAreaPatch,
      response: { 200: AssemblyAreaRecord, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 428: ErrorBody },
    },
  }, async (req, reply) => {
    const saved = await patchVersioned(db, store, { id: req.params.id, patch: req.body, ifMatch: req.headers['if-match'], username: currentUser(req).username });
    return reply.header('etag', etag(saved.version)).send(saved);
  });

  // If-Match is optional here (deleting needs no merge), and honoured when sent.
  app.delete('/assembly-areas/:id', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Delete a assembly area',
      description: 'Deletes the assembly area; `If-Match` is optional and honoured when sent. Audited with the row as it was.',
      errors: { 404: 'No assembly area has this id.', 409: [{ code: 'conflict', when: 'Still in use: a plan or scenario refers to it.' }, { code: 'conflict', when: 'The `If-Match` version is not the current one: someone saved in between (re-read, merge, send again).' }] },
    }) }, schema: { tags, params: IdParams, headers: VersionedWriteHeaders, response: { 204: Type.Null(), 404: ErrorBody, 409: ErrorBody } } },
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
