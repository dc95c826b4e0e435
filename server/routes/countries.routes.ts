import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Country } from '../../shared/schemas/domain.ts';
import { listCountries } from '../repositories/countries.repository.ts';
import { plannerOrReader } from '../auth/auth.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';

export const countryRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  app.get('/countries', { onRequest: plannerOrReader, config: { ...docRoute({
      summary: 'List the countries with assembly areas',
      description: 'Every country that has assembly areas, with its name and the residents and evacuees (residents + visitors) of its areas summed.',
      response: [{ code: 'KR', name: 'South Korea', residents: 41000, evacuees: 45826 }],
    }) }, schema: { tags: ['countries'], response: { 200: Type.Array(Country) } } },
    async () => listCountries(deps.database.db));
};
