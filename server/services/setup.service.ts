import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { SetupBody, SetupStatus } from '../../shared/schemas/accounts.ts';
import { anyUser, demoDataSeeded, lockAndCountUsers, untouchedAccounts } from '../repositories/accounts.repository.ts';
import { createSession, insertUser } from '../repositories/users.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { hashPassword } from '../auth/passwords.ts';
import { conflict } from '../lib/errors.ts';
import { inTransaction } from '../lib/tx.ts';
import { ADVERTISED_DEMO_ACCOUNTS } from '../seed/seed-database.ts';

/** Whether the app is on its first run, and which demo accounts the sign-in page may name. */
export async function setupStatus(db: Kysely<Database>): Promise<SetupStatus> {
  if (!(await anyUser(db))) return { firstRun: true, demoAccounts: [] };
  if (!(await demoDataSeeded(db))) return { firstRun: false, demoAccounts: [] };
  const live = await untouchedAccounts(db, ADVERTISED_DEMO_ACCOUNTS.map((a) => a.username));
  return { firstRun: false, demoAccounts: ADVERTISED_DEMO_ACCOUNTS.filter((a) => live.has(a.username)) };
}

/**
 * Creates the first planner and signs them in — only while there is no account at all. The users table
 * is locked for the check and the insert, so of two setup requests at once one wins and the other gets 409.
 */
export async function firstRunSetup(db: Kysely<Database>, body: SetupBody, ttlHours: number) {
  const passwordHash = await hashPassword(body.password);
  return inTransaction(db, async (trx) => {
    if ((await lockAndCountUsers(trx)) > 0) throw conflict('The planner is already set up: sign in, or ask a planner for an account');
    await insertUser(trx, { username: body.username, passwordHash, role: 'planner', partnerId: null });
    await recordAudit(trx, { username: body.username, action: 'create', entityType: 'user', entityId: body.username, after: { username: body.username, role: 'planner', partnerId: null, disabled: false, via: 'first-run' } });
    const session = await createSession(trx, body.username, ttlHours);
    await recordAudit(trx, { username: body.username, action: 'sign_in', entityType: 'session', entityId: body.username });
    return session;
  });
}
