import type { TaskingPlan } from '../../shared/schemas/tasking.ts';
import { assignRotations, tailsBySortie } from '../../shared/plan/solve/rotations.ts';
import type { TaskedSortieRow } from '../repositories/tasking.repository.ts';

/**
 * Groups tasked sorties by plan and adds each offer's rotations. The rows hold every sortie of
 * each offer they name (an offer belongs to one partner), so a partner's own rotations are whole.
 */
export function taskingPlans(rows: readonly TaskedSortieRow[]): Omit<TaskingPlan, 'inputsChanged' | 'breaks'>[] {
  const byPlan = new Map<string, TaskedSortieRow[]>();
  // Pushed in place: copying the list per row was quadratic in a plan's sorties.
  for (const r of rows) {
    const list = byPlan.get(r.planId);
    if (list) list.push(r);
    else byPlan.set(r.planId, [r]);
  }
  return [...byPlan.values()].map((list) => {
    const offers = new Map(list.map((r) => [r.offerId, { id: r.offerId, aircraftType: r.aircraftType, aircraftCount: r.aircraftCount, turnaroundHours: r.turnaroundHours }]));
    const rotations = assignRotations([...offers.values()], list.map((r) => ({ ...r, id: r.sortieId })));
    const tails = tailsBySortie(rotations);
    const first = list[0]!;
    return {
      planId: first.planId, planName: first.planName, scenarioName: first.scenarioName, approvedAt: first.approvedAt,
      sorties: list.map((r) => ({
        sortieId: r.sortieId, offerId: r.offerId, partnerId: r.partnerId, aircraftType: r.aircraftType,
        originAirportId: r.originAirportId, destinationAirportId: r.destinationAirportId, departAt: r.departAt,
        passengers: r.passengers, tail: tails.get(r.sortieId) ?? null,
      })),
      rotations,
    };
  });
}
