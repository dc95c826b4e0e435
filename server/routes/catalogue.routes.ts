import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AircraftType } from '../../shared/schemas/aircraft.ts';
import { listAircraftTypes } from '../repositories/aircraft.repository.ts';
import { anyRole } from '../auth/auth.ts';
import type { RouteDeps } from './index.ts';

/** The aircraft catalogue (table aircraft_types): each type's operator category and seats, with attribution. */
export const catalogueRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  app.get('/aircraft', { onRequest: anyRole, schema: { tags: ['catalogue'], response: { 200: Type.Array(AircraftType) } } },
    async () => listAircraftTypes(db));
};
