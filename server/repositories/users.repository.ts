import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Role, SessionUser } from '../../shared/schemas/session.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The account a sign-in names, disabled or not (the caller refuses disabled ones after the password check). */
export async function findUser(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function insertUser(db: Db, u: { username: string; passwordHash: string; role: Role; partnerId: string | null }) {
  await db.insertInto('users').values({
    username: u.username, password_hash: u.passwordHash, role: u.role, partner_id: u.partnerId,
  }).execute();
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Creates a session; only the token's hash is stored, so a database dump holds no usable session. */
export async function createSession(db: Db, username: string, ttlHours: number) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await db.insertInto('sessions').values({ id: hashToken(token), username, csrf_token: csrfToken, expires_at: expiresAt }).execute();
  return { token, csrfToken, expiresAt };
}

export async function findSession(db: Db, token: string): Promise<{ user: SessionUser; csrfToken: string; expiresAt: Date } | undefined> {
  const row = await db.selectFrom('sessions')
    .innerJoin('users', 'users.username', 'sessions.username')
    .select(['users.username', 'users.role', 'users.partner_id', 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.id', '=', hashToken(token))
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  const expiresAt = row ? new Date(row.expires_at) : undefined;
  if (!row || !expiresAt || expiresAt.getTime() <= Date.now()) return undefined;
  return { user: { username: row.username, role: row.role, partnerId: row.partner_id }, csrfToken: row.csrf_token, expiresAt };
}

/** Ends every session of an account (disabled, password reset), except the one whose token is `keep`. */
export async function deleteSessionsOf(db: Db, username: string, keep?: string | null) {
  let q = db.deleteFrom('sessions').where('username', '=', username);
  if (keep) q = q.where('id', '!=', hashToken(keep));
  await q.execute();
}

export async function deleteSession(db: Db, token: string) {
  await db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
}

export async function deleteExpiredSessions(db: Db) {
  await db.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
}
