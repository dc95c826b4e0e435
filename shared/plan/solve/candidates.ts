import type { LiftOffer, Sortie } from '../../schemas/domain.ts';
import { accessChecker } from '../rules/access.ts';
import { computeReach, slotMs, type Reach, type ReachLeg } from '../rules/reach.ts';
import { HOUR_MS, priorityCounts, toMs, type PlanningSnapshot } from '../snapshot.ts';
import { pushTo } from '../multimap.ts';
import { CARRIER_NATION, inWindow } from '../partner-demand.ts';

/** An accepted offer with the departure slots it may use, per origin, after locked sorties. */
export interface OfferCandidate {
  offer: LiftOffer;
  nation: string | null;
  /** Sorties still available after the locked ones. */
  sortiesLeft: number;
  /** Turnaround window in slots: departures h and h' share a window iff |h − h'| < windowSlots. */
  windowSlots: number;
  lockedDepartures: number[];
  /** originAirportId → allowed departure slots, ascending. */
  slotsByOrigin: Map<string, number[]>;
}

/** `japanese`: the sortie's offer is Japan's lift, so its free seats may carry partners' nationals too. */
export interface LockedSeats { sortieIndex: number; free: number; japanese: boolean }

export interface AreaRemaining { total: number; p1: number; p2: number }

/** An area's people left, per priority. */
export const leftByPriority = (r: AreaRemaining): [number, number, number] => [r.p1, r.p2, r.total - r.p1 - r.p2];

/**
 * The reachable part of the scenario both planners work on: only area → airport legs that exist,
 * only (offer, origin, slot) combinations that are allowed and have someone to carry.
 */
export interface Candidates {
  snapshot: PlanningSnapshot;
  reach: Reach;
  offers: OfferCandidate[];
  /** `${airportId}|${slot}` → departures still allowed in that clock hour. */
  capacity: Map<string, number>;
  /** Fixed sorties whole, then locked sorties stripped to their locked allocations; kept as they are. */
  locked: Sortie[];
  /** Ids of the fixed sorties among `locked`: nobody is added to them. */
  fixedIds: Set<string>;
  /** Offers of Japan's lift: the only ones that carry partners' nationals (partner-demand.ts). */
  japaneseOffers: Set<string>;
  /** `${airportId}|${slot}` → free seats on locked sorties boardable by people ready at that slot. */
  lockedSeats: Map<string, LockedSeats[]>;
  remaining: Map<string, AreaRemaining>;
  /** Per usable origin airport: legs of areas with people left, reachable within the grid. */
  legs: Map<string, ReachLeg[]>;
}

export const slotKey = (airportId: string, slot: number): string => `${airportId}|${slot}`;

/** Keeps each sortie that holds a locked allocation, with its locked allocations only. */
export function lockedPart(sorties: readonly Sortie[] | undefined): Sortie[] {
  return (sorties ?? [])
    .map((s) => ({ ...s, allocations: s.allocations.filter((a) => a.locked) }))
    .filter((s) => s.allocations.length > 0);
}

/** What a re-plan keeps beyond locked allocations (see MatchOptions.fixedSorties / notBefore). */
export interface KeptPart {
  /** Sorties kept whole, exactly as they are (departed, or confirmed by their partner). */
  fixedSorties?: readonly Sortie[];
  /** No new sortie departs before this instant (ms). */
  notBeforeMs?: number;
}

