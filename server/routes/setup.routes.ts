import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SetupBody, SetupResult, SetupStatus } from '../../shared/schemas/accounts.ts';
import { ErrorBody } from '../../shared/schemas/common.ts';
import { anyUser } from '../repositories/accounts.repository.ts';
import { firstRunSetup, setupStatus } from '../services/setup.service.ts';
import { SESSION_COOKIE } from '../auth/auth.ts';
import { conflict } from '../lib/errors.ts';
import { sessionCookieOptions } from './session.routes.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { sessionExample } from '../docs/examples.ts';

const ALREADY = 'The planner is already set up: sign in, or ask a planner for an account';

/**
 * First run. A deployment without demo data has no account, and the embedded database admits no second
 * process to add one: this public pair lets the first visitor create the first planner, once.
 */
export const setupRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['setup'];

  app.get('/setup', { config: { ...docRoute({
      summary: 'Whether this is a first run',
      description: '`firstRun` is true while no account exists: the app then shows the page that creates the first planner. `demoAccounts` lists the seeded demo accounts that still have their published password (so the sign-in page can warn).',
      response: { firstRun: false, demoAccounts: [{ username: 'planner', role: 'planner', password: 'planner-demo' }] },
    }), public: true }, schema: { tags, response: { 200: SetupStatus } } }, async () => setupStatus(db));

  app.post('/setup', {
    config: { ...docRoute({
      summary: 'Create the first planner account',
      description: 'The one public write, allowed only while the database has no account at all: creates a planner with this username and password and signs it in (sets the session cookie, answers the CSRF token). Audited. 10 calls a minute per address.',
      request: { username: 'duty-officer', password: 'correct-horse-battery' },
      response: { ...sessionExample, user: { username: 'duty-officer', role: 'planner', partnerId: null } },
      errors: { 409: 'An account exists already: first-run setup is closed.', 429: 'More than 10 calls a minute from this address.' },
    }), public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
    // Public and it hashes a password (32 MiB of scrypt): limited per address like sign-in.
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
