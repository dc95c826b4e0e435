import { PRIORITIES, priorityCounts, toMs, type PlanInput, type PlanningSnapshot } from '../snapshot.ts';
import { pushTo } from '../multimap.ts';

export interface AreaDepartures {
  /** People out per priority, following the convention below. */
  out: [number, number, number];
  /** Departure times (ms) with passengers, per priority: [time, count][] */
  times: [[number, number][], [number, number][], [number, number][]];
}

/**
 * Allocations carry no priority. Convention: within an area people leave in priority order — the
 * area's earliest-departing allocated seats carry its priority-1 people, then priority 2, then 3.
 * Both planners plan by this rule and every report derives priorities from it.
 */
export function splitByPriority(snapshot: PlanningSnapshot, plan: PlanInput): Map<string, AreaDepartures> {
  const seats = new Map<string, [number, number][]>();
  for (const s of plan.sorties) {
    const t = toMs(s.departAt);
    for (const a of s.allocations) {
      if (a.passengers <= 0) continue;
      pushTo(seats, a.assemblyAreaId, [t, a.passengers]);
    }
  }
  const result = new Map<string, AreaDepartures>();
  for (const area of snapshot.areas) {
    const list = (seats.get(area.id) ?? []).sort((a, b) => a[0] - b[0]);
    const caps = priorityCounts(area);
    const d: AreaDepartures = { out: [0, 0, 0], times: [[], [], []] };
    let p = 0;
    for (const [t, n0] of list) {
      let n = n0;
      while (n > 0 && p < 3) {
        const take = Math.min(n, caps[p]! - d.out[p]!);
        if (take > 0) { d.out[p]! += take; d.times[p]!.push([t, take]); n -= take; }
        if (d.out[p] === caps[p]) p++;
      }
    }
    result.set(area.id, d);
  }
  return result;
}

/** Σ priority weight × people out: the first level of the matcher's objective. */
export function priorityScore(snapshot: PlanningSnapshot, plan: PlanInput, weights: readonly number[] = [1.2, 1.1, 1]): number {
  let score = 0;
  for (const d of splitByPriority(snapshot, plan).values()) {
    for (const p of PRIORITIES) score += weights[p - 1]! * d.out[p - 1]!;
  }
  return score;
}
