import type { AssemblyArea, Sortie } from '../schemas/domain.ts';
import type { Checkin, OperationSortie } from '../schemas/operation.ts';
import { effectiveAirportStatus, priorityCounts, type PlanningSnapshot } from '../plan/snapshot.ts';
import { boardedByArea, latestCheckins, reconcileArea } from './ground.ts';
import { FLOWN_STATES, KEPT_STATES, OUT_STATES } from './lifecycle.ts';

/** Why a re-plan drops a sortie: `code` and `params` for the reader's language, `reason` the English sentence. */
export type DroppedCode = 'out' | 'airport_closed' | 'not_departed' | 'replanned';
export interface DroppedSortie { sortieId: string; reason: string; code: DroppedCode; params: Record<string, string> }

export interface ReplanInputs {
  /** Today's data with each area's counts replaced by the actual ones (see actualAreas). */
  snapshot: PlanningSnapshot;
  /** The plan in force without the sorties that are out (declined, cancelled, late and never flown, from a closed airport). */
  sorties: Sortie[];
  /** Kept whole: departed and arrived sorties, and confirmed ones from an airport still open. */
  keepIds: Set<string>;
  dropped: DroppedSortie[];
}

/**
 * Area counts for a re-plan on actuals. People known to exist (the registry, or more when more
 * checked in) minus those who actually boarded are still to move; the planned allocations of the
 * departed sorties are added back, because the matcher counts kept sorties' allocations against
 * the area (earliest seats priority 1 first) — so what it has left to plan is exactly who is left.
 */
export function actualAreas(areas: readonly AssemblyArea[], sorties: readonly OperationSortie[], checkins: readonly Checkin[], nowMs: number, flownIds: ReadonlySet<string>, planned: readonly Sortie[]): AssemblyArea[] {
  const latest = latestCheckins(checkins, nowMs);
  const boarded = boardedByArea(sorties, nowMs);
  const plannedOnFlown = new Map<string, number>();
  for (const s of planned) {
    if (!flownIds.has(s.id)) continue;
    for (const a of s.allocations) plannedOnFlown.set(a.assemblyAreaId, (plannedOnFlown.get(a.assemblyAreaId) ?? 0) + a.passengers);
  }
  return areas.map((area) => {
    const rec = reconcileArea(area, latest.get(area.id), boarded.get(area.id));
    const left = [1, 2, 3].map((p) => Math.max(rec[p as 1 | 2 | 3].registry, rec[p as 1 | 2 | 3].checkedIn) - rec[p as 1 | 2 | 3].out);
    const back = plannedOnFlown.get(area.id) ?? 0;
    const [p1, p2, p3] = [left[0]! + back, left[1]!, left[2]!];
    if (!latest.has(area.id) && !boarded.has(area.id) && back === 0) return area;
    return { ...area, residents: p1 + p2 + p3, visitors: 0, priority1: p1, priority2: p2 };
  });
}

/** What a re-plan from `nowMs` starts from, given the plan in force and what execution knows. Pure. */
export function replanInputs(snapshot: PlanningSnapshot, planned: readonly Sortie[], states: readonly OperationSortie[], checkins: readonly Checkin[], nowMs: number): ReplanInputs {
  const byId = new Map(states.map((s) => [s.sortieId, s]));
  const airports = new Map(snapshot.airports.map((a) => [a.id, a]));
  const closed = (id: string) => { const a = airports.get(id); return !a || effectiveAirportStatus(snapshot.scenario, a) === 'closed'; };
  const keepIds = new Set<string>();
  const dropped: DroppedSortie[] = [];
  const sorties: Sortie[] = [];
  for (const s of planned) {
    const st = byId.get(s.id);
    const state = st?.state ?? 'planned';
    if (FLOWN_STATES.has(state)) { keepIds.add(s.id); sorties.push(s); continue; }
    if (OUT_STATES.has(state)) { dropped.push({ sortieId: s.id, reason: `${state} by its partner or the cell${st?.reason ? `: ${st.reason}` : ''}`, code: 'out', params: { state, note: st?.reason ?? '' } }); continue; }
    if (closed(s.originAirportId) || closed(s.destinationAirportId)) {
      const airport = closed(s.originAirportId) ? s.originAirportId : s.destinationAirportId;
      dropped.push({ sortieId: s.id, reason: `airport ${airport} is closed`, code: 'airport_closed', params: { airport } });
      continue;
    }
    if (KEPT_STATES.has(state)) { keepIds.add(s.id); sorties.push(s); continue; }
    if (Date.parse(s.departAt) < nowMs) { dropped.push({ sortieId: s.id, reason: `due ${s.departAt} and not departed (${state})`, code: 'not_departed', params: { due: s.departAt, state } }); continue; }
    sorties.push(s);
  }
  const flownIds = new Set(planned.filter((s) => FLOWN_STATES.has(byId.get(s.id)?.state ?? 'planned')).map((s) => s.id));
  return { snapshot: { ...snapshot, areas: actualAreas(snapshot.areas, states, checkins, nowMs, flownIds, planned) }, sorties, keepIds, dropped };
}

export const evacueesOf = (a: AssemblyArea) => priorityCounts(a).reduce((n, x) => n + x, 0);
