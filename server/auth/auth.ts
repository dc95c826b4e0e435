import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Role, SessionUser } from '../../shared/schemas/session.ts';
import { findSession } from '../repositories/users.repository.ts';
import { forbidden, HttpError, unauthorized } from '../lib/errors.ts';
import { ErrorCode } from '../../shared/schemas/common.ts';
import { ROLES } from '../docs/route-doc.ts';

export const SESSION_COOKIE = 'neo_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    csrfToken: string | null;
    sessionToken: string | null;
    sessionExpiresAt: Date | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes any visitor may call; every other `/api/` route needs a session (default deny). */
declare module 'fastify' {
  interface FastifyContextConfig {
    public?: boolean;
  }
}

function sameToken(sent: unknown, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Reads the session cookie on every request (from the database, so the API keeps no session state), and rejects state-changing requests that do not carry
 * the session's CSRF token in `x-csrf-token` (the cookie is SameSite=Strict too; the token covers
 * older browsers and same-site subdomains). API routes not marked `config.public` answer 401 to
 * anonymous requests here, before the body is read or validated, so a route that forgets its role
 * check is still closed to the public.
 */
export function registerAuth(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('user', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('sessionExpiresAt', null);
  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    // Looked up in the database on every request, with no per-process cache: a sign-out, a disabled
    // account or a changed role on any API instance holds on every other one from its next request.
    // (One indexed join; it costs well under a millisecond, see npm run bench:api.)
    const session = token && token.length <= 200 ? await findSession(db, token) : undefined;
    if (session) {
      req.user = session.user;
      req.csrfToken = session.csrfToken;
      req.sessionToken = token!;
      req.sessionExpiresAt = session.expiresAt;
      if (!SAFE_METHODS.has(req.method) && !sameToken(req.headers['x-csrf-token'], session.csrfToken)) {
        throw new HttpError(403, ErrorCode.forbidden, 'Missing or invalid CSRF token (send the x-csrf-token header from GET /api/session)');
      }
      return;
    }
    const url = req.routeOptions.url;
    if (url?.startsWith('/api/') && !url.startsWith('/api/docs') && !req.routeOptions.config.public) throw unauthorized();
  });
}

/**
 * Hook that lets only signed-in users with one of `roles` through. Use it as the route's `onRequest`:
 * it then runs before the body is parsed and validated, so a forbidden request gets 403 whatever it sends.
 */
export function requireRole(...roles: Role[]) {
  const hook = async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!req.user) throw unauthorized();
    if (!roles.includes(req.user.role)) throw forbidden(`Only ${roles.join(' or ')} accounts may do this`);
  };
  // The API docs read a route's roles from its hook (server/docs/openapi-transform.ts).
  return Object.assign(hook, { [ROLES]: roles });
}

export const anyRole = requireRole('planner', 'liaison', 'reader');
export const plannerOnly = requireRole('planner');
/** The crisis cell's own data (areas, scenarios, plans): not for partner liaisons. */
export const plannerOrReader = requireRole('planner', 'reader');

export function currentUser(req: FastifyRequest): SessionUser {
  if (!req.user) throw unauthorized();
  return req.user;
}
