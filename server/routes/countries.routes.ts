import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Country } from '../../shared/schemas/domain.ts';
import { listCountries } from '../repositories/countries.repository.ts';
import { plannerOrReader } from '../auth/auth.ts';
import type { RouteDeps } from './index.ts';

export const countryRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  app.get('/countries', { onRequest: plannerOrReader, schema: { tags: ['countries'], response: { 200: Type.Array(Country) } } },
    async () => listCountries(deps.database.db));
};
