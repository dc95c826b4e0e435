import type { Airport, Allocation, AssemblyArea, Sortie } from '../../schemas/domain.ts';
import { groundLeg, prepareHazards, type PreparedHazard } from '../rules/ground.ts';
import { priorityCounts, toMs, type PlanInput, type PlanningSnapshot } from '../snapshot.ts';
import { pushTo } from '../multimap.ts';
import { demandGroup } from '../partner-demand.ts';

/**
 * Priority inversions a swap could fix. Allocations carry no priority: within an area the earliest
 * seats carry its priority-1 people, then 2, then 3 (score.ts). A sortie S has a fixable inversion
 * when it carries an area A's priority-q people while another area B, whose people could legally
 * board S (same zone, in reach, ready by S's departure, not locked out of S), has priority-p people
 * (p < q) who leave later — and A's people could take their later seat — or not at all. Swapping
 * them keeps every seat, count and rule, and strictly lowers (Σ departure times of priority ≤ 1,
 * ≤ 2, ≤ 3 blocks) lexicographically, so repeated swaps end (fixInversions). Swaps stay within a
 * demand group (partner-demand.ts): a partner's nationals never trade seats with Japanese or with
 * another request's, whose lift and window rules differ.
 */

type Triple = [number, number, number];
const NOT_OUT = Infinity;
/** Readiness against departure as the decoder and the validator compare them. */
const READY_TOLERANCE_MS = 1;

interface Entry { sortie: Sortie; order: number; alloc: Allocation; t: number; n: Triple }
interface LegRef { areaId: string; readyAtMs: number }
export interface Swap { sortie: Sortie; from: Entry; toArea: string; k: number; later?: Entry }

/** Ground legs by origin airport, computed on demand (only airports that have sorties). */
class Legs {
  private readonly hazards: PreparedHazard[];
  private readonly byAirport = new Map<string, LegRef[]>();
  private readonly ready = new Map<string, number>();
  private readonly airports: Map<string, Airport>;
  private readonly areasByZone = new Map<string, AssemblyArea[]>();

  constructor(private readonly snapshot: PlanningSnapshot) {
    this.hazards = prepareHazards(snapshot.scenario.hazardZones);
    this.airports = new Map(snapshot.airports.map((a) => [a.id, a]));
    for (const area of snapshot.areas) {
      const key = `${area.country}|${area.zone}`;
      pushTo(this.areasByZone, key, area);
    }
  }

  at(airportId: string): LegRef[] {
    let list = this.byAirport.get(airportId);
    if (list) return list;
    list = [];
    const airport = this.airports.get(airportId);
    for (const area of airport ? this.areasByZone.get(`${airport.country}|${airport.zone}`) ?? [] : []) {
      const leg = groundLeg(this.snapshot.scenario, this.hazards, area, airport!);
      if (leg.failure) continue;
      list.push({ areaId: area.id, readyAtMs: leg.readyAtMs });
      this.ready.set(`${area.id}|${airportId}`, leg.readyAtMs);
    }
    list.sort((a, b) => a.readyAtMs - b.readyAtMs);
    this.byAirport.set(airportId, list);
    return list;
  }

  /** Can people of `areaId` board a departure from `airportId` at `t`? */
  reaches(areaId: string, airportId: string, t: number): boolean {
    this.at(airportId);
    const r = this.ready.get(`${areaId}|${airportId}`);
    return r !== undefined && r <= t + READY_TOLERANCE_MS;
  }
}

/** Per area: its allocations in departure order with the priorities they carry by the convention. */
class Boarding {
  readonly entries = new Map<string, Entry[]>();
  /** Latest departure of the area's priority-p people: NOT_OUT if some stay, −∞ if it has none. */
  readonly late = new Map<string, Triple>();
  readonly caps = new Map<string, Triple>();
  readonly out = new Map<string, Triple>();
  private readonly orderOf = new Map<Sortie, number>();

  constructor(snapshot: PlanningSnapshot, sorties: readonly Sortie[]) {
    for (const area of snapshot.areas) { this.caps.set(area.id, priorityCounts(area)); this.entries.set(area.id, []); }
    sorties.forEach((s, order) => {
      this.orderOf.set(s, order);
      for (const alloc of s.allocations) this.entries.get(alloc.assemblyAreaId)?.push({ sortie: s, order, alloc, t: toMs(s.departAt), n: [0, 0, 0] });
    });
    for (const id of this.entries.keys()) this.derive(id);
  }

