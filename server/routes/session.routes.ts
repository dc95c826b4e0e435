import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { SessionInfo, SignInBody } from '../../shared/schemas/session.ts';
import { createSession, deleteExpiredSessions, deleteSession, findUser } from '../repositories/users.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { deleteExpiredRateLimits } from '../repositories/rate-limits.repository.ts';
import { DUMMY_HASH, verifyPassword } from '../auth/passwords.ts';
import { SESSION_COOKIE, currentUser } from '../auth/auth.ts';
import { HttpError } from '../lib/errors.ts';
import { ErrorBody, ErrorCode } from '../../shared/schemas/common.ts';
import { inTransaction } from '../lib/tx.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { sessionExample } from '../docs/examples.ts';

export const SIGN_IN_PER_USER = 10;
export const SIGN_IN_PER_ADDRESS = 60;

/** Usernames are case-insensitive, so the key is too: `Planner` and `PLANNER` share one counter. */
const signInKey = (req: FastifyRequest) => {
  const username = (req.body as { username?: unknown } | undefined)?.username;
  return `${req.ip}|${typeof username === 'string' ? username.toLowerCase() : ''}`;
};

/** The session cookie's attributes (sign-in, first-run setup, sign-out). */
export const sessionCookieOptions = (secure: boolean) => ({ path: '/', httpOnly: true, sameSite: 'strict' as const, secure });

export const sessionRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const cookieOptions = sessionCookieOptions(deps.config.cookieSecure);
  const perAddressLimit = app.createRateLimit({ max: SIGN_IN_PER_ADDRESS, timeWindow: '1 minute', keyGenerator: (req) => `sign-in|${req.ip}` });

  app.post('/session', {
    config: { ...docRoute({
      summary: 'Sign in',
      description: 'Checks the username (case-insensitive) and password, sets the `neo_session` cookie (HttpOnly, SameSite=Strict, expires with the session) and answers the account and the `csrfToken` to send as `x-csrf-token` with every write. A sign-in replaces the session this browser had. Limited to 10 attempts a minute per address and username, 60 per address; audited.',
      request: { username: 'planner', password: 'planner-demo' },
      response: sessionExample,
      errors: { 401: 'Unknown username or wrong password (the same answer for both).', 403: 'This account is disabled; ask a planner to enable it.', 429: 'Too many sign-in attempts from this address (or for this username); retry in the seconds named.' },
    }), public: true, rateLimit: { max: SIGN_IN_PER_USER, timeWindow: '1 minute', hook: 'preHandler', keyGenerator: signInKey } },
    schema: { tags: ['session'], body: SignInBody, response: { 200: SessionInfo, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody } },
    // Per client address and username: slows password guessing without locking out a whole office.
    // Counted in preHandler, after the body is parsed and validated: in onRequest (the plugin's default)
    // there is no body yet and every username from one address shared a single counter.
  }, async (req, reply) => {
    // A second, looser limit per address alone stops one client trying a few passwords on every account.
    const perAddress = await perAddressLimit(req);
    if (!perAddress.isAllowed && perAddress.isExceeded) {
      throw new HttpError(429, ErrorCode.rateLimited, `Too many sign-in attempts from your address; retry in ${perAddress.ttlInSeconds} s`);
    }
    const { username, password } = req.body;
    const user = await findUser(db, username.toLowerCase());
    const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
    if (!user || !ok) throw new HttpError(401, ErrorCode.unauthorized, 'Unknown username or wrong password');
    // Said only to someone who knows the password: it reveals nothing to a guesser.
    if (user.disabled_at) throw new HttpError(403, ErrorCode.forbidden, 'This account is disabled; ask a planner to enable it');
    const previous = req.sessionToken;
    const session = await inTransaction(db, async (trx) => {
      // A new sign-in replaces the session this browser had, and sweeps sessions that have run out.
      if (previous) await deleteSession(trx, previous);
      await deleteExpiredSessions(trx);
      await deleteExpiredRateLimits(trx);
      const s = await createSession(trx, user.username, deps.config.sessionTtlHours);
      await recordAudit(trx, { username: user.username, action: 'sign_in', entityType: 'session', entityId: user.username });
      return s;
    });
    reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions, expires: session.expiresAt });
    return {
      user: { username: user.username, role: user.role, partnerId: user.partner_id },
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
    };
  });

  app.get('/session', { config: { ...docRoute({
      summary: 'The signed-in account and its CSRF token',
      description: 'Who this session belongs to, its `csrfToken` (send it as `x-csrf-token` on writes) and when it expires. A browser calls it on start to know whether it is signed in.',
      roles: ['planner', 'liaison', 'reader'],
      response: sessionExample,
    }) }, schema: { tags: ['session'], response: { 200: SessionInfo, 401: ErrorBody } } }, async (req) => {
    const user = currentUser(req);
    return { user, csrfToken: req.csrfToken ?? '', expiresAt: req.sessionExpiresAt?.toISOString() ?? '' };
  });

  // Public so that a browser whose session already ran out can still clear its cookie.
  app.delete('/session', { config: { ...docRoute({
      summary: 'Sign out',
      description: 'Ends this session (if any) and clears its cookie; audited. Public, so that a browser whose session already ran out can still clear the cookie.',
    }), public: true }, schema: { tags: ['session'], response: { 204: Type.Null() } } }, async (req, reply) => {
    if (req.sessionToken) {
      const token = req.sessionToken;
      await inTransaction(db, async (trx) => {
        await deleteSession(trx, token);
        await recordAudit(trx, { username: req.user?.username ?? null, action: 'sign_out', entityType: 'session', entityId: req.user?.username ?? '' });
      });
    }
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.status(204).send(null);
  });
};
