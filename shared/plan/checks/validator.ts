import type { Airport, LiftOffer, Sortie } from '../../schemas/domain.ts';
import { accessChecker } from '../rules/access.ts';
import { airportClosure, groundLeg, prepareHazards, type PreparedHazard } from '../rules/ground.ts';
import {
  HOUR_MS, airportLabel, evacuees, formatCount, indexSnapshot, type PlanInput, type PlanningSnapshot,
  type SnapshotIndex,
} from '../snapshot.ts';
import { ViolationRule as R, type Violation } from './violations.ts';
import { CARRIER_NATION, partnerOf, type PartnerTag } from '../partner-demand.ts';
import { checkSeatShares } from './seat-share-check.ts';
import { isSeatShare } from '../../offers/seat-share.ts';
import { pushTo } from '../multimap.ts';

/** Departure times are compared to the second: ready times are computed in floating point. */
const TIME_TOLERANCE_MS = 1000;

const fmtTime = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + 'Z';

function offerLabel(offer: LiftOffer, idx: SnapshotIndex): string {
  const partner = idx.partners.get(offer.partnerId);
  return `${partner?.name ?? offer.partnerId} ${offer.aircraftType} (offer ${offer.id})`;
}
/** The offer as a violation's params name it: partner and aircraft, without the id. */
function offerName(offer: LiftOffer, idx: SnapshotIndex): string {
  return `${idx.partners.get(offer.partnerId)?.name ?? offer.partnerId} ${offer.aircraftType}`;
}
const iso = (ms: number): string => new Date(ms).toISOString();

/** Every violation of the hard constraints of DESIGN.md in `plan`. An empty list means the plan is valid. */
export function validatePlan(snapshot: PlanningSnapshot, plan: PlanInput): Violation[] {
  const idx = indexSnapshot(snapshot);
  const hazards = prepareHazards(snapshot.scenario.hazardZones);
  const out: Violation[] = [];
  for (const sortie of plan.sorties) checkSortie(snapshot, idx, hazards, sortie, out);
  checkOfferTotals(idx, plan.sorties, out);
  checkAirportHours(idx, plan.sorties, out);
  checkAreas(idx, plan.sorties, out);
  checkPartnerSeats(idx, plan.sorties, out);
  checkSeatShares(idx, plan.sorties, out);
  return out;
}

/** The promise to each partner: no more of its nationals carried than the seats accepted for the request. */
function checkPartnerSeats(idx: SnapshotIndex, sorties: readonly Sortie[], out: Violation[]): void {
  const carried = new Map<string, { tag: PartnerTag; n: number; areaId: string }>();
  for (const s of sorties) {
    for (const a of s.allocations) {
      const tag = partnerOf(idx.areas.get(a.assemblyAreaId));
      if (!tag) continue;
      const c = carried.get(tag.requestId) ?? { tag, n: 0, areaId: a.assemblyAreaId };
      c.n += a.passengers;
      carried.set(tag.requestId, c);
    }
  }
  for (const { tag, n, areaId } of carried.values()) {
    if (n <= tag.acceptedSeats) continue;
    const partner = idx.partners.get(tag.partnerId)?.name ?? tag.partnerId;
    out.push({ rule: R.partnerSeatsExceeded, message: `The plan carries ${formatCount(n)} nationals of ${partner} for seat request ${tag.requestId}, which was accepted for ${formatCount(tag.acceptedSeats)} seats.`, assemblyAreaId: areaId, params: { count: n, partner, request: tag.requestId, seats: tag.acceptedSeats } });
  }
}

function checkAirport(
  snapshot: PlanningSnapshot, hazards: PreparedHazard[], airport: Airport, sortie: Sortie, role: string,
  out: Violation[],
): void {
  const closure = airportClosure(snapshot.scenario, hazards, airport);
  if (!closure) return;
  const name = airportLabel(airport, airport.id);
  out.push(closure.kind === 'status'
    ? { rule: R.airportClosed, message: `Sortie ${sortie.id} uses ${name} as ${role}, but ${name} is closed in this scenario.`, sortieId: sortie.id, airportId: airport.id, params: { sortie: sortie.id, airport: name, role } }
    : { rule: R.airportInHazard, message: `Sortie ${sortie.id} uses ${name} as ${role}, but ${name} lies inside the hazard zone "${closure.zone.name}".`, sortieId: sortie.id, airportId: airport.id, params: { sortie: sortie.id, airport: name, role, zone: closure.zone.name } });
}

