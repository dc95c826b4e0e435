import type { Sortie } from '../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import type { Violation } from '../../shared/plan/checks/violations.ts';
import { unprocessable } from '../lib/errors.ts';

/**
 * The locked allocations a re-optimization would keep, checked on today's data by themselves: a lock
 * that breaks a rule (186 people on 128 seats, an area that cannot reach the airport in time, an
 * airport closed since) is refused with the rules it breaks — never silently kept in the new plan.
 */
export function impossibleLocks(snapshot: PlanningSnapshot, locked: readonly Sortie[]): Violation[] {
  return locked.length === 0 ? [] : validatePlan(snapshot, { sorties: [...locked] });
}

export function assertLocksPossible(snapshot: PlanningSnapshot, locked: readonly Sortie[]): void {
  const violations = impossibleLocks(snapshot, locked);
  if (violations.length === 0) return;
  throw unprocessable(
    `${violations.length} locked allocation(s) break rules on today's data and would be kept as they are: unlock or fix them, then re-optimize`,
    { violations, lockedSortieIds: [...new Set(violations.flatMap((v) => (v.sortieId ? [v.sortieId] : [])))] },
  );
}
