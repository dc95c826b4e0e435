import type { AssemblyArea } from '../schemas/domain.ts';
import type { OperationSortie } from '../schemas/operation.ts';
import { priorityCounts, type Priority } from '../plan/snapshot.ts';
import type { ByPriority } from './ground.ts';

export interface PlannedSeat { atMs: number; passengers: number }

/**
 * The plan's seats of each area split by priority, by the matcher's own convention: the earliest
 * seats carry priority 1, then 2, then 3 (an allocation names an area, not a priority).
 */
export function plannedByPriority(areas: readonly AssemblyArea[], sorties: readonly OperationSortie[]): Map<string, ByPriority<PlannedSeat[]>> {
  const byArea = new Map<string, { atMs: number; passengers: number }[]>();
  for (const s of sorties) {
    for (const a of s.planned) {
      const list = byArea.get(a.assemblyAreaId) ?? [];
      list.push({ atMs: Date.parse(s.plannedDepartAt), passengers: a.passengers });
      byArea.set(a.assemblyAreaId, list);
    }
  }
  const out = new Map<string, ByPriority<PlannedSeat[]>>();
  for (const area of areas) {
    const left = [...priorityCounts(area)];
    const split: ByPriority<PlannedSeat[]> = { 1: [], 2: [], 3: [] };
    for (const seat of (byArea.get(area.id) ?? []).sort((a, b) => a.atMs - b.atMs)) {
      let n = seat.passengers;
      for (const p of [1, 2, 3] as Priority[]) {
        // Seats beyond the registry (walk-ins planned for) count as priority 3.
        const take = p === 3 ? n : Math.min(n, left[p - 1]!);
        if (take > 0) { split[p].push({ atMs: seat.atMs, passengers: take }); left[p - 1]! -= take; n -= take; }
      }
    }
    out.set(area.id, split);
  }
  return out;
}