  derive(areaId: string): void {
    const list = this.entries.get(areaId)!.filter((e) => e.alloc.passengers > 0 || e.alloc.locked)
      .sort((a, b) => a.t - b.t || a.order - b.order);
    this.entries.set(areaId, list);
    const caps = this.caps.get(areaId)!;
    const out: Triple = [0, 0, 0];
    const late: Triple = [-Infinity, -Infinity, -Infinity];
    let p = 0;
    for (const e of list) {
      e.n = [0, 0, 0];
      let n = e.alloc.passengers;
      while (n > 0 && p < 3) {
        const take = Math.min(n, caps[p]! - out[p]!);
        if (take > 0) { out[p]! += take; e.n[p] = take; late[p] = e.t; n -= take; }
        if (out[p] === caps[p]) p++;
      }
    }
    for (let q = 0; q < 3; q++) if (out[q]! < caps[q]!) late[q] = NOT_OUT;
    this.out.set(areaId, out);
    this.late.set(areaId, late);
  }

  entryOf(areaId: string, sortie: Sortie): Entry | undefined {
    return this.entries.get(areaId)?.find((e) => e.sortie === sortie && !e.alloc.locked);
  }

  /** Adds (or creates) the unlocked allocation of `areaId` on `sortie`. */
  add(areaId: string, sortie: Sortie, k: number): void {
    const existing = sortie.allocations.find((a) => a.assemblyAreaId === areaId && !a.locked);
    if (existing) {
      existing.passengers += k;
      if (!this.entries.get(areaId)!.some((e) => e.alloc === existing)) {
        this.entries.get(areaId)!.push({ sortie, order: this.orderOf.get(sortie)!, alloc: existing, t: toMs(sortie.departAt), n: [0, 0, 0] });
      }
      return;
    }
    const alloc: Allocation = { assemblyAreaId: areaId, passengers: k, locked: false };
    sortie.allocations.push(alloc);
    this.entries.get(areaId)!.push({ sortie, order: this.orderOf.get(sortie)!, alloc, t: toMs(sortie.departAt), n: [0, 0, 0] });
  }
}

const canBoard = (sortie: Sortie, areaId: string) => !sortie.allocations.some((a) => a.locked && a.assemblyAreaId === areaId);

class InversionFinder {
  readonly legs: Legs;
  readonly boarding: Boarding;
  private readonly group: Map<string, string>;

  constructor(snapshot: PlanningSnapshot, readonly sorties: Sortie[], private readonly fixedIds: ReadonlySet<string>) {
    this.legs = new Legs(snapshot);
    this.boarding = new Boarding(snapshot, sorties);
    this.group = new Map(snapshot.areas.map((a) => [a.id, demandGroup(a)]));
  }

  /** The best swap that fixes an inversion on `s` (highest priority first, then the latest-leaving), if any. */
  find(s: Sortie): Swap | undefined {
    if (this.fixedIds.has(s.id)) return undefined;
    const t = toMs(s.departAt);
    const b = this.boarding;
    if (!s.allocations.some((a) => !a.locked && a.passengers > 0)) return undefined;
    // Areas that could board s and have priority-1 or -2 people leaving after it (or not at all):
    // one scan per sortie; usually none, and then no allocation needs a look.
    const waiting: { areaId: string; late: Triple }[] = [];
    for (const leg of this.legs.at(s.originAirportId)) {
      if (leg.readyAtMs > t + READY_TOLERANCE_MS) break;
      const late = b.late.get(leg.areaId);
      if (late && (late[0] > t || late[1] > t)) waiting.push({ areaId: leg.areaId, late });
    }
    if (waiting.length === 0) return undefined;
    for (const alloc of s.allocations) {
      if (alloc.locked || alloc.passengers <= 0) continue;
      const from = b.entryOf(alloc.assemblyAreaId, s);
      if (!from) continue;
      const q = from.n[2] > 0 ? 3 : from.n[1] > 0 ? 2 : 1;
      for (let p = 1; p < q; p++) {
        let best: Swap | undefined;
        let bestLate = t;
        for (const w of waiting) {
          const late = w.late[p - 1]!;
          if (late <= bestLate || w.areaId === alloc.assemblyAreaId || !canBoard(s, w.areaId)
            || this.group.get(w.areaId) !== this.group.get(alloc.assemblyAreaId)) continue;
          const swap = this.swapWith(s, t, from, q, w.areaId, p);
          if (swap) { best = swap; bestLate = late; }
        }
        if (best) return best;
      }
    }
    return undefined;
  }

