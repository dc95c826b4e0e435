import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteDeps } from '../routes/index.ts';
import { geoExportRoutes } from './geo-exports.routes.ts';
import { listCsvRoutes } from './list-csv.routes.ts';

/** Open formats in and out (issue 16): exports as GeoJSON, KML and CSV, registered under /api. */
export const exchangeApi: FastifyPluginAsyncTypebox<RouteDeps> = async (app, opts) => {
  for (const routes of [geoExportRoutes, listCsvRoutes]) await app.register(routes, opts);
};
