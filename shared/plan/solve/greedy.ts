import type { Sortie } from '../../schemas/domain.ts';
import {
  buildCandidates, capacityAt, slotKey, type Candidates, type KeptPart, type OfferCandidate,
} from './candidates.ts';
import { slotMs, type ReachLeg } from '../rules/reach.ts';
import type { PlanInput, PlanningSnapshot } from '../snapshot.ts';
import { maxInWindow, withDeparture } from '../rules/turnaround.ts';
import { pushTo } from '../multimap.ts';
import { expandSeatShares } from './seat-shares.ts';
import { CARRIER_NATION, inWindow, partnerOf } from '../partner-demand.ts';

interface AreaLeft { p: [number, number, number] }
interface WaitingLeg { leg: ReachLeg; a: AreaLeft; partner: boolean }

/**
 * The baseline a crisis cell would do by hand: hour by hour, fly every aircraft that can leave
 * an airport where people are waiting (largest first), and fill its seats priority 1 first,
 * nearest area first. It never looks ahead, so it spends sorties on half-empty early flights.
 */
export function greedyPlan(snapshot: PlanningSnapshot, lockedSorties?: readonly Sortie[], keep?: KeptPart): PlanInput {
  const share = expandSeatShares(snapshot);
  const kept = keep && { ...keep, fixedSorties: share.toExpanded(keep.fixedSorties) };
  return share.restore(greedyFromCandidates(buildCandidates(share.snapshot, share.toExpanded(lockedSorties), kept)));
}

export function newSortieId(prefix: string, taken: Set<string>): () => string {
  let n = 0;
  return () => {
    let id: string;
    do id = `${prefix}-${String(++n).padStart(4, '0')}`; while (taken.has(id));
    taken.add(id);
    return id;
  };
}

