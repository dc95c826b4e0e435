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
import { pushTo } from '../multimap.ts';
import {
  reasonInEnglish, remedyInEnglish, type ReasonPhrase, type RemedyPhrase, type StructuredExplanation,
} from './explain-phrases.ts';

export type { ExplainParams, ReasonCode, RemedyCode, ReasonPhrase, RemedyPhrase, StructuredExplanation } from './explain-phrases.ts';

export type BindingReason =
  | 'no_reachable_airport' | 'access_denied' | 'no_offer' | 'no_offer_in_time'
  | 'lift_exhausted' | 'departure_slots' | 'aircraft_cycles' | 'not_planned'
  /** A partner's nationals: their window closes before they can reach a departure point. */
  | 'outside_window';

export interface AreaLeftBehind extends StructuredExplanation {
  assemblyAreaId: string;
  name: string;
  country: string;
  left: number;
  leftByPriority: { p1: number; p2: number; p3: number };
  binding: BindingReason;
  /** English, from the structured fields: "3,100 left in Busan: every accepted offer that may fly from PUS, ICN is full; …" */
  reason: string;
  /** English, from the structured fields: what would free them, "+12 civil sorties of 150 seats at PUS". */
  remedy: string;
  /** A partner's nationals (partner-demand.ts): whose, and for which seat request — fewer than accepted, and why. */
  partnerId?: string;
  seatRequestId?: string;
}

export interface CountryLeftBehind extends StructuredExplanation { country: string; left: number; binding: BindingReason; reason: string; remedy: string }

export interface LeftBehind { countries: CountryLeftBehind[]; areas: AreaLeftBehind[] }

const iso = (ms: number) => new Date(ms).toISOString();
const MAX_LISTED_AIRPORTS = 4;

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
      ? {
        binding: 'outside_window',
        reason: [{ code: 'outside_window', params: { from: iso(tag.fromMs), to: iso(tag.toMs), airportId: all[0]!.airport.id, airport: airportLabel(all[0]!.airport, all[0]!.airport.id) } }],
        remedy: [{ code: 'later_window', params: {} }],
      }
      : legs.length === 0
        ? unreachable(snapshot, area, hazards)
        : explainReachable(legs.map((l) => forPartner(factsFor(l.airport))), used, left);
    const structured = structure(explained);
    areas.push({
      assemblyAreaId: area.id, name: area.name, country: area.country, left,
      leftByPriority: { p1, p2, p3: left - p1 - p2 },
      binding: explained.binding,
      reason: `${formatCount(left)} left in ${area.name}: ${reasonInEnglish(structured)}`,
      remedy: remedyInEnglish(structured),
      ...structured,
      ...(tag ? { partnerId: tag.partnerId, seatRequestId: tag.requestId } : {}),
    });
  }
  areas.sort((a, b) => b.left - a.left || a.name.localeCompare(b.name));
  return { countries: byCountry(areas), areas };
}

/** The binding constraint, the clauses that say why (the first binds) and the ways out (the first is the main one). */
interface Explained { binding: BindingReason; reason: [ReasonPhrase, ...ReasonPhrase[]]; remedy: [RemedyPhrase, ...RemedyPhrase[]] }

function structure(e: Explained): StructuredExplanation {
  const [main, ...notes] = e.reason;
  const [fix, ...alternatives] = e.remedy;
  return {
    reasonCode: main.code, reasonParams: main.params, reasonNotes: notes,
    remedyCode: fix.code, remedyParams: fix.params, remedyAlternatives: alternatives,
  };
}

/** Up to four airport codes and how many more. */
function whereParams(names: string[]): { airports: string[]; moreAirports: number } {
  return { airports: names.slice(0, MAX_LISTED_AIRPORTS), moreAirports: Math.max(0, names.length - MAX_LISTED_AIRPORTS) };
}

