import type { Airport, AssemblyArea, LiftOffer } from '../../schemas/domain.ts';
import { accessChecker, type AccessDecision } from '../rules/access.ts';
import { buildCandidates, type OfferCandidate } from '../solve/candidates.ts';
import { airportClosure, groundLeg } from '../rules/ground.ts';
import { slotMs } from '../rules/reach.ts';
import { splitByPriority } from './score.ts';
import { expandSeatShares } from '../solve/seat-shares.ts';
import { CARRIER_NATION, partnerOf } from '../partner-demand.ts';
import {
  HOUR_MS, airportLabel, evacuees, formatCount, indexSnapshot, toMs, type PlanInput, type PlanningSnapshot,
} from '../snapshot.ts';

export type BindingReason =
  | 'no_reachable_airport' | 'access_denied' | 'no_offer' | 'no_offer_in_time'
  | 'lift_exhausted' | 'departure_slots' | 'aircraft_cycles' | 'not_planned'
  /** A partner's nationals: their window closes before they can reach a departure point. */
  | 'outside_window';

export interface AreaLeftBehind {
  assemblyAreaId: string;
  name: string;
  country: string;
  left: number;
  leftByPriority: { p1: number; p2: number; p3: number };
  binding: BindingReason;
  /** "3,100 left in Busan: every accepted offer that may fly from PUS, ICN is full; …" */
  reason: string;
  /** What would free them: "+12 civil sorties at PUS". */
  remedy: string;
  /** A partner's nationals (partner-demand.ts): whose, and for which seat request — fewer than accepted, and why. */
  partnerId?: string;
  seatRequestId?: string;
}

export interface CountryLeftBehind { country: string; left: number; binding: BindingReason; reason: string; remedy: string }

export interface LeftBehind { countries: CountryLeftBehind[]; areas: AreaLeftBehind[] }

const CATEGORY = { sdf: 'SDF', foreign_military: 'foreign military', civil: 'civil' } as const;
const fmtHour = (ms: number) => new Date(ms).toISOString().slice(11, 16);
const fmtDay = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + 'Z';

interface AirportFacts {
  airport: Airport;
  serving: OfferCandidate[];
  denied: { offer: LiftOffer; decision: AccessDecision }[];
  late: LiftOffer[];
  pending: LiftOffer[];
  saturated: number[];
}