  private swapWith(s: Sortie, t: number, from: Entry, q: number, areaB: string, p: number): Swap | undefined {
    const b = this.boarding;
    const movable = from.n[q - 1]!;
    if (b.late.get(areaB)![p - 1] === NOT_OUT) {
      const left = b.caps.get(areaB)![p - 1]! - b.out.get(areaB)![p - 1]!;
      return { sortie: s, from, toArea: areaB, k: Math.min(movable, left) };
    }
    const areaA = from.alloc.assemblyAreaId;
    const list = b.entries.get(areaB)!;
    for (let i = list.length - 1; i >= 0; i--) {
      const e = list[i]!;
      if (e.t <= t) break;
      if (e.n[p - 1]! <= 0 || e.alloc.locked || this.fixedIds.has(e.sortie.id)) continue;
      if (!canBoard(e.sortie, areaA) || !this.legs.reaches(areaA, e.sortie.originAirportId, e.t)) continue;
      return { sortie: s, from, toArea: areaB, k: Math.min(movable, e.n[p - 1]!), later: e };
    }
    return undefined;
  }

  apply(w: Swap): void {
    const b = this.boarding;
    const areaA = w.from.alloc.assemblyAreaId;
    w.from.alloc.passengers -= w.k;
    b.add(w.toArea, w.sortie, w.k);
    if (w.later) {
      w.later.alloc.passengers -= w.k;
      b.add(areaA, w.later.sortie, w.k);
    }
    b.derive(areaA);
    b.derive(w.toArea);
  }
}

const copySorties = (plan: PlanInput): Sortie[] =>
  plan.sorties.map((s) => ({ ...s, allocations: s.allocations.map((a) => ({ ...a })) }));

/** Sorties of the plan that carry a fixable priority inversion (0 for a matcher plan). */
export function countInversions(snapshot: PlanningSnapshot, plan: PlanInput, fixedIds: ReadonlySet<string> = new Set()): number {
  const f = new InversionFinder(snapshot, copySorties(plan), fixedIds);
  return f.sorties.reduce((n, s) => n + (f.find(s) ? 1 : 0), 0);
}

export interface InversionFix { plan: PlanInput; swaps: number; moved: number; remaining: number }

/**
 * The post-pass: while a sortie carries a fixable inversion, swap (earliest sorties first). Exact
 * for the definition above; each swap keeps people out, seats and rules. `maxSwaps` only guards
 * against a pathological plan (the potential argument bounds it anyway); what is left is reported.
 */
export function fixInversions(
  snapshot: PlanningSnapshot, plan: PlanInput, fixedIds: ReadonlySet<string> = new Set(), maxSwaps = 200_000,
): InversionFix {
  const sorties = copySorties(plan);
  const f = new InversionFinder(snapshot, sorties, fixedIds);
  const order = [...sorties].sort((a, b) => toMs(a.departAt) - toMs(b.departAt));
  let swaps = 0;
  let moved = 0;
  for (let pass = 0, changed = true; changed && swaps < maxSwaps; pass++) {
    changed = false;
    for (const s of order) {
      for (let w = f.find(s); w && swaps < maxSwaps; w = f.find(s)) {
        f.apply(w);
        swaps++;
        moved += w.k;
        changed = true;
      }
    }
  }
  // A swap keeps every sortie's passenger count, so no sortie empties; emptied allocations go.
  for (const s of sorties) s.allocations = s.allocations.filter((a) => a.passengers > 0 || a.locked);
  const fixed = { sorties };
  const remaining = swaps < maxSwaps ? 0 : countInversions(snapshot, fixed, fixedIds);
  return { plan: fixed, swaps, moved, remaining };
}
