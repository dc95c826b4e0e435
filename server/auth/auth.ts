import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Role, SessionUser } from '../../shared/schemas/session.ts';
import { findSession } from '../repositories/users.repository.ts';
import { forbidden, HttpError, unauthorized } from '../lib/errors.ts';
import { ErrorCode } from '../../shared/schemas/common.ts';

export const SESSION_COOKIE = 'neo_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    csrfToken: string | null;
    sessionToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Reads the session cookie on every request, and rejects state-changing requests that do not carry
 * the session's CSRF token in `x-csrf-token` (the cookie is SameSite=Strict too; the token covers
 * older browsers and same-site subdomains).
 */
export function registerAuth(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('user', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const session = await findSession(db, token);
    if (!session) return;
    req.user = session.user;
    req.csrfToken = session.csrfToken;
    req.sessionToken = token;
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== session.csrfToken) {
      throw new HttpError(403, ErrorCode.forbidden, 'Missing or invalid CSRF token (send the x-csrf-token header from GET /api/session)');
    }
  });
}

/** preHandler that lets only signed-in users with one of `roles` through. */
export function requireRole(...roles: Role[]) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!req.user) throw unauthorized();
    if (!roles.includes(req.user.role)) throw forbidden(`Only ${roles.join(' or ')} accounts may do this`);
  };
}

export const anyRole = requireRole('planner', 'liaison', 'reader');
export const plannerOnly = requireRole('planner');

export function currentUser(req: FastifyRequest): SessionUser {
  if (!req.user) throw unauthorized();
  return req.user;
}