function checkSortie(
  snapshot: PlanningSnapshot, idx: SnapshotIndex, hazards: PreparedHazard[], sortie: Sortie, out: Violation[],
): void {
  const { scenario } = snapshot;
  const base = { sortieId: sortie.id, offerId: sortie.offerId };
  const offer = idx.offers.get(sortie.offerId);
  const origin = idx.airports.get(sortie.originAirportId);
  const destination = idx.airports.get(sortie.destinationAirportId);
  const departMs = Date.parse(sortie.departAt);
  if (Number.isNaN(departMs)) {
    out.push({ rule: R.invalidTime, message: `Sortie ${sortie.id} has no valid departure time ("${sortie.departAt}").`, ...base, params: { sortie: sortie.id, value: sortie.departAt } });
    return;
  }
  if (!offer) {
    out.push({ rule: R.unknownOffer, message: `Sortie ${sortie.id} refers to lift offer ${sortie.offerId}, which does not exist.`, ...base, params: { sortie: sortie.id, offer: sortie.offerId } });
  }
  if (!origin) out.push({ rule: R.unknownAirport, message: `Sortie ${sortie.id} departs from unknown airport ${sortie.originAirportId}.`, ...base, airportId: sortie.originAirportId, params: { sortie: sortie.id, airport: sortie.originAirportId, role: 'origin' } });
  if (!destination) out.push({ rule: R.unknownAirport, message: `Sortie ${sortie.id} flies to unknown airport ${sortie.destinationAirportId}.`, ...base, airportId: sortie.destinationAirportId, params: { sortie: sortie.id, airport: sortie.destinationAirportId, role: 'destination' } });
  if (origin) checkAirport(snapshot, hazards, origin, sortie, 'origin', out);
  if (destination) checkAirport(snapshot, hazards, destination, sortie, 'destination', out);
  const when = fmtTime(departMs);

  if (offer) {
    const label = offerLabel(offer, idx);
    const oname = offerName(offer, idx);
    if (offer.status !== 'accepted') {
      out.push({ rule: R.offerNotAccepted, message: `Sortie ${sortie.id} uses ${label}, which is ${offer.status}, not accepted.`, ...base, params: { sortie: sortie.id, offer: oname, status: offer.status } });
    }
    if (!offer.originAirportIds.includes(sortie.originAirportId)) {
      out.push({ rule: R.originNotEligible, message: `Sortie ${sortie.id} departs from ${airportLabel(origin, sortie.originAirportId)}, which is not an origin of ${label}.`, ...base, airportId: sortie.originAirportId, params: { sortie: sortie.id, airport: airportLabel(origin, sortie.originAirportId), offer: oname } });
    }
    if (offer.destinationAirportId !== sortie.destinationAirportId) {
      out.push({ rule: R.destinationMismatch, message: `Sortie ${sortie.id} flies to ${airportLabel(destination, sortie.destinationAirportId)}, but ${label} flies to ${airportLabel(idx.airports.get(offer.destinationAirportId), offer.destinationAirportId)}.`, ...base, params: { sortie: sortie.id, airport: airportLabel(destination, sortie.destinationAirportId), offer: oname, offerDestination: airportLabel(idx.airports.get(offer.destinationAirportId), offer.destinationAirportId) } });
    }
    if (departMs < Date.parse(offer.availableFrom) || departMs > Date.parse(offer.availableTo)) {
      out.push({ rule: R.outsideAvailability, message: `Sortie ${sortie.id} departs ${when}, outside the availability of ${label} (${fmtTime(Date.parse(offer.availableFrom))} – ${fmtTime(Date.parse(offer.availableTo))}).`, ...base, params: { sortie: sortie.id, time: iso(departMs), offer: oname, from: offer.availableFrom, to: offer.availableTo } });
    }
    const nation = idx.partners.get(offer.partnerId)?.nation ?? null;
    const access = accessChecker(scenario);
    for (const [airport, role, roleCode] of [[origin, 'depart from', 'depart'], [destination, 'land at', 'land']] as const) {
      if (!airport) continue;
      const d = access(airport, offer.category, nation, departMs);
      if (!d.allowed) {
        out.push({ rule: R.accessDenied, message: `Sortie ${sortie.id}: ${offer.category.replace('_', ' ')} aircraft${nation ? ` of ${nation}` : ''} may not ${role} ${airportLabel(airport, airport.id)} at ${when} — ${d.rule?.reason ?? 'denied'}.`, ...base, airportId: airport.id, params: { sortie: sortie.id, category: offer.category, nation, role: roleCode, airport: airportLabel(airport, airport.id), time: iso(departMs), reason: d.rule?.reason ?? null } });
      }
    }
    const carried = sortie.allocations.reduce((s, a) => s + a.passengers, 0);
    if (carried > offer.seatsPerSortie) {
      out.push({ rule: R.seatsExceeded, message: `Sortie ${sortie.id} carries ${formatCount(carried)} passengers but ${label} has ${formatCount(offer.seatsPerSortie)} seats.`, ...base, params: { sortie: sortie.id, passengers: carried, offer: oname, seats: offer.seatsPerSortie } });
    }
  }

  for (const alloc of sortie.allocations) {
    const areaBase = { ...base, assemblyAreaId: alloc.assemblyAreaId };
    if (!Number.isInteger(alloc.passengers) || alloc.passengers < 0) {
      out.push({ rule: R.invalidCount, message: `Sortie ${sortie.id} allocates ${alloc.passengers} passengers from area ${alloc.assemblyAreaId}; counts must be whole and not negative.`, ...areaBase, params: { sortie: sortie.id, passengers: alloc.passengers, area: alloc.assemblyAreaId } });
    }
    const area = idx.areas.get(alloc.assemblyAreaId);
    if (!area) {
      out.push({ rule: R.unknownArea, message: `Sortie ${sortie.id} carries people from area ${alloc.assemblyAreaId}, which is not in this scenario.`, ...areaBase, params: { sortie: sortie.id, area: alloc.assemblyAreaId } });
      continue;
    }
    if (alloc.passengers === 0) continue;
    const tag = partnerOf(area);
    if (tag) {
      const nation = offer ? idx.partners.get(offer.partnerId)?.nation ?? null : null;
      const who = `nationals of ${idx.partners.get(tag.partnerId)?.name ?? tag.partnerId}`;
      if (offer && nation !== CARRIER_NATION) {
        out.push({ rule: R.partnerNotOnJapaneseLift, message: `Sortie ${sortie.id} carries ${who} (${area.name}) on ${offerLabel(offer, idx)}: partners' nationals are carried on Japan's lift only.`, ...areaBase, params: { sortie: sortie.id, partner: idx.partners.get(tag.partnerId)?.name ?? tag.partnerId, area: area.name, offer: offerName(offer, idx) } });
      }
      if (departMs < tag.fromMs || departMs > tag.toMs) {
        out.push({ rule: R.partnerOutsideWindow, message: `Sortie ${sortie.id} departs ${when} with ${who} (${area.name}), outside the window they asked for (${fmtTime(tag.fromMs)} – ${fmtTime(tag.toMs)}).`, ...areaBase, params: { sortie: sortie.id, time: iso(departMs), partner: idx.partners.get(tag.partnerId)?.name ?? tag.partnerId, area: area.name, from: iso(tag.fromMs), to: iso(tag.toMs) } });
      }
    }
    if (!origin) continue;
    const leg = groundLeg(scenario, hazards, area, origin);
    const ap = airportLabel(origin, origin.id);
    const a = { ...areaBase, airportId: origin.id };
    switch (leg.failure) {
      case 'other_country':
        out.push({ rule: R.groundOtherCountry, message: `${area.name} (${area.country}) cannot reach ${ap} (${origin.country}) by road.`, ...a, params: { area: area.name, areaCountry: area.country, airport: ap, airportCountry: origin.country } }); continue;
      case 'other_zone':
        out.push({ rule: R.groundOtherZone, message: `${area.name} is on ${area.zone} and ${ap} on ${origin.zone}: people cannot drive there.`, ...a, params: { area: area.name, areaZone: area.zone, airport: ap, airportZone: origin.zone } }); continue;
      case 'too_far':
        out.push({ rule: R.groundTooFar, message: `${area.name} is ${Math.round(leg.km)} km by road from ${ap}, beyond the ${scenario.ground.maxGroundKm} km limit.`, ...a, params: { area: area.name, km: Math.round(leg.km), airport: ap, maxKm: scenario.ground.maxGroundKm } }); continue;
      case 'hazard_crossing':
        out.push({ rule: R.groundHazardCrossing, message: `The route from ${area.name} to ${ap} crosses the hazard zone "${leg.hazard?.name ?? ''}".`, ...a, params: { area: area.name, airport: ap, zone: leg.hazard?.name ?? '' } }); continue;
    }
    // Before a partner's window opens is partner_outside_window (above), not a ground leg too short.
    if (departMs + TIME_TOLERANCE_MS < leg.readyAtMs && !(tag && departMs < tag.fromMs)) {
      out.push({ rule: R.groundTooEarly, message: `Sortie ${sortie.id} departs ${ap} at ${when}, but people from ${area.name} cannot be there before ${fmtTime(leg.readyAtMs)} (processing ${scenario.ground.processingHours} h + ${leg.travelHours.toFixed(1)} h by road).`, ...a, params: { sortie: sortie.id, airport: ap, time: iso(departMs), area: area.name, readyAt: iso(leg.readyAtMs), processingHours: scenario.ground.processingHours, roadHours: Math.round(leg.travelHours * 10) / 10 } });
    }
  }
}

