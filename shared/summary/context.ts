import { modeOf, type Sortie } from '../schemas/domain.ts';
import type { OfferRotation } from '../schemas/rotations.ts';
import { prepareHazards, type PreparedHazard } from '../plan/rules/ground.ts';
import { assignRotations } from '../plan/solve/rotations.ts';
import {
  airportLabel, indexSnapshot, priorityCounts, toMs, type PlanningSnapshot, type SnapshotIndex,
} from '../plan/snapshot.ts';

export type Split = [number, number, number];
export interface Priorities { p1: number; p2: number; p3: number }

/** What every section of the summary reads: the snapshot's indexes and the plan's selected sorties. */
export interface SummaryContext {
  snapshot: PlanningSnapshot;
  idx: SnapshotIndex;
  hazards: PreparedHazard[];
  /** The sorties the summary covers (all, one airport's, one partner's), in plan order. */
  sorties: Sortie[];
  /** Passengers of each allocation by priority: `${sortieId}|${areaId}` → [p1, p2, p3]. */
  priorities: Map<string, Split>;
  /** Airframe rotations of the whole plan (a selection's sorties keep the tails they fly in it). */
  rotations: OfferRotation[];
  countryName(code: string): string;
  airportLabel(id: string): string;
}

export const allocationKey = (sortieId: string, areaId: string) => `${sortieId}|${areaId}`;
export const toPriorities = (s: readonly number[]): Priorities => ({ p1: s[0] ?? 0, p2: s[1] ?? 0, p3: s[2] ?? 0 });
export const addSplit = (into: Split, s: readonly number[]): void => {
  for (let p = 0; p < 3; p++) into[p]! += s[p] ?? 0;
};

/**
 * Each allocation's passengers by priority, following the convention of shared/plan/checks/score.ts: within
 * an area the earliest-departing seats carry priority 1, then 2, then 3 (ties in plan order). It is
 * computed over the whole plan, so a selection shows the same priorities as the full summary.
 * Passengers beyond an area's evacuees (an over-allocated draft) carry no priority.
 */
export function allocationPriorities(snapshot: PlanningSnapshot, sorties: readonly Sortie[]): Map<string, Split> {
  const seats = new Map<string, { t: number; n: number; key: string }[]>();
  for (const s of sorties) {
    const t = toMs(s.departAt);
    for (const a of s.allocations) {
      if (a.passengers <= 0) continue;
      const list = seats.get(a.assemblyAreaId) ?? [];
      list.push({ t, n: a.passengers, key: allocationKey(s.id, a.assemblyAreaId) });
      seats.set(a.assemblyAreaId, list);
    }
  }
  const result = new Map<string, Split>();
  for (const area of snapshot.areas) {
    const caps = priorityCounts(area);
    const used: Split = [0, 0, 0];
    let p = 0;
    for (const seat of (seats.get(area.id) ?? []).sort((a, b) => a.t - b.t)) {
      const split: Split = [0, 0, 0];
      let n = seat.n;
      while (n > 0 && p < 3) {
        const take = Math.min(n, caps[p]! - used[p]!);
        if (take > 0) { used[p]! += take; split[p]! += take; n -= take; }
        if (used[p] === caps[p]) p++;
      }
      const known = result.get(seat.key);
      if (known) addSplit(known, split);
      else result.set(seat.key, split);
    }
  }
  return result;
}

export function buildContext(
  snapshot: PlanningSnapshot, allSorties: readonly Sortie[], selected: Sortie[],
  countryNames: Readonly<Record<string, string>>,
): SummaryContext {
  const idx = indexSnapshot(snapshot);
  return {
    snapshot,
    idx,
    hazards: prepareHazards(snapshot.scenario.hazardZones),
    sorties: selected,
    priorities: allocationPriorities(snapshot, allSorties),
    rotations: assignRotations(snapshot.offers, allSorties),
    countryName: (code) => countryNames[code] ?? code,
    airportLabel: (id) => airportLabel(idx.airports.get(id), id),
  };
}

export function passengersOf(s: Sortie): number {
  return s.allocations.reduce((n, a) => n + Math.max(0, a.passengers), 0);
}

export function sortiePriorities(ctx: SummaryContext, s: Sortie): Split {
  const total: Split = [0, 0, 0];
  for (const a of s.allocations) addSplit(total, ctx.priorities.get(allocationKey(s.id, a.assemblyAreaId)) ?? [0, 0, 0]);
  return total;
}

export function seatsOf(ctx: SummaryContext, s: Sortie): number {
  return ctx.idx.offers.get(s.offerId)?.seatsPerSortie ?? 0;
}

export function byDeparture(a: Sortie, b: Sortie): number {
  return toMs(a.departAt) - toMs(b.departAt) || a.originAirportId.localeCompare(b.originAirportId) || a.id.localeCompare(b.id);
}

/** Whether a departure point is an airport or a seaport (unknown ids count as airports, the older kind). */
export function modeAt(ctx: SummaryContext, airportId: string): 'air' | 'sea' {
  const a = ctx.idx.airports.get(airportId);
  return a ? modeOf(a) : 'air';
}
