import type { AssemblyArea } from '../schemas/domain.ts';
import type { Checkin, OperationSortie } from '../schemas/operation.ts';
import type { Priority } from '../plan/snapshot.ts';
import { addCounts, balances, boardedByArea, emptyCounts, latestCheckins, reconcileArea, type ByPriority, type GroundCount } from './ground.ts';
import { FLOWN_STATES, OUT_STATES } from './lifecycle.ts';
import { plannedByPriority } from './planned-priority.ts';
import { burnDown, type BurnPoint } from './burn-down.ts';

const HOUR = 3_600_000;
/** A sortie this far past its planned time without departing is late. */
export const LATE_AFTER_MS = 15 * 60_000;
/** An area whose people have waited this long since its last departure is not moving. */
export const STALLED_AFTER_MS = 3 * HOUR;

export interface CountryRow { country: string; byPriority: ByPriority<GroundCount & { plannedByNow: number; plannedTotal: number }>; total: GroundCount & { plannedByNow: number; plannedTotal: number }; balanced: boolean }
export interface LateSortie { sortieId: string; partnerId: string; originAirportId: string; state: string; plannedDepartAt: string; departedAt: string | null; minutesLate: number }
export interface ShortSortie { sortieId: string; partnerId: string; originAirportId: string; departedAt: string; aboard: number; planned: number; seats: number }
export interface StalledArea { assemblyAreaId: string; name: string; country: string; waiting: number; behindPlan: number; lastDepartureAt: string | null }
export interface AirportNext { airportId: string; sorties: { sortieId: string; partnerId: string; state: string; plannedDepartAt: string; plannedPassengers: number }[] }
export interface Manifest { sortieId: string; partnerId: string; originAirportId: string; departedAt: string; lines: OperationSortie['manifest']; aboard: number }

export interface Board {
  now: string;
  countries: CountryRow[];
  total: CountryRow['total'] & { balanced: boolean };
  burnDown: BurnPoint[];
  late: LateSortie[];
  belowLoad: ShortSortie[];
  stalled: StalledArea[];
  nextSixHours: AirportNext[];
  manifests: Manifest[];
  states: Record<string, number>;
}

export interface BoardInput {
  startsAt: string; horizonHours: number; nowMs: number;
  areas: readonly AssemblyArea[]; checkins: readonly Checkin[]; sorties: readonly OperationSortie[];
}

const withPlan = (c: GroundCount) => ({ ...c, plannedByNow: 0, plannedTotal: 0 });