export function buildCandidates(snapshot: PlanningSnapshot, lockedSorties?: readonly Sortie[], keep: KeptPart = {}): Candidates {
  const reach = computeReach(snapshot);
  const { grid } = reach;
  const fixed = (keep.fixedSorties ?? []).map((s) => ({ ...s, allocations: s.allocations.map((a) => ({ ...a })) }));
  const fixedIds = new Set(fixed.map((s) => s.id));
  const locked = [...fixed, ...lockedPart(lockedSorties).filter((s) => !fixedIds.has(s.id))];
  const slotOf = (ms: number) => Math.floor((ms - grid.t0Ms) / HOUR_MS);
  const firstSlot = keep.notBeforeMs === undefined ? 0 : Math.max(0, Math.ceil((keep.notBeforeMs - grid.t0Ms) / HOUR_MS - 1e-9));

  const remaining = new Map<string, AreaRemaining>();
  for (const area of snapshot.areas) {
    const [p1, p2, p3] = priorityCounts(area);
    remaining.set(area.id, { total: p1 + p2 + p3, p1, p2 });
  }
  const capacity = new Map<string, number>();
  const lockedSeats = new Map<string, LockedSeats[]>();
  const lockedByOffer = new Map<string, number[]>();
  const offersById = new Map(snapshot.offers.map((o) => [o.id, o]));
  const nations = new Map(snapshot.partners.map((p) => [p.id, p.nation]));
  const japaneseOffers = new Set(snapshot.offers.filter((o) => nations.get(o.partnerId) === CARRIER_NATION).map((o) => o.id));
  locked.forEach((s, sortieIndex) => {
    const t = toMs(s.departAt);
    const slot = slotOf(t);
    const airport = reach.usable.get(s.originAirportId);
    if (airport) {
      const key = slotKey(airport.id, slot);
      capacity.set(key, (capacity.get(key) ?? airport.departuresPerHour) - 1);
    }
    pushTo(lockedByOffer, s.offerId, t);
    // The convention "earliest seats carry priority 1" makes locked passengers count against p1 first.
    for (const a of s.allocations) {
      const r = remaining.get(a.assemblyAreaId);
      if (!r) continue;
      const n = Math.min(a.passengers, r.total);
      const from1 = Math.min(n, r.p1);
      const from2 = Math.min(n - from1, r.p2);
      remaining.set(a.assemblyAreaId, { total: r.total - n, p1: r.p1 - from1, p2: r.p2 - from2 });
    }
    const offer = offersById.get(s.offerId);
    const free = offer ? offer.seatsPerSortie - s.allocations.reduce((n, a) => n + a.passengers, 0) : 0;
    // A fixed sortie has flown (or is promised) as it is: its empty seats are not seats any more.
    if (airport && free > 0 && !fixedIds.has(s.id) && slot >= 0 && slot < grid.slots && t >= slotMs(grid, slot)) {
      const key = slotKey(airport.id, slot);
      pushTo(lockedSeats, key, { sortieIndex, free, japanese: japaneseOffers.has(s.offerId) });
    }
  });

  const legs = new Map<string, ReachLeg[]>();
  for (const [airportId, list] of reach.legsByAirport) {
    // A partner's nationals ready only after their window closed cannot be carried from here.
    const live = list.filter((l) => l.readySlot < grid.slots && (remaining.get(l.area.id)?.total ?? 0) > 0
      && inWindow(l.area, Math.max(l.readyAtMs, slotMs(grid, l.readySlot))));
    if (live.length > 0) legs.set(airportId, live);
  }

  const access = accessChecker(snapshot.scenario);
  const partners = new Map(snapshot.partners.map((p) => [p.id, p]));
  const offers: OfferCandidate[] = [];
  for (const offer of snapshot.offers) {
    if (offer.status !== 'accepted') continue;
    const lockedDepartures = (lockedByOffer.get(offer.id) ?? []).sort((a, b) => a - b);
    const sortiesLeft = offer.sorties - lockedDepartures.length;
    const destination = reach.usable.get(offer.destinationAirportId);
    if (sortiesLeft <= 0 || !destination) continue;
    const nation = partners.get(offer.partnerId)?.nation ?? null;
    const from = Math.max(0, Math.ceil((toMs(offer.availableFrom) - grid.t0Ms) / HOUR_MS));
    const to = Math.min(grid.slots - 1, slotOf(toMs(offer.availableTo)));
    const slotsByOrigin = new Map<string, number[]>();
    for (const originId of new Set(offer.originAirportIds)) {
      const origin = reach.usable.get(originId);
      const originLegs = legs.get(originId);
      if (!origin || !originLegs || origin.departuresPerHour <= 0) continue;
      const firstReady = Math.min(...originLegs.map((l) => l.readySlot));
      const slots: number[] = [];
      for (let h = Math.max(from, firstReady, firstSlot); h <= to; h++) {
        const t = slotMs(grid, h);
        if ((capacity.get(slotKey(originId, h)) ?? origin.departuresPerHour) <= 0) continue;
        if (!access(origin, offer.category, nation, t).allowed) continue;
        if (!access(destination, offer.category, nation, t).allowed) continue;
        slots.push(h);
      }
      if (slots.length > 0) slotsByOrigin.set(originId, slots);
    }
    if (slotsByOrigin.size === 0) continue;
    offers.push({
      offer, nation, sortiesLeft, lockedDepartures, slotsByOrigin,
      windowSlots: Math.max(1, Math.ceil(offer.turnaroundHours - 1e-9)),
    });
  }
  return { snapshot, reach, offers, capacity, locked, fixedIds, japaneseOffers, lockedSeats, remaining, legs };
}

export function capacityAt(c: Candidates, airportId: string, slot: number): number {
  return c.capacity.get(slotKey(airportId, slot)) ?? c.reach.usable.get(airportId)?.departuresPerHour ?? 0;
}

/** Locked departures of an offer inside the window [slot start, slot start + turnaround). */
export function lockedInWindow(o: OfferCandidate, startMs: number): number {
  const end = startMs + o.offer.turnaroundHours * HOUR_MS;
  return o.lockedDepartures.filter((t) => t >= startMs && t < end).length;
}
