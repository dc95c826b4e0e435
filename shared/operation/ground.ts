import type { AssemblyArea } from '../schemas/domain.ts';
import type { Checkin, OperationSortie } from '../schemas/operation.ts';
import { priorityCounts, type Priority } from '../plan/snapshot.ts';
import { FLOWN_STATES } from './lifecycle.ts';

/** People of one area and priority, as the ground knows them now. */
export interface GroundCount {
  registry: number; checkedIn: number; out: number; waiting: number; notPresent: number; walkIns: number;
  /** Boarded without ever being counted at check-in (the count is then raised to the boarded). */
  uncounted: number;
}
export type ByPriority<T> = Record<Priority, T>;

const zero = (): GroundCount => ({ registry: 0, checkedIn: 0, out: 0, waiting: 0, notPresent: 0, walkIns: 0, uncounted: 0 });
export const emptyCounts = (): ByPriority<GroundCount> => ({ 1: zero(), 2: zero(), 3: zero() });

/** The latest check-in of each area at or before `atMs` (cumulative counts: the latest is the count). */
export function latestCheckins(checkins: readonly Checkin[], atMs = Infinity): Map<string, Checkin> {
  const out = new Map<string, Checkin>();
  for (const c of checkins) {
    const t = Date.parse(c.at);
    if (t > atMs) continue;
    const prev = out.get(c.assemblyAreaId);
    if (!prev || Date.parse(prev.at) < t || (Date.parse(prev.at) === t && prev.id < c.id)) out.set(c.assemblyAreaId, c);
  }
  return out;
}

/** People boarded per area and priority, from the manifests of departed (and arrived) sorties. */
export function boardedByArea(sorties: readonly OperationSortie[], atMs = Infinity): Map<string, ByPriority<number>> {
  const out = new Map<string, ByPriority<number>>();
  for (const s of sorties) {
    if (!FLOWN_STATES.has(s.state) || !s.departedAt || Date.parse(s.departedAt) > atMs) continue;
    for (const m of s.manifest) {
      const row = out.get(m.assemblyAreaId) ?? { 1: 0, 2: 0, 3: 0 };
      row[m.priority] += m.passengers;
      out.set(m.assemblyAreaId, row);
    }
  }
  return out;
}

/**
 * One area's reconciliation, per priority: out + waiting + not present = registry + walk-ins,
 * by construction. Check-ins are cumulative (everyone who reported, walk-ins included); people
 * who boarded count as checked in even when nobody counted them.
 */
export function reconcileArea(area: AssemblyArea, checkin: Checkin | undefined, boarded: ByPriority<number> | undefined): ByPriority<GroundCount> {
  const reg = priorityCounts(area);
  const counted: Record<Priority, number> = checkin ? { 1: checkin.priority1, 2: checkin.priority2, 3: checkin.priority3 } : { 1: 0, 2: 0, 3: 0 };
  const result = emptyCounts();
  for (const p of [1, 2, 3] as Priority[]) {
    const registry = reg[p - 1]!;
    const out = boarded?.[p] ?? 0;
    const checkedIn = Math.max(counted[p], out);
    result[p] = {
      registry, checkedIn, out, waiting: checkedIn - out,
      notPresent: Math.max(0, registry - checkedIn), walkIns: Math.max(0, checkedIn - registry),
      uncounted: checkin ? Math.max(0, out - counted[p]) : 0,
    };
  }
  return result;
}

const COUNT_KEYS = ['registry', 'checkedIn', 'out', 'waiting', 'notPresent', 'walkIns', 'uncounted'] as const satisfies readonly (keyof GroundCount)[];

/**
 * Adds the ground counts only: a board row's total also carries plannedByNow/plannedTotal, and adding every key
 * of it counted those twice in the board's all-countries total (added here and again by the caller).
 */
export function addCounts(into: GroundCount, c: GroundCount): void {
  for (const k of COUNT_KEYS) into[k] += c[k];
}

/** The reconciliation holds: what is accounted for equals what is known to exist. */
export const balances = (c: GroundCount) => c.out + c.waiting + c.notPresent === c.registry + c.walkIns;
