import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteDeps } from '../routes/index.ts';
import { operationRoutes } from './operations.routes.ts';
import { groundRoutes } from './ground.routes.ts';
import { boardRoutes } from './board.routes.ts';
import { logRoutes } from './log.routes.ts';
import { replanRoutes } from './replan.routes.ts';
import { eventRoutes } from './events.routes.ts';

/** Execution (issue 12): every route of server/operation, registered under /api. */
export const operationApi: FastifyPluginAsyncTypebox<RouteDeps> = async (app, opts) => {
  for (const routes of [operationRoutes, groundRoutes, boardRoutes, logRoutes, replanRoutes, eventRoutes]) await app.register(routes, opts);
};
