import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connect.ts';
import { fromDatabaseError, HttpError } from './lib/errors.ts';
import { ErrorCode } from '../shared/schemas/common.ts';
import { registerAuth } from './auth/auth.ts';
import { registerRejectNul } from './lib/reject-nul.ts';
import { apiRoutes } from './routes/index.ts';
import type { PlanSolver } from './services/plan-solver.ts';

export interface AppDeps {
  database: DatabaseHandle;
  config: Config;
  solver: PlanSolver;
  /** Pino logger options, or false in tests. */
  logger?: boolean | object;
}

const BODY_LIMIT = 1024 * 1024;

/** Builds the whole application as a Fastify instance; never listens (server/main.ts does). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: deps.config.trustProxy,
    ajv: {
      // Strict input: unknown fields and wrong types are errors, never silently dropped or coerced.
      customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true, allErrors: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) {
      const details = err.validation.map((v) => {
        const missing = (v.params as { missingProperty?: string; additionalProperty?: string } | undefined);
        const base = `${err.validationContext ?? 'body'}${v.instancePath.replace(/\//g, '.')}`;
        if (missing?.missingProperty) return { field: `${base}.${missing.missingProperty}`, reason: 'is required' };
        if (missing?.additionalProperty) return { field: `${base}.${missing.additionalProperty}`, reason: 'is not a known field' };
        return { field: base, reason: v.message ?? 'is invalid' };
      });
      const first = details[0];
      return reply.status(400).send({
        code: ErrorCode.badRequest,
        message: first ? `${first.field} ${first.reason}` : 'Invalid request',
        details,
      });
    }
    if (err instanceof HttpError) {
      return reply.status(err.statusCode).send({ code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) });
    }
    const dbErr = fromDatabaseError(err);
    if (dbErr) {
      req.log.info({ pgCode: (err as { code?: string }).code, constraint: (err as { constraint?: string }).constraint }, 'database rejected client input');
      return reply.status(dbErr.statusCode).send({ code: dbErr.code, message: dbErr.message, details: dbErr.details });
    }
    const status = err.statusCode ?? 500;
    if (status < 500) {
      const code = status === 413 ? ErrorCode.tooLarge
        : status === 429 ? ErrorCode.rateLimited
        : status === 404 ? ErrorCode.notFound
        : status === 401 ? ErrorCode.unauthorized
        : status === 403 ? ErrorCode.forbidden
        : ErrorCode.badRequest;
      const message = status === 413 ? `Request body larger than ${BODY_LIMIT} bytes`
        : err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError ? `body is not valid JSON: ${err.message}`
        : err.message;
      return reply.status(status).send({ code, message });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ code: ErrorCode.internal, message: 'Internal error; it has been logged' });
  });

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
  await app.register(rateLimit, { global: false });
  registerAuth(app, deps.database.db, { sessionCacheSeconds: deps.config.sessionCacheSeconds });
  registerRejectNul(app);

  await app.register(swagger, {
    openapi: {
      info: { title: 'NEO planner API', version: '0.1.0', description: 'Noncombatant-evacuation coordination planner' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'neo_session' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(apiRoutes, { prefix: '/api', deps });

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