function checkOfferTotals(idx: SnapshotIndex, sorties: readonly Sortie[], out: Violation[]): void {
  const byOffer = new Map<string, Sortie[]>();
  for (const s of sorties) pushTo(byOffer, s.offerId, s);
  for (const [offerId, list] of byOffer) {
    const offer = idx.offers.get(offerId);
    if (!offer) continue;
    const label = offerLabel(offer, idx);
    if (list.length > offer.sorties) {
      out.push({ rule: R.offerSortiesExceeded, message: `The plan flies ${list.length} sorties of ${label}, which offers ${offer.sorties}.`, offerId, params: { count: list.length, offer: offerName(offer, idx), offered: offer.sorties } });
    }
    // A partner flies its seat-share departures anyway: their turnaround is not the plan's to keep.
    if (isSeatShare(offer)) continue;
    // The busiest turnaround window starts at some departure: count departures in [t, t + turnaround).
    const times = list.map((s) => Date.parse(s.departAt)).filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
    const span = offer.turnaroundHours * HOUR_MS;
    let j = 0;
    for (let i = 0; i < times.length; i++) {
      if (j < i) j = i;
      while (j + 1 < times.length && times[j + 1]! < times[i]! + span) j++;
      const n = j - i + 1;
      if (n > offer.aircraftCount) {
        out.push({ rule: R.turnaroundExceeded, message: `${n} sorties of ${label} depart within ${offer.turnaroundHours} h from ${fmtTime(times[i]!)}, but it has ${offer.aircraftCount} aircraft with a ${offer.turnaroundHours} h turnaround.`, offerId, params: { count: n, offer: offerName(offer, idx), hours: offer.turnaroundHours, from: iso(times[i]!), aircraft: offer.aircraftCount } });
        break;
      }
    }
  }
}