/** The situation board: every figure from the registry, the check-ins, the manifests and the plan in force. Pure. */
export function buildBoard(i: BoardInput): Board {
  const inForce = i.sorties.filter((s) => s.inForce && !OUT_STATES.has(s.state));
  const latest = latestCheckins(i.checkins, i.nowMs);
  const boarded = boardedByArea(i.sorties, i.nowMs);
  const planned = plannedByPriority(i.areas, inForce);
  const countries = new Map<string, CountryRow>();
  const stalled: StalledArea[] = [];
  const lastDeparture = new Map<string, number>();
  for (const s of i.sorties) {
    if (!FLOWN_STATES.has(s.state) || !s.departedAt) continue;
    for (const m of s.manifest) lastDeparture.set(m.assemblyAreaId, Math.max(lastDeparture.get(m.assemblyAreaId) ?? -Infinity, Date.parse(s.departedAt)));
  }
  for (const area of i.areas) {
    const rec = reconcileArea(area, latest.get(area.id), boarded.get(area.id));
    let row = countries.get(area.country);
    if (!row) {
      row = { country: area.country, byPriority: { 1: withPlan(emptyCounts()[1]), 2: withPlan(emptyCounts()[2]), 3: withPlan(emptyCounts()[3]) }, total: withPlan(emptyCounts()[1]), balanced: true };
      countries.set(area.country, row);
    }
    let behind = 0;
    let waiting = 0;
    for (const p of [1, 2, 3] as Priority[]) {
      const plan = planned.get(area.id)?.[p] ?? [];
      const byNow = plan.filter((x) => x.atMs <= i.nowMs).reduce((n, x) => n + x.passengers, 0);
      const all = plan.reduce((n, x) => n + x.passengers, 0);
      const target = row.byPriority[p];
      addCounts(target, rec[p]);
      target.plannedByNow += byNow; target.plannedTotal += all;
      addCounts(row.total, rec[p]);
      row.total.plannedByNow += byNow; row.total.plannedTotal += all;
      behind += Math.max(0, byNow - rec[p].out);
      waiting += rec[p].waiting;
    }
    const last = lastDeparture.get(area.id);
    if (waiting > 0 && (last === undefined || last < i.nowMs - STALLED_AFTER_MS)) {
      stalled.push({ assemblyAreaId: area.id, name: area.name, country: area.country, waiting, behindPlan: behind, lastDepartureAt: last === undefined ? null : new Date(last).toISOString() });
    }
  }
  const rows = [...countries.values()].sort((a, b) => a.country.localeCompare(b.country));
  for (const r of rows) r.balanced = balances(r.total) && ([1, 2, 3] as Priority[]).every((p) => balances(r.byPriority[p]));
  const total = withPlan(emptyCounts()[1]);
  for (const r of rows) {
    addCounts(total, r.total);
    total.plannedByNow += r.total.plannedByNow; total.plannedTotal += r.total.plannedTotal;
  }

  const late: LateSortie[] = [];
  const belowLoad: ShortSortie[] = [];
  const manifests: Manifest[] = [];
  const states: Record<string, number> = {};
  for (const s of i.sorties) {
    if (s.inForce) states[s.state] = (states[s.state] ?? 0) + 1;
    const plannedMs = Date.parse(s.plannedDepartAt);
    const flown = FLOWN_STATES.has(s.state) && s.departedAt;
    if (s.inForce && !flown && !OUT_STATES.has(s.state) && plannedMs + LATE_AFTER_MS < i.nowMs) {
      late.push({ sortieId: s.sortieId, partnerId: s.partnerId, originAirportId: s.originAirportId, state: s.state, plannedDepartAt: s.plannedDepartAt, departedAt: null, minutesLate: Math.round((i.nowMs - plannedMs) / 60_000) });
    }
    if (!flown) continue;
    const dep = Date.parse(s.departedAt!);
    if (dep - plannedMs > LATE_AFTER_MS) {
      late.push({ sortieId: s.sortieId, partnerId: s.partnerId, originAirportId: s.originAirportId, state: s.state, plannedDepartAt: s.plannedDepartAt, departedAt: s.departedAt, minutesLate: Math.round((dep - plannedMs) / 60_000) });
    }
    const aboard = s.manifest.reduce((n, m) => n + m.passengers, 0);
    if (aboard < s.plannedPassengers) belowLoad.push({ sortieId: s.sortieId, partnerId: s.partnerId, originAirportId: s.originAirportId, departedAt: s.departedAt!, aboard, planned: s.plannedPassengers, seats: s.seats });
    manifests.push({ sortieId: s.sortieId, partnerId: s.partnerId, originAirportId: s.originAirportId, departedAt: s.departedAt!, lines: s.manifest, aboard });
  }
  late.sort((a, b) => b.minutesLate - a.minutesLate);
  manifests.sort((a, b) => a.departedAt.localeCompare(b.departedAt));

  const next = new Map<string, AirportNext>();
  for (const s of inForce) {
    const t = Date.parse(s.plannedDepartAt);
    if (FLOWN_STATES.has(s.state) || t < i.nowMs || t > i.nowMs + 6 * HOUR) continue;
    const a = next.get(s.originAirportId) ?? { airportId: s.originAirportId, sorties: [] };
    a.sorties.push({ sortieId: s.sortieId, partnerId: s.partnerId, state: s.state, plannedDepartAt: s.plannedDepartAt, plannedPassengers: s.plannedPassengers });
    next.set(s.originAirportId, a);
  }
  return {
    now: new Date(i.nowMs).toISOString(), countries: rows, total: { ...total, balanced: balances(total) && rows.every((r) => r.balanced) },
    burnDown: burnDown({ startsAt: i.startsAt, horizonHours: i.horizonHours, nowMs: i.nowMs, population: total.registry + total.walkIns, sorties: i.sorties }),
    late, belowLoad, stalled: stalled.sort((a, b) => b.waiting - a.waiting),
    nextSixHours: [...next.values()].sort((a, b) => a.airportId.localeCompare(b.airportId)),
    manifests, states,
  };
}
