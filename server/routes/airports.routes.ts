import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Airport } from '../../shared/schemas/domain.ts';
import { AirportCreate, AirportPatch, AirportQuery } from '../../shared/schemas/api.ts';
import { AirportRecord, VersionedWriteHeaders } from '../../shared/schemas/versioned.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { AIRPORT_LIST, deleteAirport, getAirport, insertAirport, pageAirports, updateAirport } from '../repositories/airports.repository.ts';
import { answerPage } from '../lib/pagination.ts';
import { countryExists } from '../repositories/countries.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { anyRole, currentUser, plannerOnly } from '../auth/auth.ts';
import { badRequest, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { checkVersion, etag, parseIfMatch } from '../lib/if-match.ts';
import { patchVersioned, type VersionedStore } from '../services/versioned-patch.ts';
import { inTransaction } from '../lib/tx.ts';
import type { Db } from '../repositories/db-type.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { airportExample, airportCreateExample } from '../docs/examples.ts';

async function checkAirport(db: Db, a: Airport) {
  if (!(await countryExists(db, a.country))) throw badRequest('body.country', `unknown country ${a.country}`);
  if (!a.zone.startsWith(`${a.country}-`)) throw badRequest('body.zone', `must start with the country code (${a.country}-…)`);
}

const store: VersionedStore<AirportRecord, AirportPatch> = { what: 'Airport', auditType: 'airport', get: getAirport, check: checkAirport, update: updateAirport };

export const airportRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['airports'];

  app.get('/airports', { onRequest: anyRole, config: { ...docRoute({
      summary: 'List airports',
      description: 'Every departure point — airports (`mode` `air`) and seaports (`mode` `sea`, with `berths` and `unlocode`) — ordered by country and id; filter with the query parameters (`?mode=sea` for the ports). Each carries its `version` (send it back as `If-Match` when you edit).',
      response: [airportExample],
    }) }, schema: { tags, querystring: AirportQuery, response: { 200: Type.Array(AirportRecord) } } },
    async (req, reply) => answerPage(req, reply, AIRPORT_LIST, (page) => pageAirports(db, req.query, page)));

  app.get('/airports/:id', { onRequest: anyRole, config: { ...docRoute({
      summary: 'Read one airport',
      description: 'One airport by id; the `ETag` header carries its version, for `If-Match` on the next PATCH or DELETE.',
      response: airportExample,
      errors: { 404: 'No airport has this id.' },
    }) }, schema: { tags, params: IdParams, response: { 200: AirportRecord, 404: ErrorBody } } },
    async (req, reply) => {
      const airport = await getAirport(db, req.params.id);
      if (!airport) throw notFound('Airport', req.params.id);
      return reply.header('etag', etag(airport.version)).send(airport);
    });

  app.post('/airports', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Create a airport',
      description: 'Creates a airport (version 1; an id is made when none is given) and answers it with its `ETag`. The country is unknown, or the zone does not start with the country code. Audited.',
      request: airportCreateExample,
      response: { ...airportExample, ...airportCreateExample, id: 'ai-0c6f9a1e', version: 1 },
      errors: { 400: 'The country is unknown, or the zone does not start with the country code.', 409: 'A airport with this id exists already.' },
    }) }, schema: { tags, body: AirportCreate, response: { 201: AirportRecord, 400: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const airport: Airport = { iata: null, icao: null, runwayM: null, status: 'open', role: null, mode: 'air', berths: null, unlocode: null, ...req.body, id: req.body.id ?? newId() };
      await inTransaction(db, async (trx) => {
        await checkAirport(trx, airport);
        await insertAirport(trx, airport);
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'airport', entityId: airport.id, after: airport });
      });
      return reply.status(201).header('etag', etag(1)).send({ ...airport, version: 1 });
    });

  // Row lock, then version, then the merged row is checked: two planners' PATCHes can no longer each
  // pass against the old row and together store a country with another country's zone.
  app.patch('/airports/:id', {
    onRequest: plannerOnly,
    config: { ...docRoute({
      summary: 'Change a airport',
      description: 'Changes the fields sent (at least one) of the version named in `If-Match`; the merged row is checked as a whole. Plans made on the old values show that their inputs changed. Audited.',
      request: { status: 'closed' },
      response: { ...airportExample, ...{ status: 'closed' }, version: airportExample.version + 1 },
      errors: { 400: 'The country is unknown, or the zone does not start with the country code.', 404: 'No airport has this id.', 409: 'The `If-Match` version is not the current one: someone saved in between (re-read, merge, send again).', 428: 'Sent without `If-Match`: send the `ETag` of the GET.' },
    }) }, schema: {
      tags, params: IdParams, headers: VersionedWriteHeaders, body: AirportPatch,
      response: { 200: AirportRecord, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 428: ErrorBody },
    },
  }, async (req, reply) => {
    const saved = await patchVersioned(db, store, { id: req.params.id, patch: req.body, ifMatch: req.headers['if-match'], username: currentUser(req).username });
    return reply.header('etag', etag(saved.version)).send(saved);
  });

  // If-Match is optional here (deleting needs no merge), and honoured when sent.
  app.delete('/airports/:id', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Delete a airport',
      description: 'Deletes the airport; `If-Match` is optional and honoured when sent. Audited with the row as it was.',
      errors: { 404: 'No airport has this id.', 409: [{ code: 'conflict', when: 'Still in use: an offer or access rule refers to it.' }, { code: 'conflict', when: 'The `If-Match` version is not the current one: someone saved in between (re-read, merge, send again).' }] },
    }) }, schema: { tags, params: IdParams, headers: VersionedWriteHeaders, response: { 204: Type.Null(), 404: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const ifMatch = req.headers['if-match'];
      await inTransaction(db, async (trx) => {
        const before = await getAirport(trx, req.params.id, true);
        if (!before) throw notFound('Airport', req.params.id);
        if (ifMatch !== undefined) checkVersion('Airport', before.id, parseIfMatch(ifMatch), before.version);
        await deleteAirport(trx, before.id);
        await recordAudit(trx, { username: user.username, action: 'delete', entityType: 'airport', entityId: before.id, before });
      });
      return reply.status(204).send(null);
    });
};