/** For every area (and country) with people not planned: the constraint that binds and what would free them. */
export function explainLeftBehind(given: PlanningSnapshot, givenPlan: PlanInput): LeftBehind {
  // Seat shares are explained as the matcher plans them: one single-sortie offer per departure.
  const share = expandSeatShares(given);
  const snapshot = share.snapshot;
  const plan: PlanInput = { sorties: share.toExpanded(givenPlan.sorties) };
  const idx = indexSnapshot(snapshot);
  const c = buildCandidates(snapshot);
  const { grid, hazards } = c.reach;
  const access = accessChecker(snapshot.scenario);
  const split = splitByPriority(snapshot, plan);
  const used = new Map<string, number>();
  const departures = new Map<string, number>();
  for (const s of plan.sorties) {
    used.set(s.offerId, (used.get(s.offerId) ?? 0) + 1);
    const key = `${s.originAirportId}|${Math.floor(toMs(s.departAt) / HOUR_MS)}`;
    departures.set(key, (departures.get(key) ?? 0) + 1);
  }
  const horizonEnd = slotMs(grid, grid.slots - 1);
  const facts = new Map<string, AirportFacts>();
  const factsFor = (airport: Airport): AirportFacts => {
    const known = facts.get(airport.id);
    if (known) return known;
    const f: AirportFacts = { airport, serving: [], denied: [], late: [], pending: [], saturated: [] };
    f.serving = c.offers.filter((o) => o.slotsByOrigin.has(airport.id));
    for (const offer of snapshot.offers) {
      if (!offer.originAirportIds.includes(airport.id) || f.serving.some((o) => o.offer === offer)) continue;
      if (offer.status === 'submitted') { f.pending.push(offer); continue; }
      if (offer.status !== 'accepted') continue;
      const from = Math.max(toMs(offer.availableFrom), grid.t0Ms);
      const to = Math.min(toMs(offer.availableTo), horizonEnd);
      if (from > to) { f.late.push(offer); continue; }
      const nation = idx.partners.get(offer.partnerId)?.nation ?? null;
      const dest = idx.airports.get(offer.destinationAirportId);
      const d = access(airport, offer.category, nation, from);
      const dd = dest ? access(dest, offer.category, nation, from) : { allowed: false };
      if (!d.allowed || !dd.allowed) f.denied.push({ offer, decision: d.allowed ? dd : d });
    }
    for (let h = 0; h < grid.slots; h++) {
      const n = departures.get(`${airport.id}|${Math.floor(slotMs(grid, h) / HOUR_MS)}`) ?? 0;
      if (airport.departuresPerHour > 0 && n >= airport.departuresPerHour) f.saturated.push(slotMs(grid, h));
    }
    facts.set(airport.id, f);
    return f;
  };

  const areas: AreaLeftBehind[] = [];
  for (const area of snapshot.areas) {
    const d = split.get(area.id);
    const outN = d ? d.out[0] + d.out[1] + d.out[2] : 0;
    const left = evacuees(area) - outN;
    if (left <= 0) continue;
    const ev = [area.priority1, area.priority2];
    const p1 = Math.max(0, Math.min(ev[0]!, evacuees(area)) - (d?.out[0] ?? 0));
    const p2 = Math.max(0, Math.min(ev[1]!, evacuees(area) - Math.min(ev[0]!, evacuees(area))) - (d?.out[1] ?? 0));
    const tag = partnerOf(area);
    const all = (c.reach.legsByArea.get(area.id) ?? []).filter((l) => l.readySlot < grid.slots);
    const legs = tag ? all.filter((l) => slotMs(grid, l.readySlot) <= tag.toMs) : all;
    // A partner's nationals fly on Japan's lift only: the other offers are no reason and no remedy for them.
    const japanese = (o: LiftOffer) => idx.partners.get(o.partnerId)?.nation === CARRIER_NATION;
    const forPartner = (f: AirportFacts): AirportFacts => (!tag ? f : {
      ...f, serving: f.serving.filter((o) => japanese(o.offer)), denied: f.denied.filter((d) => japanese(d.offer)),
      late: f.late.filter(japanese), pending: f.pending.filter(japanese),
    });
    const explained: Explained = tag && all.length > 0 && legs.length === 0
      ? { binding: 'outside_window', reason: `the window asked for (${fmtDay(tag.fromMs)} – ${fmtDay(tag.toMs)}) closes before they can reach ${airportLabel(all[0]!.airport, all[0]!.airport.id)}`, remedy: 'a later window end, or a place nearer a port or airport' }
      : legs.length === 0
        ? unreachable(snapshot, area, hazards)
        : explainReachable(legs.map((l) => forPartner(factsFor(l.airport))), used, left);
    areas.push({
      assemblyAreaId: area.id, name: area.name, country: area.country, left,
      leftByPriority: { p1, p2, p3: left - p1 - p2 },
      binding: explained.binding,
      reason: `${formatCount(left)} left in ${area.name}: ${explained.reason}`,
      remedy: explained.remedy,
      ...(tag ? { partnerId: tag.partnerId, seatRequestId: tag.requestId } : {}),
    });
  }
  areas.sort((a, b) => b.left - a.left || a.name.localeCompare(b.name));
  return { countries: byCountry(areas), areas };
}

interface Explained { binding: BindingReason; reason: string; remedy: string }

function unreachable(snapshot: PlanningSnapshot, area: AssemblyArea, hazards: ReturnType<typeof buildCandidates>['reach']['hazards']): Explained {
  const { scenario } = snapshot;
  const zoneAirports = snapshot.airports.filter((a) => a.country === area.country && a.zone === area.zone);
  if (zoneAirports.length === 0) {
    return { binding: 'no_reachable_airport', reason: `no airport on ${area.zone}; people cannot leave it by road`, remedy: 'sea lift or helicopters to an airport on another landmass' };
  }
  const notes: string[] = [];
  let nearestClosed: Airport | undefined;
  for (const airport of zoneAirports) {
    const leg = groundLeg(scenario, hazards, area, airport);
    const closure = airportClosure(scenario, hazards, airport);
    const name = airportLabel(airport, airport.id);
    if (leg.failure === 'too_far') continue;
    if (leg.failure === 'hazard_crossing') notes.push(`the road to ${name} crosses "${leg.hazard?.name ?? 'a hazard zone'}"`);
    else if (closure) {
      notes.push(closure.kind === 'status' ? `${name} is closed` : `${name} lies in "${closure.zone.name}"`);
      nearestClosed ??= airport;
    } else notes.push(`${name} is out of reach within the ${scenario.horizonHours} h horizon`);
  }
  if (notes.length === 0) notes.push(`no open airport within ${scenario.ground.maxGroundKm} km by road`);
  return {
    binding: 'no_reachable_airport', reason: notes.join('; '),
    remedy: nearestClosed ? `reopen ${airportLabel(nearestClosed, nearestClosed.id)}` : `an airport within ${scenario.ground.maxGroundKm} km, or a longer ground move`,
  };
}

