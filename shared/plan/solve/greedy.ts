import type { Sortie } from '../../schemas/domain.ts';
import {
  buildCandidates, capacityAt, slotKey, type Candidates, type KeptPart, type OfferCandidate,
} from './candidates.ts';
import { slotMs, type ReachLeg } from '../rules/reach.ts';
import type { PlanInput, PlanningSnapshot } from '../snapshot.ts';
import { maxInWindow, withDeparture } from '../rules/turnaround.ts';
import { pushTo } from '../multimap.ts';

interface AreaLeft { p: [number, number, number] }

/**
 * The baseline a crisis cell would do by hand: hour by hour, fly every aircraft that can leave
 * an airport where people are waiting (largest first), and fill its seats priority 1 first,
 * nearest area first. It never looks ahead, so it spends sorties on half-empty early flights.
 */
export function greedyPlan(snapshot: PlanningSnapshot, lockedSorties?: readonly Sortie[], keep?: KeptPart): PlanInput {
  return greedyFromCandidates(buildCandidates(snapshot, lockedSorties, keep));
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
  const nearestFirst = new Map([...c.legs].map(([id, legs]) => [id, [...legs].sort((a, b) => a.km - b.km || (a.area.id < b.area.id ? -1 : 1))]));
  const empty = (l: ReachLeg) => { const a = left.get(l.area.id)!; return a.p[0] + a.p[1] + a.p[2] === 0; };

  // first[p]: waiting legs before it have no priority-p people left (boarding drains them in
  // order), so each sortie scans from there instead of from the nearest area again.
  let first = [0, 0, 0];
  const board = (waiting: ReachLeg[], seats: number, sortie: Sortie): number => {
    let free = seats;
    for (let p = 0; p < 3 && free > 0; p++) {
      for (let i = first[p]!; i < waiting.length; i++) {
        const leg = waiting[i]!;
        const a = left.get(leg.area.id)!;
        const n = Math.min(free, a.p[p]!);
        if (n > 0 && canBoard(sortie, leg.area.id)) {
          a.p[p]! -= n;
          free -= n;
          addPassengers(sortie, leg.area.id, n);
        }
        if (a.p[p] === 0 && i === first[p]) first[p] = i + 1;
        if (free === 0) break;
      }
    }
    return seats - free;
  };
  const waitingCount = (waiting: ReachLeg[]) => waiting.reduce((s, l) => {
    const a = left.get(l.area.id)!;
    return s + a.p[0] + a.p[1] + a.p[2];
  }, 0);

  for (let h = 0; h < grid.slots; h++) {
    const t = slotMs(grid, h);
    const at = bySlot.get(h);
    for (const airportId of airports) {
      const offers = at?.get(airportId) ?? [];
      const lockedSeats = c.lockedSeats.get(slotKey(airportId, h)) ?? [];
      if (offers.length === 0 && lockedSeats.length === 0) continue;
      const waiting = nearestFirst.get(airportId)!.filter((l) => l.readySlot <= h && !empty(l));
      if (waiting.length === 0) continue;
      first = [0, 0, 0];
      let waitingNow = waitingCount(waiting);
      for (const ls of lockedSeats) {
        const sortie = sorties[ls.sortieIndex]!;
        waitingNow -= board(waiting, ls.free, sortie);
      }
      for (const o of offers) {
        const id = o.offer.id;
        while (waitingNow > 0
          && capacityAt(c, airportId, h) - (used.get(slotKey(airportId, h)) ?? 0) > 0
          && (flown.get(id) ?? 0) < o.sortiesLeft
          && maxInWindow(withDeparture(departures.get(id)!, t), o.offer.turnaroundHours) <= o.offer.aircraftCount) {
          const sortie: Sortie = {
            id: nextId(), offerId: id, originAirportId: airportId, departAt: new Date(t).toISOString(),
            destinationAirportId: o.offer.destinationAirportId, allocations: [],
          };
          waitingNow -= board(waiting, o.offer.seatsPerSortie, sortie);
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
