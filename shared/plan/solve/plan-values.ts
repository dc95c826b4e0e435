import type { Sortie } from '../../schemas/domain.ts';
import { leftByPriority, slotKey, type Candidates } from './candidates.ts';
import type { MatcherModel } from './model.ts';
import { HOUR_MS, toMs, type PlanInput } from '../snapshot.ts';
import { pushTo } from '../multimap.ts';
import { demandGroup } from '../partner-demand.ts';

interface Seat { airportId: string; slot: number; t: number; order: number; n: number }

/**
 * Each area's re-plannable passengers split by priority class, by the convention of score.ts
 * (the area's earliest seats carry its priority 1): `${areaId}|${airportId}|${cls}` → people, and
 * `${airportId}|${slot}|${cls}|${demand group}` → people boarding there.
 */
function splitByClass(c: Candidates, m: MatcherModel, sorties: readonly Sortie[]) {
  const { grid } = c.reach;
  const seats = new Map<string, Seat[]>();
  sorties.forEach((s, order) => {
    if (c.fixedIds.has(s.id)) return;
    const t = toMs(s.departAt);
    const slot = Math.floor((t - grid.t0Ms) / HOUR_MS);
    for (const a of s.allocations) {
      if (a.locked || a.passengers <= 0) continue;
      pushTo(seats, a.assemblyAreaId, { airportId: s.originAirportId, slot, t, order, n: a.passengers });
    }
  });
  const classOf = [0, 0, 0];
  m.classes.forEach((cls, k) => { for (const p of cls.priorities) classOf[p] = k; });
  const perLeg = new Map<string, number>();
  const boarded = new Map<string, number>();
  const areas = new Map(c.snapshot.areas.map((a) => [a.id, a]));
  for (const [areaId, list] of seats) {
    const r = c.remaining.get(areaId);
    if (!r) return undefined;
    const left = leftByPriority(r);
    const group = demandGroup(areas.get(areaId));
    list.sort((a, b) => a.t - b.t || a.order - b.order);
    let p = 0;
    for (const seat of list) {
      let n = seat.n;
      while (n > 0) {
        while (p < 3 && left[p] === 0) p++;
        if (p === 3) return undefined;
        const take = Math.min(n, left[p]!);
        left[p]! -= take;
        n -= take;
        const k = classOf[p]!;
        const leg = `${areaId}|${seat.airportId}|${k}`;
        perLeg.set(leg, (perLeg.get(leg) ?? 0) + take);
        const at = `${slotKey(seat.airportId, seat.slot)}|${k}|${group}`;
        boarded.set(at, (boarded.get(at) ?? 0) + take);
      }
    }
  }
  return { perLeg, boarded };
}

/** Column values of `plan` (e.g. the greedy plan) in `model`, to start the MIP from; undefined if it does not map. */
export function startFromPlan(c: Candidates, m: MatcherModel, plan: PlanInput): Float64Array | undefined {
  const v = new Float64Array(m.lp.numCols);
  const xIdx = new Map(m.x.map((xv) => [`${xv.offer.offer.id}|${xv.originId}|${xv.slot}`, xv.col]));
  const lockedIds = new Set(c.locked.map((s) => s.id));
  const { grid } = c.reach;
  for (const s of plan.sorties) {
    if (c.fixedIds.has(s.id) || lockedIds.has(s.id)) continue;
    const slot = Math.floor((toMs(s.departAt) - grid.t0Ms) / HOUR_MS);
    const col = xIdx.get(`${s.offerId}|${s.originAirportId}|${slot}`);
    if (col === undefined) return undefined;
    v[col]! += 1;
  }
  const split = splitByClass(c, m, plan.sorties);
  if (!split) return undefined;
  let mapped = 0;
  const arrivals = new Map<string, number>();
  for (const zv of m.z) {
    const n = split.perLeg.get(`${zv.leg.area.id}|${zv.leg.airport.id}|${zv.cls}`) ?? 0;
    v[zv.col] = n;
    mapped += n;
    const key = `${slotKey(zv.leg.airport.id, zv.leg.readySlot)}|${zv.cls}|${demandGroup(zv.leg.area)}`;
    arrivals.set(key, (arrivals.get(key) ?? 0) + n);
  }
  let total = 0;
  for (const n of split.perLeg.values()) total += n;
  if (mapped !== total) return undefined;
  let boardedInChains = 0;
  for (const chain of m.chains) {
    let waiting = 0;
    for (let e = 0; e < chain.events.length; e++) {
      const key = `${slotKey(chain.airportId, chain.events[e]!)}|${chain.cls}|${chain.group}`;
      waiting += arrivals.get(key) ?? 0;
      const b = split.boarded.get(key) ?? 0;
      if (b > 0 && chain.board[e]! < 0) return undefined;
      if (chain.board[e]! >= 0) v[chain.board[e]!] = b;
      boardedInChains += b;
      waiting -= b;
      if (chain.wait[e]! < 0) continue;
      if (waiting < -1e-9) return undefined;
      v[chain.wait[e]!] = waiting;
    }
    if (Math.abs(waiting) > 1e-9) return undefined;
  }
  return boardedInChains === total ? v : undefined;
}