function explainReachable(facts: AirportFacts[], used: Map<string, number>, left: number): Explained {
  const names = facts.map((f) => airportLabel(f.airport, f.airport.id));
  const where = names.slice(0, 4).join(', ') + (names.length > 4 ? ` and ${names.length - 4} more` : '');
  const serving = new Map<string, OfferCandidate>();
  for (const f of facts) for (const o of f.serving) serving.set(o.offer.id, o);
  const notes: string[] = [];
  const denied = new Map<string, { offer: LiftOffer; reason: string }>();
  for (const f of facts) for (const d of f.denied) denied.set(d.offer.id, { offer: d.offer, reason: d.decision.rule?.reason ?? 'denied' });
  const deniedText = [...denied.values()].slice(0, 3).map(({ offer, reason }) =>
    `${CATEGORY[offer.category]} ${offer.aircraftType} ×${offer.sorties} denied at ${where} (${reason})`);
  const best = [...facts].sort((a, b) => b.airport.departuresPerHour - a.airport.departuresPerHour)[0]!;
  const bestName = airportLabel(best.airport, best.airport.id);
  const servingSeats = [...serving.values()].map((o) => o.offer.seatsPerSortie);
  const seats = servingSeats.length > 0 ? Math.max(...servingSeats) : 150;
  const category = [...serving.values()][0]?.offer.category ?? 'civil';
  const more = `+${Math.ceil(left / seats)} ${CATEGORY[category]} sorties of ${seats} seats at ${bestName}`;
  const pending = facts.flatMap((f) => f.pending);

  if (serving.size === 0) {
    const late = facts.flatMap((f) => f.late);
    const binding: BindingReason = denied.size > 0 ? 'access_denied' : late.length > 0 ? 'no_offer_in_time' : 'no_offer';
    if (binding === 'access_denied') notes.push(...deniedText);
    else if (binding === 'no_offer_in_time') notes.push(`no accepted offer flies from ${where} within the horizon`);
    else notes.push(`no accepted offer flies from ${where}`);
    const remedy = pending.length > 0
      ? `accept ${pending[0]!.aircraftType} offer ${pending[0]!.id} (submitted), or ${more}`
      : more;
    return { binding, reason: notes.join('; '), remedy };
  }
  const all = [...serving.values()];
  const full = all.filter((o) => (used.get(o.offer.id) ?? 0) >= o.offer.sorties);
  const saturated = facts.filter((f) => f.saturated.length > 0).sort((a, b) => b.saturated.length - a.saturated.length);
  let binding: BindingReason;
  let remedy = more;
  if (full.length === all.length) {
    binding = 'lift_exhausted';
    notes.push(`every accepted offer that may fly from ${where} is full (${all.length} offer${all.length > 1 ? 's' : ''}, ${formatCount(all.reduce((s, o) => s + o.offer.sorties, 0))} sorties)`);
  } else if (saturated.length > 0 && saturated[0]!.saturated.length >= 3) {
    binding = 'departure_slots';
    const s = saturated[0]!;
    notes.push(`${airportLabel(s.airport, s.airport.id)} departures saturated ${fmtHour(s.saturated[0]!)}–${fmtHour(s.saturated.at(-1)! + HOUR_MS)} (${s.saturated.length} h at ${s.airport.departuresPerHour}/h)`);
    remedy = `+${Math.ceil(left / seats / Math.max(1, s.saturated.length))} departures per hour at ${airportLabel(s.airport, s.airport.id)}, or ${more} elsewhere`;
  } else {
    binding = 'aircraft_cycles';
    const notFull = all.filter((o) => !full.includes(o)).slice(0, 3)
      .map((o) => `${o.offer.aircraftType} ×${o.offer.aircraftCount} (${o.offer.turnaroundHours} h turnaround, ${used.get(o.offer.id) ?? 0}/${o.offer.sorties} sorties)`);
    notes.push(`the aircraft that may fly from ${where} cannot cycle more within the horizon: ${notFull.join(', ')}`);
    remedy = `more aircraft on those offers, or ${more}`;
  }
  if (deniedText.length > 0) notes.push(...deniedText);
  if (pending.length > 0) remedy += `; or accept offer ${pending[0]!.id} (${pending[0]!.aircraftType}, submitted)`;
  return { binding, reason: notes.join('; '), remedy };
}

function byCountry(areas: AreaLeftBehind[]): CountryLeftBehind[] {
  const groups = new Map<string, AreaLeftBehind[]>();
  for (const a of areas) groups.set(a.country, [...(groups.get(a.country) ?? []), a]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([country, list]) => {
    const left = list.reduce((s, a) => s + a.left, 0);
    const weight = new Map<BindingReason, number>();
    for (const a of list) weight.set(a.binding, (weight.get(a.binding) ?? 0) + a.left);
    const binding = [...weight].sort((a, b) => b[1] - a[1])[0]![0];
    const top = list.find((a) => a.binding === binding)!;
    const reason = `${formatCount(left)} left in ${country}: ${top.reason.slice(top.reason.indexOf(': ') + 2)}`
      + (list.length > 1 ? ` (${list.length} areas; largest ${top.name})` : '');
    // Scale the area's "+N sorties" to the whole country.
    const remedy = top.remedy.replace(/^\+(\d+)/, (_m, n: string) => `+${Math.ceil((Number(n) * left) / top.left)}`);
    return { country, left, binding, reason, remedy };
  });
}
