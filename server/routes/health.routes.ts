import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { Health } from '../../shared/schemas/api.ts';
import type { RouteDeps } from './index.ts';

export const healthRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  app.get('/health', { config: { public: true }, schema: { tags: ['system'], response: { 200: Health } } }, async () => {
    await sql`select 1`.execute(deps.database.db);
    return { status: 'ok' as const, database: deps.database.kind };
  });
};
