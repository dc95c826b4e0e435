import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Account, AccountCreate, AccountPatch } from '../../shared/schemas/accounts.ts';
import { applyAccountChange, checkNewAccount } from '../../shared/accounts/account-rules.ts';
import { getAccount, lockActivePlanners, setPasswordHash, updateAccount } from '../repositories/accounts.repository.ts';
import { deleteSessionsOf, insertUser } from '../repositories/users.repository.ts';
import { getPartner } from '../repositories/partners.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { hashPassword } from '../auth/passwords.ts';
import { badRequest, conflict, HttpError, notFound } from '../lib/errors.ts';
import { ErrorCode } from '../../shared/schemas/common.ts';
import { inTransaction } from '../lib/tx.ts';
import type { Db } from '../repositories/db-type.ts';

/** Audit snapshots of an account: what changed, never a password or its hash. */
const snapshot = (a: Account) => ({ username: a.username, role: a.role, partnerId: a.partnerId, disabled: a.disabled });

async function checkPartner(db: Db, partnerId: string | null | undefined) {
  if (partnerId && !(await getPartner(db, partnerId))) throw badRequest('partnerId', `no partner ${JSON.stringify(partnerId)}`);
}

/** Creates an account (API and `npm run user:add`); `actor` null for the command line. */
export async function createAccount(db: Kysely<Database>, actor: string | null, body: AccountCreate): Promise<Account> {
  const problem = checkNewAccount(body.role, body.partnerId);
  if (problem) throw badRequest(problem.field, problem.message);
  // scrypt (32 MiB, ~0.1 s) outside the transaction, so it holds no lock meanwhile.
  const passwordHash = await hashPassword(body.password);
  return inTransaction(db, async (trx) => {
    await checkPartner(trx, body.partnerId);
    if (await getAccount(trx, body.username)) throw conflict(`an account ${body.username} already exists`, [{ field: 'username', reason: 'is taken' }]);
    await insertUser(trx, { username: body.username, passwordHash, role: body.role, partnerId: body.partnerId ?? null });
    const created = (await getAccount(trx, body.username))!;
    await recordAudit(trx, { username: actor, action: 'create', entityType: 'user', entityId: created.username, after: snapshot(created) });
    return created;
  });
}

/**
 * Role, partner and disabled flag. Disabling ends the account's sessions in the same transaction; the
 * caller drops them from its session cache after the commit, and every write re-reads the session anyway.
 */
export async function changeAccount(db: Kysely<Database>, actor: string, username: string, patch: AccountPatch): Promise<Account> {
  return inTransaction(db, async (trx) => {
    // Planner rows first, then the target: every change locks in the same order, so none deadlock.
    const activePlanners = await lockActivePlanners(trx);
    const before = await getAccount(trx, username, { lock: true });
    if (!before) throw notFound('Account', username);
    const result = applyAccountChange(actor, before, patch, activePlanners);
    if (!result.ok) {
      throw result.status === 400
        ? badRequest(result.field, result.message)
        : new HttpError(422, ErrorCode.unprocessable, result.message, [{ field: result.field, reason: result.message }]);
    }
    if (result.next.partnerId !== before.partnerId) await checkPartner(trx, result.next.partnerId);
    await updateAccount(trx, username, result.next);
    if (result.next.disabled && !before.disabled) await deleteSessionsOf(trx, username);
    const after = (await getAccount(trx, username))!;
    await recordAudit(trx, { username: actor, action: 'update', entityType: 'user', entityId: username, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

/** Sets a new password and ends the account's other sessions (all of them when it is not the caller's own). */
export async function resetPassword(db: Kysely<Database>, actor: string, username: string, password: string, keepToken: string | null): Promise<Account> {
  const passwordHash = await hashPassword(password);
  return inTransaction(db, async (trx) => {
    const before = await getAccount(trx, username, { lock: true });
    if (!before) throw notFound('Account', username);
    await setPasswordHash(trx, username, passwordHash);
    await deleteSessionsOf(trx, username, actor === username ? keepToken : null);
    await recordAudit(trx, { username: actor, action: 'reset_password', entityType: 'user', entityId: username, after: { passwordChanged: true } });
    return (await getAccount(trx, username))!;
  });
}
