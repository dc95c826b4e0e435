import { groundLeg, prepareHazards } from '../../shared/plan/rules/ground.ts';
import { priorityCounts, toMs, type PlanInput, type PlanningSnapshot } from '../../shared/plan/snapshot.ts';

/**
 * Brute force, written apart from shared/plan/checks/inversions.ts: every person of every area gets a
 * priority by the convention (earliest seats carry priority 1), then every sortie is checked
 * against every other area of the snapshot, with the ground rules computed afresh.
 */
export function bruteForceInversions(s: PlanningSnapshot, plan: PlanInput, fixedIds: ReadonlySet<string> = new Set()): number {
  const hazards = prepareHazards(s.scenario.hazardZones);
  const airports = new Map(s.airports.map((a) => [a.id, a]));
  const canReach = (areaId: string, airportId: string, t: number) => {
    const area = s.areas.find((a) => a.id === areaId)!;
    const airport = airports.get(airportId);
    if (!airport) return false;
    const leg = groundLeg(s.scenario, hazards, area, airport);
    return !leg.failure && leg.readyAtMs <= t + 1;
  };
  // person list per area: [sortieIndex | -1 (not out), time, priority]
  const persons = new Map<string, { sortie: number; t: number; p: number; locked: boolean }[]>();
  for (const area of s.areas) {
    const seats: { sortie: number; t: number; locked: boolean }[] = [];
    plan.sorties.forEach((so, i) => {
      for (const a of so.allocations) {
        if (a.assemblyAreaId !== area.id) continue;
        for (let k = 0; k < a.passengers; k++) seats.push({ sortie: i, t: toMs(so.departAt), locked: a.locked });
      }
    });
    seats.sort((a, b) => a.t - b.t || a.sortie - b.sortie);
    const [p1, p2, p3] = priorityCounts(area);
    const prio = [...Array(p1).fill(1), ...Array(p2).fill(2), ...Array(p3).fill(3)] as number[];
    persons.set(area.id, prio.map((p, i) => seats[i]
      ? { sortie: seats[i]!.sortie, t: seats[i]!.t, p, locked: seats[i]!.locked }
      : { sortie: -1, t: Infinity, p, locked: false }));
  }
  const lockedOn = (i: number, areaId: string) => plan.sorties[i]!.allocations.some((a) => a.locked && a.assemblyAreaId === areaId);
  let count = 0;
  plan.sorties.forEach((so, i) => {
    if (fixedIds.has(so.id)) return;
    const t = toMs(so.departAt);
    const found = s.areas.some((A) => persons.get(A.id)!.some((pa) => pa.sortie === i && !pa.locked && pa.p > 1
      && s.areas.some((B) => B.id !== A.id && !lockedOn(i, B.id) && canReach(B.id, so.originAirportId, t)
        && persons.get(B.id)!.some((pb) => pb.p < pa.p && pb.t > t && (pb.sortie === -1
          || (!pb.locked && !fixedIds.has(plan.sorties[pb.sortie]!.id) && !lockedOn(pb.sortie, A.id)
            && canReach(A.id, plan.sorties[pb.sortie]!.originAirportId, pb.t)))))));
    if (found) count++;
  });
  return count;
}