function checkAirportHours(idx: SnapshotIndex, sorties: readonly Sortie[], out: Violation[]): void {
  const counts = new Map<string, number>();
  for (const s of sorties) {
    const t = Date.parse(s.departAt);
    if (Number.isNaN(t)) continue;
    const key = `${s.originAirportId}|${Math.floor(t / HOUR_MS)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of counts) {
    const [airportId, hour] = key.split('|') as [string, string];
    const airport = idx.airports.get(airportId);
    if (!airport || n <= airport.departuresPerHour) continue;
    out.push({ rule: R.departuresPerHourExceeded, message: `${n} sorties depart ${airportLabel(airport, airportId)} in the hour from ${fmtTime(Number(hour) * HOUR_MS)}, above its ${airport.departuresPerHour} departures per hour.`, airportId, params: { count: n, airport: airportLabel(airport, airportId), from: iso(Number(hour) * HOUR_MS), capacity: airport.departuresPerHour } });
  }
}

function checkAreas(idx: SnapshotIndex, sorties: readonly Sortie[], out: Violation[]): void {
  const allocated = new Map<string, number>();
  for (const s of sorties) {
    for (const a of s.allocations) allocated.set(a.assemblyAreaId, (allocated.get(a.assemblyAreaId) ?? 0) + a.passengers);
  }
  for (const [areaId, n] of allocated) {
    const area = idx.areas.get(areaId);
    if (!area || n <= evacuees(area)) continue;
    out.push({ rule: R.areaOverAllocated, message: `The plan moves ${formatCount(n)} people from ${area.name}, which has ${formatCount(evacuees(area))} evacuees.`, assemblyAreaId: areaId, params: { count: n, area: area.name, evacuees: evacuees(area) } });
  }
}
