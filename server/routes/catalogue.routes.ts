import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AircraftType } from '../../shared/schemas/aircraft.ts';
import { AIRCRAFT_LIST, pageAircraftTypes } from '../repositories/aircraft.repository.ts';
import { answerPage } from '../lib/pagination.ts';
import { PageQuery } from '../../shared/schemas/pagination.ts';
import { anyRole } from '../auth/auth.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';

/** The lift catalogue (table aircraft_types): each aircraft or ship type's mode, operator category and seats, with attribution. */
const CatalogueQuery = Type.Object({
  /** `sea`: ship types only; `air`: aircraft only. */
  mode: Type.Optional(Type.Union([Type.Literal('air'), Type.Literal('sea')])),
  ...PageQuery,
}, { additionalProperties: false });
export const catalogueRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  app.get('/aircraft', { onRequest: anyRole, config: { ...docRoute({
      summary: 'List the lift catalogue (aircraft and ships)',
      description: 'The aircraft and ship types an offer may name (`aircraftType` must be one of these `type`s), with their `mode` (`air` or `sea`: an offer of a ship type sails from and to seaports), operator category, planning seats (passengers per crossing for a ship), evacuation maximum, cruise speed, range, minimum runway and the sources of those figures. `?mode=sea` lists the ship types only.',
      response: [{ type: 'Airbus A320 (civil charter)', category: 'civil', seats: 150, maxPaxEvac: 186, cruiseKmh: 828, rangeKm: 6150, minRunwayM: 2090, mode: 'air', source: 'https://www.size-explorer.com/en/compare/airplanes/a320', notes: 'max_pax_evac = high-density seat maximum, not an event figure.' }],
    }) }, schema: { tags: ['catalogue'], querystring: CatalogueQuery, response: { 200: Type.Array(AircraftType) } } },
    async (req, reply) => answerPage(req, reply, AIRCRAFT_LIST, (page) => pageAircraftTypes(db, req.query.mode, page)));
};
