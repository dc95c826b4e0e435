import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connect.ts';
import { registerErrorHandler } from './lib/error-handler.ts';
import { formatsPlugin } from './lib/formats.ts';
import { registerJsonBody } from './lib/json-body.ts';
import { LIMITS } from '../shared/limits.ts';
import { ErrorCode } from '../shared/schemas/common.ts';
import { registerAuth } from './auth/auth.ts';
import { databaseRateLimitStore } from './auth/rate-limit-store.ts';
import { registerRejectNul } from './lib/reject-nul.ts';
import { apiRoutes } from './routes/index.ts';
import { registerChunkedReplies } from './lib/chunked-reply.ts';
import { openapiOptions } from './docs/openapi-options.ts';
import { registerMetrics } from './observability/metrics.ts';
import { registerOverloadShedding } from './observability/overload.ts';
import type { PlanSolver } from './services/plan-solver.ts';
import { createShutdown, type Shutdown } from './lib/shutdown.ts';
import { registerRequestLog } from './lib/request-log.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The process's shutdown registry (server/lib/shutdown.ts): SSE streams, jobs and pools register here. */
    shutdown: Shutdown;
  }
}
import { createEventBus, type EventBus } from './events/bus.ts';
import { createJobQueue, type JobQueue } from './jobs/job-queue.ts';

export interface AppDeps {
  database: DatabaseHandle;
  config: Config;
  solver: PlanSolver;
  /** The event bus (server/events); built over `database` and closed with the app when not given. */
  bus?: EventBus;
  /** The matcher job queue (server/jobs); built (with the embedded worker unless JOB_WORKER=off) and stopped with the app when not given. */
  jobs?: JobQueue;
  /** Seconds a matcher run may go past its time limit (tests set it small). */
  graceSeconds?: number;
  /** Pino logger options, or false in tests. */
  logger?: boolean | object;
  /** The process's shutdown registry; tests get one of their own per app. */
  shutdown?: Shutdown;
}

/** Builds the whole application as a Fastify instance; never listens (server/main.ts does). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    // server/lib/request-log.ts writes one line per request instead, and none per asset or probe.
    // (Through a LogController: the top-level disableRequestLogging option prints a deprecation warning at start.)
    logController: new LogController({ disableRequestLogging: true }),
    // Once closing, requests on kept-alive connections get 503 + Connection: close (Fastify's default,
    // stated because graceful shutdown relies on it); idle keep-alive sockets are closed at once.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    bodyLimit: LIMITS.bodyBytes,
    trustProxy: deps.config.trustProxy,
    ajv: {
      // Strict input: unknown fields and wrong types are errors, never silently dropped or coerced.
      // verbose: errors carry the offending value, so a 400 can say how long a list was or why a time is no instant.
      customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true, allErrors: true, verbose: true },
      plugins: [formatsPlugin],
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const shutdown = deps.shutdown ?? createShutdown({ log: app.log });
  app.decorate('shutdown', shutdown);
  // app.close() waits for in-flight requests: end the never-ending ones (SSE) first, or it waits forever.
  app.addHook('preClose', () => shutdown.runPhase('streams', 'close'));
  registerRequestLog(app);
  registerErrorHandler(app);
  await registerMetrics(app);
  await registerOverloadShedding(app, deps.config.overload);

  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ code: ErrorCode.notFound, message: `No route ${req.method} ${req.url.split('?')[0]}` });
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        workerSrc: ["'self'", 'blob:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
      },
    },
  });
  // Counters in the database: every API instance on it counts the same sign-in window.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(deps.database.db) });
  registerAuth(app, deps.database.db);
  registerJsonBody(app);
  registerRejectNul(app);
  registerChunkedReplies(app);

  await app.register(swagger, openapiOptions);
  // swagger-ui's own policy allows its inline <style> blocks by hash, but the UI also sets style attributes from
  // script, which a hash cannot allow (Chromium logs a CSP violation on every load): the same style-src as the app.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs', staticCSP: true,
    transformStaticCSP: (header) => header.replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';"),
  });

  const bus = deps.bus ?? createEventBus(deps.database);
  if (!deps.bus) app.addHook('onClose', () => bus.close());
  const c = deps.config;
  const jobs = deps.jobs ?? await createJobQueue({ database: deps.database, bus, solver: deps.solver, log: app.log }, {
    queueLimit: c.matcherQueueLimit, perUser: c.matcherJobsPerUser, expiryMarginSeconds: c.jobExpiryMarginS,
    graceSeconds: deps.graceSeconds ?? LIMITS.matcherGraceSeconds, maintenanceSeconds: c.jobMaintenanceS, embeddedWorker: c.jobWorker === 'embedded',
  });
  // Before the bus and the database close: a job running here is handed back to the queue.
  if (!deps.jobs) shutdown.register('jobs', 'matcher jobs', () => jobs.stop());
  if (!deps.jobs) app.addHook('onClose', () => shutdown.runPhase('jobs', 'close'));
  await app.register(apiRoutes, { prefix: '/api', deps: { ...deps, bus, jobs } });

  const dist = path.resolve(deps.config.clientDist);
  if (existsSync(path.join(dist, 'index.html'))) {
    await app.register(fastifyStatic, { root: dist, wildcard: false, index: false });
    // Client-side routes (/, /offers, /plans/:id/print …) all load the single-page app.
    app.get('/*', { schema: { hide: true } }, (req, reply) => {
      const file = req.url.split('?')[0] ?? '/';
      if (file.startsWith('/api/')) return reply.callNotFound();
      if (/\.[a-z0-9]+$/i.test(file) && file !== '/index.html') return reply.sendFile(file.slice(1));
      return reply.type('text/html').sendFile('index.html');
    });
  } else {
    app.get('/', { schema: { hide: true } }, (_req, reply) => {
      reply.type('text/html').send('<!doctype html><title>NEO planner</title><h1>NEO planner API</h1><p>The client is not built (run <code>npm run build</code>). API documentation: <a href="/api/docs">/api/docs</a></p>');
    });
  }
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
