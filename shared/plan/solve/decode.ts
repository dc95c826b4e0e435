import type { Sortie } from '../../schemas/domain.ts';
import { slotKey, type Candidates } from './candidates.ts';
import { addPassengers, canBoard, newSortieId } from './greedy.ts';
import type { MatcherModel } from './model.ts';
import { slotMs, type ReachLeg } from '../rules/reach.ts';
import { toMs, type PlanInput } from '../snapshot.ts';
import { pushTo } from '../multimap.ts';

interface Seat { sortie: Sortie; free: number }

/**
 * Turns solver values into sorties and allocations: x → sorties at their slot, z → how many people
 * of each area fly from each airport. At each airport people board in order of readiness. A final
 * top-up puts anyone still left on any free seat they can reach in time, so rounding never costs
 * a person.
 */
export function decodePlan(c: Candidates, m: MatcherModel, values: Float64Array, idPrefix = 'm'): PlanInput {
  const { grid } = c.reach;
  const sorties: Sortie[] = c.locked.map((s) => ({ ...s, allocations: s.allocations.map((a) => ({ ...a })) }));
  const nextId = newSortieId(idPrefix, new Set(sorties.map((s) => s.id)));
  const seatsAt = new Map<string, Seat[]>();
  const addSeat = (key: string, seat: Seat) => pushTo(seatsAt, key, seat);
  for (const [key, list] of c.lockedSeats) for (const l of list) addSeat(key, { sortie: sorties[l.sortieIndex]!, free: l.free });
  for (const xv of m.x) {
    const n = Math.round(values[xv.col] ?? 0);
    for (let i = 0; i < n; i++) {
      const sortie: Sortie = {
        id: nextId(), offerId: xv.offer.offer.id, originAirportId: xv.originId,
        departAt: new Date(slotMs(grid, xv.slot)).toISOString(),
        destinationAirportId: xv.offer.offer.destinationAirportId, allocations: [],
      };
      sorties.push(sortie);
      addSeat(slotKey(xv.originId, xv.slot), { sortie, free: xv.offer.offer.seatsPerSortie });
    }
  }

  const left = new Map([...c.remaining].map(([id, r]) => [id, r.total]));
  const quota = new Map<ReachLeg, number>();
  for (const zv of m.z) {
    const want = Math.max(0, Math.floor((values[zv.col] ?? 0) + 1e-6));
    const n = Math.min(want, left.get(zv.leg.area.id) ?? 0);
    if (n > 0) { quota.set(zv.leg, n); left.set(zv.leg.area.id, left.get(zv.leg.area.id)! - n); }
  }
  // Quotas not boarded go back to the area, for the top-up.
  const byAirport = new Map<string, ReachLeg[]>();
  for (const leg of quota.keys()) pushTo(byAirport, leg.airport.id, leg);
  const slotsAt = new Map<string, number[]>();
  for (const k of seatsAt.keys()) {
    const bar = k.lastIndexOf('|');
    pushTo(slotsAt, k.slice(0, bar), Number(k.slice(bar + 1)));
  }
  for (const [airportId, legs] of byAirport) {
    legs.sort((a, b) => a.readySlot - b.readySlot || a.km - b.km || a.area.id.localeCompare(b.area.id));
    const slots = (slotsAt.get(airportId) ?? []).sort((a, b) => a - b);
    for (const slot of slots) {
      for (const seat of seatsAt.get(slotKey(airportId, slot))!) {
        for (const leg of legs) {
          if (seat.free === 0) break;
          if (leg.readySlot > slot) break;
          const n = Math.min(seat.free, quota.get(leg) ?? 0);
          if (n <= 0 || !canBoard(seat.sortie, leg.area.id)) continue;
          addPassengers(seat.sortie, leg.area.id, n);
          seat.free -= n;
          quota.set(leg, quota.get(leg)! - n);
        }
      }
    }
    for (const leg of legs) left.set(leg.area.id, left.get(leg.area.id)! + (quota.get(leg) ?? 0));
  }

  // Top-up: free seats, earliest first, to people still left who can be there in time.
  const seats = [...seatsAt.values()].flat().filter((s) => s.free > 0)
    .sort((a, b) => toMs(a.sortie.departAt) - toMs(b.sortie.departAt));
  for (const seat of seats) {
    const t = toMs(seat.sortie.departAt);
    for (const leg of c.legs.get(seat.sortie.originAirportId) ?? []) {
      if (seat.free === 0) break;
      const n = Math.min(seat.free, left.get(leg.area.id) ?? 0);
      if (n <= 0 || leg.readyAtMs > t + 1 || !canBoard(seat.sortie, leg.area.id)) continue;
      addPassengers(seat.sortie, leg.area.id, n);
      seat.free -= n;
      left.set(leg.area.id, left.get(leg.area.id)! - n);
    }
  }
  const lockedIds = new Set(c.locked.map((s) => s.id));
  return { sorties: sorties.filter((s) => lockedIds.has(s.id) || s.allocations.some((a) => a.passengers > 0)) };
}
