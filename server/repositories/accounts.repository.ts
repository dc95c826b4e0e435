import { sql } from 'kysely';
import type { Account } from '../../shared/schemas/accounts.ts';
import type { Role } from '../../shared/schemas/session.ts';
import type { Db } from './db-type.ts';
import { keysetPage, type PageRequest } from './keyset.ts';
import type { ListSpec } from '../lib/pagination.ts';

const iso = (d: Date | string) => new Date(d).toISOString();
const columns = ['username', 'role', 'partner_id', 'disabled_at', 'created_at', 'updated_at', 'password_changed_at'] as const;

type Row = { username: string; role: Role; partner_id: string | null; disabled_at: Date | null; created_at: Date; updated_at: Date; password_changed_at: Date | null };
/** The one place a user row becomes an API object: the password hash never leaves here. */
const toAccount = (r: Row): Account => ({
  username: r.username, role: r.role, partnerId: r.partner_id, disabled: r.disabled_at !== null,
  createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
  passwordChangedAt: r.password_changed_at === null ? null : iso(r.password_changed_at),
});

export async function listAccounts(db: Db): Promise<Account[]> {
  const rows = await db.selectFrom('users').select(columns).orderBy('role').orderBy('username').execute();
  return rows.map(toAccount);
}

export const ACCOUNT_LIST: ListSpec = { name: 'users', keys: [{ column: 'role', dir: 'asc', type: 'text' }, { column: 'username', dir: 'asc', type: 'text' }] };
export const pageAccounts = (db: Db, page: PageRequest) => keysetPage(db.selectFrom('users').select(columns), ACCOUNT_LIST.keys, page, toAccount);

/** With `lock`, the row stays locked to the end of the transaction (concurrent changes of one account queue). */
export async function getAccount(db: Db, username: string, opts: { lock?: boolean } = {}): Promise<Account | undefined> {
  let q = db.selectFrom('users').select(columns).where('username', '=', username);
  if (opts.lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toAccount(row) : undefined;
}

/**
 * Enabled planners, their rows locked: two planners demoting each other at once queue here, and the
 * second sees the first's change, so the last planner rule cannot be raced past.
 */
export async function lockActivePlanners(db: Db): Promise<number> {
  const rows = await db.selectFrom('users').select('username')
    .where('role', '=', 'planner').where('disabled_at', 'is', null)
    .orderBy('username').forUpdate().execute();
  return rows.length;
}

export async function updateAccount(db: Db, username: string, next: { role: Role; partnerId: string | null; disabled: boolean }) {
  await db.updateTable('users').set({
    role: next.role, partner_id: next.partnerId, updated_at: sql<Date>`now()`,
    // Keep the instant it was first disabled across edits that leave it disabled.
    disabled_at: next.disabled ? sql<Date>`coalesce(disabled_at, now())` : null,
  }).where('username', '=', username).execute();
}

export async function setPasswordHash(db: Db, username: string, passwordHash: string) {
  await db.updateTable('users').set({ password_hash: passwordHash, password_changed_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('username', '=', username).execute();
}

/**
 * Locks the users table against inserts until the transaction ends, then counts it: two first-run
 * requests at once queue here and the second sees the first's account (PGlite serialises anyway).
 */
export async function lockAndCountUsers(db: Db): Promise<number> {
  await sql`lock table users in share row exclusive mode`.execute(db);
  const row = await db.selectFrom('users').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return row.n;
}

export async function anyUser(db: Db): Promise<boolean> {
  return (await db.selectFrom('users').select('username').limit(1).executeTakeFirst()) !== undefined;
}

/** Of these usernames, those that exist, are enabled and never had their password changed. */
export async function untouchedAccounts(db: Db, usernames: string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await db.selectFrom('users').select('username')
    .where('username', 'in', usernames).where('disabled_at', 'is', null).where('password_changed_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.username));
}

export async function demoDataSeeded(db: Db): Promise<boolean> {
  const row = await db.selectFrom('audit_events').select('id').where('action', '=', 'seed').limit(1).executeTakeFirst();
  return row !== undefined;
}