function unreachable(snapshot: PlanningSnapshot, area: AssemblyArea, hazards: ReturnType<typeof buildCandidates>['reach']['hazards']): Explained {
  const { scenario } = snapshot;
  const zoneAirports = snapshot.airports.filter((a) => a.country === area.country && a.zone === area.zone);
  if (zoneAirports.length === 0) {
    return { binding: 'no_reachable_airport', reason: [{ code: 'no_airport_in_zone', params: { zone: area.zone } }], remedy: [{ code: 'sea_or_helicopter', params: {} }] };
  }
  const notes: ReasonPhrase[] = [];
  let nearestClosed: Airport | undefined;
  for (const airport of zoneAirports) {
    const leg = groundLeg(scenario, hazards, area, airport);
    const closure = airportClosure(scenario, hazards, airport);
    const at = { airportId: airport.id, airport: airportLabel(airport, airport.id) };
    if (leg.failure === 'too_far') continue;
    if (leg.failure === 'hazard_crossing') notes.push({ code: 'road_hazard', params: { ...at, hazard: leg.hazard?.name ?? null } });
    else if (closure) {
      notes.push(closure.kind === 'status' ? { code: 'airport_closed', params: at } : { code: 'airport_in_hazard', params: { ...at, hazard: closure.zone.name } });
      nearestClosed ??= airport;
    } else notes.push({ code: 'out_of_reach', params: { ...at, horizonHours: scenario.horizonHours } });
  }
  const [first, ...rest] = notes.length > 0 ? notes : [{ code: 'no_airport_within_km', params: { km: scenario.ground.maxGroundKm } } as ReasonPhrase];
  return {
    binding: 'no_reachable_airport', reason: [first!, ...rest],
    remedy: [nearestClosed
      ? { code: 'reopen_airport', params: { airportId: nearestClosed.id, airport: airportLabel(nearestClosed, nearestClosed.id) } }
      : { code: 'nearer_airport', params: { km: scenario.ground.maxGroundKm } }],
  };
}

