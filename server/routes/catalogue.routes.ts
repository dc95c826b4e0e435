import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AircraftType } from '../../shared/schemas/aircraft.ts';
import { loadDemoData } from '../seed/load-files.ts';
import { anyRole } from '../auth/auth.ts';
import type { RouteDeps } from './index.ts';

/** The aircraft catalogue the offer form fills seats from (server/seed/data/aircraft.csv). */
export const catalogueRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app) => {
  let catalogue: AircraftType[] | undefined;
  app.get('/aircraft', { onRequest: anyRole, schema: { tags: ['catalogue'], response: { 200: Type.Array(AircraftType) } } },
    async () => {
      catalogue ??= loadDemoData().aircraft;
      return catalogue;
    });
};
