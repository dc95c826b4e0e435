import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SetupBody, SetupResult, SetupStatus } from '../../shared/schemas/accounts.ts';
import { ErrorBody } from '../../shared/schemas/common.ts';
import { anyUser } from '../repositories/accounts.repository.ts';
import { firstRunSetup, setupStatus } from '../services/setup.service.ts';
import { SESSION_COOKIE } from '../auth/auth.ts';
import { conflict } from '../lib/errors.ts';
import { sessionCookieOptions } from './session.routes.ts';
import type { RouteDeps } from './index.ts';

const ALREADY = 'The planner is already set up: sign in, or ask a planner for an account';

/**
 * First run. A deployment without demo data has no account, and the embedded database admits no second
 * process to add one: this public pair lets the first visitor create the first planner, once.
 */
export const setupRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['setup'];

  app.get('/setup', { config: { public: true }, schema: { tags, response: { 200: SetupStatus } } }, async () => setupStatus(db));

  app.post('/setup', {
    // Public and it hashes a password (32 MiB of scrypt): limited per address like sign-in.
    config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: { tags, body: SetupBody, response: { 201: SetupResult, 400: ErrorBody, 409: ErrorBody, 429: ErrorBody } },
  }, async (req, reply) => {
    if (await anyUser(db)) throw conflict(ALREADY); // cheap refusal before hashing; the locked check decides
    const session = await firstRunSetup(db, req.body, deps.config.sessionTtlHours);
    reply.setCookie(SESSION_COOKIE, session.token, { ...sessionCookieOptions(deps.config.cookieSecure), expires: session.expiresAt });
    return reply.status(201).send({
      user: { username: req.body.username, role: 'planner' as const, partnerId: null },
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
    });
  });
};