function explainReachable(facts: AirportFacts[], used: Map<string, number>, left: number): Explained {
  const where = whereParams(facts.map((f) => airportLabel(f.airport, f.airport.id)));
  const serving = new Map<string, OfferCandidate>();
  for (const f of facts) for (const o of f.serving) serving.set(o.offer.id, o);
  const denied = new Map<string, { offer: LiftOffer; decision: AccessDecision }>();
  for (const f of facts) for (const d of f.denied) denied.set(d.offer.id, d);
  const deniedNotes: ReasonPhrase[] = [...denied.values()].slice(0, 3).map(({ offer, decision }) => ({
    code: 'offer_denied',
    params: {
      offerId: offer.id, category: offer.category, aircraftType: offer.aircraftType, sorties: offer.sorties, ...where,
      ...(decision.rule ? { ruleId: decision.rule.id, ruleReason: decision.rule.reason } : {}),
    },
  }));
  const best = [...facts].sort((a, b) => b.airport.departuresPerHour - a.airport.departuresPerHour)[0]!;
  const servingSeats = [...serving.values()].map((o) => o.offer.seatsPerSortie);
  const seats = servingSeats.length > 0 ? Math.max(...servingSeats) : 150;
  const category = [...serving.values()][0]?.offer.category ?? 'civil';
  const more: RemedyPhrase = {
    code: 'more_sorties',
    params: { sorties: Math.ceil(left / seats), category, seats, airportId: best.airport.id, airport: airportLabel(best.airport, best.airport.id) },
  };
  const pending = facts.flatMap((f) => f.pending);
  const accept: RemedyPhrase[] = pending.length > 0 ? [{ code: 'accept_offer', params: { offerId: pending[0]!.id, aircraftType: pending[0]!.aircraftType } }] : [];

  if (serving.size === 0) {
    const late = facts.flatMap((f) => f.late);
    const binding: BindingReason = denied.size > 0 ? 'access_denied' : late.length > 0 ? 'no_offer_in_time' : 'no_offer';
    const reason: Explained['reason'] = binding === 'access_denied' ? [deniedNotes[0]!, ...deniedNotes.slice(1)]
      : [{ code: binding === 'no_offer_in_time' ? 'no_offer_in_time' : 'no_offer', params: { ...where } }];
    return { binding, reason, remedy: accept.length > 0 ? [accept[0]!, more] : [more] };
  }
  const all = [...serving.values()];
  const full = all.filter((o) => (used.get(o.offer.id) ?? 0) >= o.offer.sorties);
  const saturated = facts.filter((f) => f.saturated.length > 0).sort((a, b) => b.saturated.length - a.saturated.length);
  let binding: BindingReason;
  let main: ReasonPhrase;
  let remedy: Explained['remedy'];
  if (full.length === all.length) {
    binding = 'lift_exhausted';
    main = { code: 'lift_exhausted', params: { ...where, offers: all.length, sorties: all.reduce((s, o) => s + o.offer.sorties, 0) } };
    remedy = [more];
  } else if (saturated.length > 0 && saturated[0]!.saturated.length >= 3) {
    binding = 'departure_slots';
    const s = saturated[0]!;
    const at = { airportId: s.airport.id, airport: airportLabel(s.airport, s.airport.id) };
    main = {
      code: 'departure_slots',
      params: { ...at, from: iso(s.saturated[0]!), to: iso(s.saturated.at(-1)! + HOUR_MS), hours: s.saturated.length, perHour: s.airport.departuresPerHour },
    };
    remedy = [{ code: 'more_departures', params: { ...at, perHour: Math.ceil(left / seats / Math.max(1, s.saturated.length)) } }, more];
  } else {
    binding = 'aircraft_cycles';
    const aircraft = all.filter((o) => !full.includes(o)).slice(0, 3).map((o) => ({
      offerId: o.offer.id, aircraftType: o.offer.aircraftType, aircraftCount: o.offer.aircraftCount,
      turnaroundHours: o.offer.turnaroundHours, used: used.get(o.offer.id) ?? 0, sorties: o.offer.sorties,
    }));
    main = { code: 'aircraft_cycles', params: { ...where, aircraft } };
    remedy = [{ code: 'more_aircraft', params: {} }, more];
  }
  return { binding, reason: [main, ...deniedNotes], remedy: [...remedy, ...accept] };
}

function byCountry(areas: AreaLeftBehind[]): CountryLeftBehind[] {
  const groups = new Map<string, AreaLeftBehind[]>();
  for (const a of areas) pushTo(groups, a.country, a);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([country, list]) => {
    const left = list.reduce((s, a) => s + a.left, 0);
    const weight = new Map<BindingReason, number>();
    for (const a of list) weight.set(a.binding, (weight.get(a.binding) ?? 0) + a.left);
    const binding = [...weight].sort((a, b) => b[1] - a[1])[0]![0];
    const top = list.find((a) => a.binding === binding)!;
    const reasonNotes: ReasonPhrase[] = [...top.reasonNotes, ...(list.length > 1 ? [{ code: 'country_areas' as const, params: { areas: list.length, largest: top.name } }] : [])];
    // Scale the area's "+N sorties" (or "+N departures per hour") to the whole country.
    const scale = (n: number | undefined) => Math.ceil(((n ?? 0) * left) / top.left);
    const p = top.remedyParams;
    const remedyParams = top.remedyCode === 'more_sorties' ? { ...p, sorties: scale(p.sorties) }
      : top.remedyCode === 'more_departures' ? { ...p, perHour: scale(p.perHour) } : p;
    const structured: StructuredExplanation = {
      reasonCode: top.reasonCode, reasonParams: top.reasonParams, reasonNotes,
      remedyCode: top.remedyCode, remedyParams, remedyAlternatives: top.remedyAlternatives,
    };
    return {
      country, left, binding,
      reason: `${formatCount(left)} left in ${country}: ${reasonInEnglish(structured)}`,
      remedy: remedyInEnglish(structured),
      ...structured,
    };
  });
}
