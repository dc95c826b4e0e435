import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AircraftType } from '../../shared/schemas/aircraft.ts';
import { listAircraftTypes } from '../repositories/aircraft.repository.ts';
import { anyRole } from '../auth/auth.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';

/** The aircraft catalogue (table aircraft_types): each type's operator category and seats, with attribution. */
export const catalogueRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  app.get('/aircraft', { onRequest: anyRole, config: { ...docRoute({
      summary: 'List the aircraft catalogue',
      description: 'The aircraft types an offer may name (`aircraftType` must be one of these `type`s), with their operator category, planning seats, evacuation maximum, cruise speed, range, minimum runway and the sources of those figures.',
      response: [{ type: 'Airbus A320 (civil charter)', category: 'civil', seats: 150, maxPaxEvac: 186, cruiseKmh: 828, rangeKm: 6150, minRunwayM: 2090, source: 'https://www.size-explorer.com/en/compare/airplanes/a320', notes: 'max_pax_evac = high-density seat maximum, not an event figure.' }],
    }) }, schema: { tags: ['catalogue'], response: { 200: Type.Array(AircraftType) } } },
    async () => listAircraftTypes(db));
};
