import type { Role } from '../schemas/session.ts';

/** What a planner asks to change on an account, and the account as it is. Pure: no I/O. */
export interface AccountState { username: string; role: Role; partnerId: string | null; disabled: boolean }
export interface AccountChange { role?: Role; partnerId?: string | null; disabled?: boolean }

export type AccountRuleResult =
  | { ok: true; next: AccountState }
  | { ok: false; status: 400 | 422; field: string; message: string };

const activePlanner = (a: Pick<AccountState, 'role' | 'disabled'>) => a.role === 'planner' && !a.disabled;

/**
 * The account after `change`, or why not. `activePlanners` counts enabled planners including the target
 * (the caller reads it with the rows locked, so two planners cannot each demote the other).
 * Rules: a liaison has exactly one partner and the other roles none; nobody disables their own account
 * (another planner must); the last enabled planner may be neither demoted nor disabled, or nobody could
 * manage accounts any more without a second process on the database.
 */
export function applyAccountChange(actor: string, before: AccountState, change: AccountChange, activePlanners: number): AccountRuleResult {
  const role = change.role ?? before.role;
  let partnerId = change.partnerId !== undefined ? change.partnerId : before.partnerId;
  if (role !== 'liaison') {
    if (change.partnerId) return { ok: false, status: 400, field: 'partnerId', message: `only a liaison has a partner; a ${role} has none` };
    partnerId = null;
  } else if (!partnerId) {
    return { ok: false, status: 400, field: 'partnerId', message: 'a liaison account needs the partner it speaks for' };
  }
  const next: AccountState = { username: before.username, role, partnerId, disabled: change.disabled ?? before.disabled };
  if (next.disabled && !before.disabled && before.username === actor) {
    return { ok: false, status: 422, field: 'disabled', message: 'you cannot disable your own account; another planner can' };
  }
  if (activePlanner(before) && !activePlanner(next) && activePlanners <= 1) {
    return {
      ok: false, status: 422, field: next.disabled ? 'disabled' : 'role',
      message: `${before.username} is the last enabled planner: make another account a planner first, or nobody could manage accounts`,
    };
  }
  return { ok: true, next };
}

/** The partner rule on creation: a liaison names a partner, the others do not. */
export function checkNewAccount(role: Role, partnerId: string | null | undefined): { field: string; message: string } | null {
  if (role === 'liaison' && !partnerId) return { field: 'partnerId', message: 'a liaison account needs the partner it speaks for' };
  if (role !== 'liaison' && partnerId) return { field: 'partnerId', message: `only a liaison has a partner; a ${role} has none` };
  return null;
}
