import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../app.ts';
import { healthRoutes } from './health.routes.ts';
import { metricsRoutes } from './metrics.routes.ts';
import { sessionRoutes } from './session.routes.ts';
import { countryRoutes } from './countries.routes.ts';
import { areaRoutes } from './areas.routes.ts';
import { airportRoutes } from './airports.routes.ts';
import { partnerRoutes } from './partners.routes.ts';
import { offerRoutes } from './offers.routes.ts';
import { scenarioRoutes } from './scenarios.routes.ts';
import { planRoutes } from './plans.routes.ts';
import { summaryRoutes } from './summary.routes.ts';
import { auditRoutes } from './audit.routes.ts';
import { catalogueRoutes } from './catalogue.routes.ts';
import { taskingRoutes } from './tasking.routes.ts';
import { accountRoutes } from './accounts.routes.ts';
import { setupRoutes } from './setup.routes.ts';
import { importRoutes } from './imports.routes.ts';
import { errorCodeRoutes } from './error-codes.routes.ts';
import { preferenceRoutes } from './preferences.routes.ts';
import { operationApi } from '../operation/index.ts';
import { jobRoutes } from './jobs.routes.ts';
import { exchangeApi } from '../exchange/index.ts';
import { seatRequestRoutes } from '../reciprocity/seat-requests.routes.ts';
import { ledgerRoutes } from '../reciprocity/ledger.routes.ts';

import type { EventBus } from '../events/bus.ts';
import type { JobQueue } from '../jobs/job-queue.ts';

/** What every route plugin gets: the app's dependencies, the event bus always set. */
export interface RouteDeps { deps: AppDeps & { bus: EventBus; jobs: JobQueue } }

export const apiRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, opts) => {
  for (const routes of [healthRoutes, metricsRoutes, sessionRoutes, countryRoutes, areaRoutes, airportRoutes, partnerRoutes,
    offerRoutes, scenarioRoutes, planRoutes, summaryRoutes, taskingRoutes, auditRoutes, catalogueRoutes,
    accountRoutes, setupRoutes, importRoutes, errorCodeRoutes, preferenceRoutes, operationApi, jobRoutes, exchangeApi, seatRequestRoutes, ledgerRoutes]) {
    await app.register(routes, { deps: opts.deps });
  }
};
