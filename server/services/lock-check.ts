import type { Sortie } from '../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { deriveOffThread } from '../derivation/derivation-pool.ts';
import { unprocessable } from '../lib/errors.ts';

/**
 * The locked allocations a re-optimization would keep, checked on today's data by themselves: a lock
 * that breaks a rule (186 people on 128 seats, an area that cannot reach the airport in time, an
 * airport closed since) is refused with the rules it breaks — never silently kept in the new plan.
 * Checked in the derivation pool, as every plan's violations are: a big hazard polygon must not stall
 * the event loop here either.
 */
export async function assertLocksPossible(snapshot: PlanningSnapshot, locked: readonly Sortie[]): Promise<void> {
  if (locked.length === 0) return;
  const { violations } = await deriveOffThread(snapshot, [...locked], null);
  if (violations.length === 0) return;
  throw unprocessable(
    `${violations.length} locked allocation(s) break rules on today's data and would be kept as they are: unlock or fix them, then re-optimize`,
    { violations, lockedSortieIds: [...new Set(violations.flatMap((v) => (v.sortieId ? [v.sortieId] : [])))] },
  );
}
