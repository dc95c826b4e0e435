import type { Sortie } from '../../../../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../../../../shared/plan/snapshot.ts';
import { accessChecker } from '../../../../../shared/plan/rules/access.ts';
import { airportClosure, groundLeg, prepareHazards } from '../../../../../shared/plan/rules/ground.ts';

/** The validator's tolerance: ready times are computed in floating point. */
const TOLERANCE_MS = 1000;

export interface MoveTarget { sortie: Sortie; free: number; readyAtMs: number }

/**
 * The sorties that can legally take people of an area: an accepted offer with seats left, departing an
 * open airport the area reaches by road (same country and zone, in range, no hazard crossed) after the
 * people can be there, where the offer's operator may land. Earliest first — the list a "Move…" or a
 * drop on the map offers, instead of every sortie of the plan.
 */
export function moveTargets(snapshot: PlanningSnapshot, sorties: readonly Sortie[], areaId: string, exclude?: string): MoveTarget[] {
  const area = snapshot.areas.find((a) => a.id === areaId);
  if (!area) return [];
  const { scenario } = snapshot;
  const hazards = prepareHazards(scenario.hazardZones);
  const airports = new Map(snapshot.airports.map((a) => [a.id, a]));
  const offers = new Map(snapshot.offers.map((o) => [o.id, o]));
  const nations = new Map(snapshot.partners.map((p) => [p.id, p.nation]));
  const access = accessChecker(scenario);
  const legs = new Map<string, ReturnType<typeof groundLeg> | null>();
  const out: MoveTarget[] = [];
  for (const s of sorties) {
    if (s.id === exclude) continue;
    const offer = offers.get(s.offerId);
    const origin = airports.get(s.originAirportId);
    const destination = airports.get(s.destinationAirportId);
    if (!offer || offer.status !== 'accepted' || !origin || !destination) continue;
    const free = offer.seatsPerSortie - s.allocations.reduce((n, a) => n + a.passengers, 0);
    if (free <= 0) continue;
    let leg = legs.get(origin.id);
    if (leg === undefined) {
      const l = airportClosure(scenario, hazards, origin) ? null : groundLeg(scenario, hazards, area, origin);
      legs.set(origin.id, (leg = l && !l.failure ? l : null));
    }
    if (!leg) continue;
    const departMs = Date.parse(s.departAt);
    if (Number.isNaN(departMs) || departMs + TOLERANCE_MS < leg.readyAtMs) continue;
    const nation = nations.get(offer.partnerId) ?? null;
    if (!access(origin, offer.category, nation, departMs).allowed || !access(destination, offer.category, nation, departMs).allowed) continue;
    out.push({ sortie: s, free, readyAtMs: leg.readyAtMs });
  }
  return out.sort((a, b) => a.sortie.departAt.localeCompare(b.sortie.departAt) || b.free - a.free);
}
