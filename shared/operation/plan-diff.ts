import type { Sortie } from '../schemas/domain.ts';
import type { AreaLeftBehind } from '../plan/checks/explain.ts';
import type { DroppedSortie } from './actuals.ts';

export interface MovedSortie { from: string; to: string; departAt: { before: string; after: string }; originAirportId: { before: string; after: string }; passengers: { before: number; after: number } }
/** An area the re-plan leaves more people in; why, as the explanation's codes (explain-phrases.ts) and in English. */
export type NewlyLeft = { assemblyAreaId: string; name: string; before: number; after: number; reason: string }
  & Pick<AreaLeftBehind, 'reasonCode' | 'reasonParams' | 'reasonNotes' | 'remedyCode' | 'remedyParams'>;
export interface PlanChanges {
  kept: string[];
  added: { sortieId: string; offerId: string; originAirportId: string; departAt: string; passengers: number }[];
  moved: MovedSortie[];
  dropped: DroppedSortie[];
  newlyLeftBehind: NewlyLeft[];
}

const pax = (s: Sortie) => s.allocations.reduce((n, a) => n + a.passengers, 0);
const same = (a: Sortie, b: Sortie) => a.originAirportId === b.originAirportId && Date.parse(a.departAt) === Date.parse(b.departAt) && pax(a) === pax(b);

/**
 * What a re-plan changes against the plan in force. A sortie of the old plan that is gone is
 * "moved" when the new plan has an unmatched sortie of the same offer (the nearest in time), and
 * "dropped" otherwise, with the reason when execution knows it (declined, cancelled, airport closed).
 */
export function diffPlans(before: readonly Sortie[], after: readonly Sortie[], known: readonly DroppedSortie[],
  leftBefore: readonly AreaLeftBehind[], leftAfter: readonly AreaLeftBehind[]): PlanChanges {
  const afterById = new Map(after.map((s) => [s.id, s]));
  const beforeIds = new Set(before.map((s) => s.id));
  const reasons = new Map(known.map((d) => [d.sortieId, d]));
  const kept: string[] = [];
  const moved: MovedSortie[] = [];
  const gone: Sortie[] = [];
  for (const s of before) {
    const a = afterById.get(s.id);
    if (!a) { gone.push(s); continue; }
    if (same(s, a)) kept.push(s.id);
    else moved.push(move(s, a));
  }
  const fresh = after.filter((s) => !beforeIds.has(s.id));
  const dropped: DroppedSortie[] = [];
  for (const s of gone) {
    const candidates = fresh.filter((n) => n.offerId === s.offerId);
    const reason = reasons.get(s.id);
    if (reason === undefined && candidates.length > 0) {
      const t = Date.parse(s.departAt);
      const best = candidates.reduce((x, y) => (Math.abs(Date.parse(y.departAt) - t) < Math.abs(Date.parse(x.departAt) - t) ? y : x));
      fresh.splice(fresh.indexOf(best), 1);
      moved.push(move(s, best));
    } else {
      dropped.push(reason ?? { sortieId: s.id, reason: 're-planned: no longer needed or no longer possible', code: 'replanned', params: {} });
    }
  }
  const beforeLeft = new Map(leftBefore.map((l) => [l.assemblyAreaId, l.left]));
  const newlyLeftBehind = leftAfter
    .filter((l) => l.left > (beforeLeft.get(l.assemblyAreaId) ?? 0))
    .map((l) => ({
      assemblyAreaId: l.assemblyAreaId, name: l.name, before: beforeLeft.get(l.assemblyAreaId) ?? 0, after: l.left, reason: l.reason,
      reasonCode: l.reasonCode, reasonParams: l.reasonParams, reasonNotes: l.reasonNotes, remedyCode: l.remedyCode, remedyParams: l.remedyParams,
    }));
  return {
    kept, moved, dropped, newlyLeftBehind,
    added: fresh.map((s) => ({ sortieId: s.id, offerId: s.offerId, originAirportId: s.originAirportId, departAt: s.departAt, passengers: pax(s) })),
  };
}

function move(s: Sortie, a: Sortie): MovedSortie {
  return {
    from: s.id, to: a.id, departAt: { before: s.departAt, after: a.departAt },
    originAirportId: { before: s.originAirportId, after: a.originAirportId }, passengers: { before: pax(s), after: pax(a) },
  };
}