export function greedyFromCandidates(c: Candidates): PlanInput {
  const { grid } = c.reach;
  const sorties: Sortie[] = c.locked.map((s) => ({ ...s, allocations: s.allocations.map((a) => ({ ...a })) }));
  const nextId = newSortieId('g', new Set(sorties.map((s) => s.id)));
  const left = new Map<string, AreaLeft>();
  for (const [id, r] of c.remaining) left.set(id, { p: [r.p1, r.p2, r.total - r.p1 - r.p2] });

  const bySlot = new Map<number, Map<string, OfferCandidate[]>>();
  for (const o of c.offers) {
    for (const [originId, slots] of o.slotsByOrigin) {
      for (const h of slots) {
        const at = bySlot.get(h) ?? new Map<string, OfferCandidate[]>();
        pushTo(at, originId, o);
        bySlot.set(h, at);
      }
    }
  }
  for (const at of bySlot.values()) {
    for (const list of at.values()) list.sort((a, b) => b.offer.seatsPerSortie - a.offer.seatsPerSortie || a.offer.id.localeCompare(b.offer.id));
  }
  const flown = new Map<string, number>();
  const departures = new Map<string, number[]>(c.offers.map((o) => [o.offer.id, o.lockedDepartures]));
  const used = new Map<string, number>();
  const airports = [...c.legs.keys()].sort();
  // Per airport its legs nearest first, each with its area's people left; areas never refill, so
  // a leg whose area is empty is dropped for good the next time the list is walked.
  const nearestFirst = new Map([...c.legs].map(([id, legs]) => [id, [...legs]
    .sort((a, b) => a.km - b.km || (a.area.id < b.area.id ? -1 : 1))
    .map((leg) => ({ leg, a: left.get(leg.area.id)!, partner: partnerOf(leg.area) !== undefined }))]));

  // first[p]: waiting legs before it have no priority-p people left (boarding drains them in
  // order), so each sortie scans from there instead of from the nearest area again.
  let first = [0, 0, 0];
  // Partners' nationals board only Japanese sorties (`japanese`); returns [everyone boarded, of them partners'].
  const board = (waiting: WaitingLeg[], seats: number, sortie: Sortie, japanese: boolean): [number, number] => {
    let free = seats;
    let partners = 0;
    // A sortie without locked allocations is open to every area (canBoard scans its allocations).
    const open = !sortie.allocations.some((a) => a.locked);
    for (let p = 0; p < 3 && free > 0; p++) {
      for (let i = first[p]!; i < waiting.length; i++) {
        const { leg, a, partner } = waiting[i]!;
        const n = Math.min(free, a.p[p]!);
        if (n > 0 && (japanese || !partner) && (open || canBoard(sortie, leg.area.id))) {
          a.p[p]! -= n;
          free -= n;
          if (partner) partners += n;
          addPassengers(sortie, leg.area.id, n);
        }
        if (a.p[p] === 0 && i === first[p]) first[p] = i + 1;
        if (free === 0) break;
      }
    }
    return [seats - free, partners];
  };
  const japaneseOffer = (id: string) => c.japaneseOffers.has(id);

  for (let h = 0; h < grid.slots; h++) {
    const t = slotMs(grid, h);
    const at = bySlot.get(h);
    for (const airportId of airports) {
      const key = slotKey(airportId, h);
      const lockedSeats = c.lockedSeats.get(key) ?? [];
      // Only offers that can still fly here now: most have spent their sorties long before the
      // horizon ends, and the waiting list below costs a pass over every leg of the airport.
      const offers = lockedSeats.length > 0 || capacityAt(c, airportId, h) - (used.get(key) ?? 0) > 0
        ? (at?.get(airportId) ?? []).filter((o) => (flown.get(o.offer.id) ?? 0) < o.sortiesLeft
          && maxInWindow(withDeparture(departures.get(o.offer.id)!, t), o.offer.turnaroundHours) <= o.offer.aircraftCount) : [];
      if (offers.length === 0 && lockedSeats.length === 0) continue;
      const legs = nearestFirst.get(airportId)!;
      const waiting: WaitingLeg[] = [];
      // People waiting now: Japanese demand, and partners' nationals (whom only Japanese sorties take).
      let waitingNow = 0;
      let partnersNow = 0;
      let kept = 0;
      for (const w of legs) {
        const n = w.a.p[0] + w.a.p[1] + w.a.p[2];
        if (n === 0) continue;
        legs[kept++] = w;
        if (w.leg.readySlot > h || !inWindow(w.leg.area, t)) continue;
        waiting.push(w);
        if (w.partner) partnersNow += n; else waitingNow += n;
      }
      legs.length = kept;
      if (waiting.length === 0) continue;
      first = [0, 0, 0];
      const boardOn = (seats: number, sortie: Sortie) => {
        const [n, partners] = board(waiting, seats, sortie, japaneseOffer(sortie.offerId));
        waitingNow -= n - partners;
        partnersNow -= partners;
      };
      for (const ls of lockedSeats) boardOn(ls.free, sorties[ls.sortieIndex]!);
      for (const o of offers) {
        const id = o.offer.id;
        const japanese = o.nation === CARRIER_NATION;
        while (waitingNow + (japanese ? partnersNow : 0) > 0
          && capacityAt(c, airportId, h) - (used.get(slotKey(airportId, h)) ?? 0) > 0
          && (flown.get(id) ?? 0) < o.sortiesLeft
          && maxInWindow(withDeparture(departures.get(id)!, t), o.offer.turnaroundHours) <= o.offer.aircraftCount) {
          const sortie: Sortie = {
            id: nextId(), offerId: id, originAirportId: airportId, departAt: new Date(t).toISOString(),
            destinationAirportId: o.offer.destinationAirportId, allocations: [],
          };
          boardOn(o.offer.seatsPerSortie, sortie);
          sorties.push(sortie);
          flown.set(id, (flown.get(id) ?? 0) + 1);
          departures.set(id, withDeparture(departures.get(id)!, t));
          used.set(slotKey(airportId, h), (used.get(slotKey(airportId, h)) ?? 0) + 1);
        }
      }
    }
  }
  return { sorties };
}

/** An area locked on a sortie keeps that allocation as it is: no second allocation beside it. */
export function canBoard(sortie: Sortie, areaId: string): boolean {
  return !sortie.allocations.some((a) => a.locked && a.assemblyAreaId === areaId);
}

export function addPassengers(sortie: Sortie, areaId: string, n: number): void {
  const existing = sortie.allocations.find((a) => a.assemblyAreaId === areaId && !a.locked);
  if (existing) existing.passengers += n;
  else sortie.allocations.push({ assemblyAreaId: areaId, passengers: n, locked: false });
}
