import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Airport } from '../../shared/schemas/domain.ts';
import { AirportCreate, AirportPatch, AirportQuery } from '../../shared/schemas/api.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { deleteAirport, getAirport, insertAirport, listAirports, updateAirport } from '../repositories/airports.repository.ts';
import { countryExists } from '../repositories/countries.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { anyRole, currentUser, plannerOnly } from '../auth/auth.ts';
import { badRequest, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { inTransaction } from '../lib/tx.ts';
import type { Db } from '../repositories/db-type.ts';
import type { RouteDeps } from './index.ts';

async function checkAirport(db: Db, a: Airport) {
  if (!(await countryExists(db, a.country))) throw badRequest('body.country', `unknown country ${a.country}`);
  if (!a.zone.startsWith(`${a.country}-`)) throw badRequest('body.zone', `must start with the country code (${a.country}-…)`);
}

export const airportRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['airports'];

  app.get('/airports', { onRequest: anyRole, schema: { tags, querystring: AirportQuery, response: { 200: Type.Array(Airport) } } },
    async (req) => listAirports(db, req.query));

  app.get('/airports/:id', { onRequest: anyRole, schema: { tags, params: IdParams, response: { 200: Airport, 404: ErrorBody } } },
    async (req) => (await getAirport(db, req.params.id)) ?? Promise.reject(notFound('Airport', req.params.id)));

  app.post('/airports', { onRequest: plannerOnly, schema: { tags, body: AirportCreate, response: { 201: Airport, 400: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const airport: Airport = { iata: null, icao: null, runwayM: null, status: 'open', role: null, ...req.body, id: req.body.id ?? newId() };
      await inTransaction(db, async (trx) => {
        await checkAirport(trx, airport);
        await insertAirport(trx, airport);
        await recordAudit(trx, { username: user.username, action: 'create', entityType: 'airport', entityId: airport.id, after: airport });
      });
      return reply.status(201).send(airport);
    });

  app.patch('/airports/:id', { onRequest: plannerOnly, schema: { tags, params: IdParams, body: AirportPatch, response: { 200: Airport, 400: ErrorBody, 404: ErrorBody } } },
    async (req) => {
      const user = currentUser(req);
      return inTransaction(db, async (trx) => {
        const before = await getAirport(trx, req.params.id);
        if (!before) throw notFound('Airport', req.params.id);
        const after = { ...before, ...req.body };
        await checkAirport(trx, after);
        await updateAirport(trx, before.id, req.body);
        await recordAudit(trx, { username: user.username, action: 'update', entityType: 'airport', entityId: before.id, before, after });
        return after;
      });
    });

  app.delete('/airports/:id', { onRequest: plannerOnly, schema: { tags, params: IdParams, response: { 204: Type.Null(), 404: ErrorBody, 409: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      await inTransaction(db, async (trx) => {
        const before = await getAirport(trx, req.params.id);
        if (!before) throw notFound('Airport', req.params.id);
        await deleteAirport(trx, before.id);
        await recordAudit(trx, { username: user.username, action: 'delete', entityType: 'airport', entityId: before.id, before });
      });
      return reply.status(204).send(null);
    });
};
