import type { AssemblyArea, Sortie } from '../../schemas/domain.ts';
import { slotKey, type Candidates } from './candidates.ts';
import { classCount } from './flow.ts';
import { addPassengers, canBoard, newSortieId } from './greedy.ts';
import type { MatcherModel } from './model.ts';
import { slotMs, type ReachLeg } from '../rules/reach.ts';
import { toMs, type PlanInput } from '../snapshot.ts';
import { pushTo } from '../multimap.ts';
import { CARRIER_NATION, inWindow, mayCarry } from '../partner-demand.ts';

interface Seat { sortie: Sortie; free: number; japanese: boolean }

/** A partner's nationals take only Japanese seats, inside their window (partner-demand.ts). */
const fits = (area: AssemblyArea, seat: Seat): boolean =>
  mayCarry(area, seat.japanese ? CARRIER_NATION : null) && inWindow(area, toMs(seat.sortie.departAt));
interface Quota { leg: ReachLeg; cls: number; n: number }

/**
 * Turns solver values into sorties and allocations: x → sorties at their slot, z → how many people
 * of each area and priority class fly from each airport. At each airport people board higher class
 * first, then in order of readiness. A final top-up puts anyone still left on any free seat they
 * can reach in time, so rounding never costs a person.
 */
export function decodePlan(c: Candidates, m: MatcherModel, values: Float64Array, idPrefix = 'm'): PlanInput {
  const { grid } = c.reach;
  const sorties: Sortie[] = c.locked.map((s) => ({ ...s, allocations: s.allocations.map((a) => ({ ...a })) }));
  const nextId = newSortieId(idPrefix, new Set(sorties.map((s) => s.id)));
  const seatsAt = new Map<string, Seat[]>();
  const addSeat = (key: string, seat: Seat) => pushTo(seatsAt, key, seat);
  for (const [key, list] of c.lockedSeats) for (const l of list) addSeat(key, { sortie: sorties[l.sortieIndex]!, free: l.free, japanese: l.japanese });
  for (const xv of m.x) {
    const n = Math.round(values[xv.col] ?? 0);
    for (let i = 0; i < n; i++) {
      const sortie: Sortie = {
        id: nextId(), offerId: xv.offer.offer.id, originAirportId: xv.originId,
        departAt: new Date(slotMs(grid, xv.slot)).toISOString(),
        destinationAirportId: xv.offer.offer.destinationAirportId, allocations: [],
      };
      sorties.push(sortie);
      addSeat(slotKey(xv.originId, xv.slot), { sortie, free: xv.offer.offer.seatsPerSortie, japanese: xv.offer.nation === CARRIER_NATION });
    }
  }

  // People left per area and priority class; the solver's quotas come off it.
  const left = new Map([...c.remaining.keys()].map((id) => [id, m.classes.map((cls) => classCount(c, id, cls))]));
  const byAirport = new Map<string, Quota[]>();
  for (const zv of m.z) {
    const want = Math.max(0, Math.floor((values[zv.col] ?? 0) + 1e-6));
    const areaLeft = left.get(zv.leg.area.id)!;
    const n = Math.min(want, areaLeft[zv.cls]!);
    if (n <= 0) continue;
    areaLeft[zv.cls]! -= n;
    pushTo(byAirport, zv.leg.airport.id, { leg: zv.leg, cls: zv.cls, n });
  }
  const slotsAt = new Map<string, number[]>();
  for (const k of seatsAt.keys()) {
    const bar = k.lastIndexOf('|');
    pushTo(slotsAt, k.slice(0, bar), Number(k.slice(bar + 1)));
  }
  // At each airport and slot the seats go to the waiting quotas, higher priority class first,
  // then in order of readiness: a waiting person can take any later seat, so boarding the most
  // vulnerable first never strands anyone the solver's flow carried. Other nations' seats go first,
  // so that Japanese seats are left for partners' nationals, who may take only those.
  for (const list of seatsAt.values()) list.sort((a, b) => Number(a.japanese) - Number(b.japanese));
  for (const [airportId, quotas] of byAirport) {
    quotas.sort((a, b) => a.cls - b.cls || a.leg.readySlot - b.leg.readySlot || a.leg.km - b.leg.km || a.leg.area.id.localeCompare(b.leg.area.id));
    const slots = (slotsAt.get(airportId) ?? []).sort((a, b) => a - b);
    for (const slot of slots) {
      const ready = quotas.filter((q) => q.n > 0 && q.leg.readySlot <= slot);
      for (const seat of seatsAt.get(slotKey(airportId, slot))!) {
        for (const q of ready) {
          if (seat.free === 0) break;
          const n = Math.min(seat.free, q.n);
          if (n <= 0 || !canBoard(seat.sortie, q.leg.area.id) || !fits(q.leg.area, seat)) continue;
          addPassengers(seat.sortie, q.leg.area.id, n);
          seat.free -= n;
          q.n -= n;
        }
      }
    }
    // Quotas not boarded go back to the area, for the top-up.
    for (const q of quotas) left.get(q.leg.area.id)![q.cls]! += q.n;
  }

  // Top-up: free seats, earliest first, to people still left who can be there in time, higher classes first.
  const seats = [...seatsAt.values()].flat().filter((s) => s.free > 0)
    .sort((a, b) => toMs(a.sortie.departAt) - toMs(b.sortie.departAt));
  for (const seat of seats) {
    const t = toMs(seat.sortie.departAt);
    const legs = c.legs.get(seat.sortie.originAirportId) ?? [];
    for (let k = 0; k < m.classes.length && seat.free > 0; k++) {
      for (const leg of legs) {
        if (seat.free === 0) break;
        const areaLeft = left.get(leg.area.id)!;
        const n = Math.min(seat.free, areaLeft[k]!);
        if (n <= 0 || leg.readyAtMs > t + 1 || !canBoard(seat.sortie, leg.area.id) || !fits(leg.area, seat)) continue;
        addPassengers(seat.sortie, leg.area.id, n);
        seat.free -= n;
        areaLeft[k]! -= n;
      }
    }
  }
  const lockedIds = new Set(c.locked.map((s) => s.id));
  return { sorties: sorties.filter((s) => lockedIds.has(s.id) || s.allocations.some((a) => a.passengers > 0)) };
}
