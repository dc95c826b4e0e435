import { capacityAt, lockedInWindow, slotKey, type Candidates, type OfferCandidate } from './candidates.ts';
import { LpBuilder } from './lp-builder.ts';
import { slotMs, type ReachLeg } from '../rules/reach.ts';
import { HOUR_MS, toMs, type PlanInput } from '../snapshot.ts';
import { boardingCost, objectiveWeights, type ObjectiveWeights } from './objective.ts';
import { pushTo } from '../multimap.ts';

export type { ObjectiveWeights } from './objective.ts';
/** The objective of the default policy ("most vulnerable first"). */
export const DEFAULT_WEIGHTS: ObjectiveWeights = objectiveWeights();

export interface XVar { offer: OfferCandidate; originId: string; slot: number; col: number }
export interface ZVar { leg: ReachLeg; col: number }

/** Per origin airport, the passenger flow in time: arrivals at ready slots, boarding at seat slots. */
interface AirportChain {
  airportId: string;
  events: number[];
  /** boarding column per event index (−1 when no seats at that slot). */
  board: number[];
  wait: number[];
}

export interface MatcherModel {
  lp: LpBuilder;
  x: XVar[];
  z: ZVar[];
  chains: AirportChain[];
  /** areaId → [q1, q2] bonus columns (people out counted as priority 1 / 2). */
  q: Map<string, [number, number]>;
  weights: ObjectiveWeights;
}

export function buildModel(c: Candidates, weights: ObjectiveWeights = DEFAULT_WEIGHTS): MatcherModel {
  const lp = new LpBuilder();
  const { grid } = c.reach;
  const { scenario } = c.snapshot;
  const perKm = weights.maxGroundPenalty / Math.max(1, scenario.ground.maxGroundKm);

  // Sortie columns, only where the offer may fly and someone can be waiting.
  const x: XVar[] = [];
  const seatsAt = new Map<string, { col: number; seats: number }[]>();
  const byOfferSlot = new Map<OfferCandidate, Map<number, number[]>>();
  const airportHour = new Map<string, number[]>();
  for (const o of c.offers) {
    const perSlot = new Map<number, number[]>();
    byOfferSlot.set(o, perSlot);
    for (const [originId, slots] of o.slotsByOrigin) {
      for (const slot of slots) {
        const ub = Math.min(o.sortiesLeft, o.offer.aircraftCount, capacityAt(c, originId, slot));
        if (ub <= 0) continue;
        const col = lp.addCol(-weights.perSortie, 0, ub, true);
        x.push({ offer: o, originId, slot, col });
        const key = slotKey(originId, slot);
        pushTo(seatsAt, key, { col, seats: o.offer.seatsPerSortie });
        pushTo(perSlot, slot, col);
        pushTo(airportHour, key, col);
      }
    }
  }
  const ubOf = (col: number) => lp.colUpper[col]!;

  for (const o of c.offers) {
    const perSlot = byOfferSlot.get(o)!;
    const cols = [...perSlot.values()].flat();
    if (cols.reduce((s, k) => s + ubOf(k), 0) > o.sortiesLeft) {
      lp.addRow(-Infinity, o.sortiesLeft, cols, cols.map(() => 1));
    }
    addTurnaroundRows(lp, c, o, perSlot);
  }
  for (const [key, cols] of airportHour) {
    const [airportId, slot] = key.split('|') as [string, string];
    const cap = capacityAt(c, airportId, Number(slot));
    if (cols.reduce((s, k) => s + ubOf(k), 0) > cap) lp.addRow(-Infinity, cap, cols, cols.map(() => 1));
  }

  // Passengers: z[area, airport] people fly from that airport; they wait there from their ready
  // slot and board any later seat. One chain per airport instead of area × airport × hour columns.
  const z: ZVar[] = [];
  const zByArea = new Map<string, number[]>();
  const chains: AirportChain[] = [];
  const seatSlotsAt = new Map<string, Set<number>>();
  for (const key of [...seatsAt.keys(), ...c.lockedSeats.keys()]) {
    const [a, s] = key.split('|') as [string, string];
    const set = seatSlotsAt.get(a);
    if (set) set.add(Number(s)); else seatSlotsAt.set(a, new Set([Number(s)]));
  }
  for (const [airportId, legs] of c.legs) {
    const seatSlots = seatSlotsAt.get(airportId);
    if (!seatSlots) continue;
    const lastSeat = Math.max(...seatSlots);
    const useful = legs.filter((l) => l.readySlot <= lastSeat);
    if (useful.length === 0) continue;
    const events = [...new Set([...seatSlots, ...useful.map((l) => l.readySlot)])].sort((a, b) => a - b);
    // The chain pools an airport's waiting people, so its hour costs the mean waiting weight of
    // the people who can reach it: early departures go where the vulnerable wait.
    let people = 0;
    let weighted = 0;
    for (const leg of useful) {
      const r = c.remaining.get(leg.area.id)!;
      people += r.total;
      weighted += weights.waiting[0] * r.p1 + weights.waiting[1] * r.p2 + weights.waiting[2] * (r.total - r.p1 - r.p2);
    }
    const waitCost = people > 0 ? weighted / people : 0;
    const arrivals = new Map<number, number[]>();
    for (const leg of useful) {
      const rem = c.remaining.get(leg.area.id)!.total;
      // Continuous: once the sortie counts are fixed the passenger part is a network flow with
      // integer data, so its vertices are integral. Declaring z integer made the demo MIPs 50× slower.
      const col = lp.addCol(weights.priority[2] - perKm * leg.km, 0, rem, false);
      z.push({ leg, col });
      pushTo(arrivals, leg.readySlot, col);
      pushTo(zByArea, leg.area.id, col);
    }
    const chain: AirportChain = { airportId, events, board: [], wait: [] };
    events.forEach((slot, k) => {
      const key = slotKey(airportId, slot);
      const seats = seatsAt.get(key) ?? [];
      const lockedFree = (c.lockedSeats.get(key) ?? []).reduce((s, l) => s + l.free, 0);
      const hasSeats = seats.length > 0 || lockedFree > 0;
      const b = hasSeats ? lp.addCol(-boardingCost(weights, waitCost, slot, grid.slots), 0, Infinity, false) : -1;
      const w = lp.addCol(0, 0, k === events.length - 1 ? 0 : Infinity, false);
      chain.board.push(b);
      chain.wait.push(w);
      // wait_k = wait_{k-1} + arrivals_k − board_k
      const arr = arrivals.get(slot) ?? [];
      const cols = [w, ...arr.map((a) => a)];
      const coefs = [1, ...arr.map(() => -1)];
      if (k > 0) { cols.push(chain.wait[k - 1]!); coefs.push(-1); }
      if (b >= 0) { cols.push(b); coefs.push(1); }
      lp.addRow(0, 0, cols, coefs);
      if (b >= 0) {
        lp.addRow(-Infinity, lockedFree, [b, ...seats.map((s) => s.col)], [1, ...seats.map((s) => -s.seats)]);
      }
    });
    chains.push(chain);
  }

  const q = new Map<string, [number, number]>();
  for (const [areaId, cols] of zByArea) {
    const r = c.remaining.get(areaId)!;
    if (cols.length > 1) lp.addRow(-Infinity, r.total, cols, cols.map(() => 1));
    // Equal people-out weights (every preset): a head is a head, no bonus columns needed.
    if (r.p1 + r.p2 === 0 || (weights.priority[0] === weights.priority[2] && weights.priority[1] === weights.priority[2])) continue;
    const q1 = lp.addCol(weights.priority[0] - weights.priority[2], 0, r.p1, false);
    const q2 = lp.addCol(weights.priority[1] - weights.priority[2], 0, r.p2, false);
    lp.addRow(-Infinity, 0, [q1, q2, ...cols], [1, 1, ...cols.map(() => -1)]);
    q.set(areaId, [q1, q2]);
  }
  return { lp, x, z, chains, q, weights };
}

/**
 * At most aircraftCount departures in any turnaround window. Windows start at each slot with a
 * column and at each locked departure; a window whose columns are a subset of the previous one's
 * is skipped, as is one that cannot bind.
 */
function addTurnaroundRows(lp: LpBuilder, c: Candidates, o: OfferCandidate, perSlot: Map<number, number[]>): void {
  const K = o.offer.aircraftCount;
  const { grid } = c.reach;
  const W = o.windowSlots;
  const slots = [...perSlot.keys()].sort((a, b) => a - b);
  if (slots.length === 0) return;
  const total = slots.reduce((s, h) => s + perSlot.get(h)!.reduce((t, k) => t + lp.colUpper[k]!, 0), 0);
  if (total + o.lockedDepartures.length <= K) return;
  const emit = (from: number, toExcl: number, locked: number) => {
    const cols: number[] = [];
    for (let h = from; h < toExcl; h++) cols.push(...(perSlot.get(h) ?? []));
    if (cols.length === 0) return;
    if (cols.reduce((s, k) => s + lp.colUpper[k]!, 0) + locked <= K) return;
    lp.addRow(-Infinity, Math.max(0, K - locked), cols, cols.map(() => 1));
  };
  let prevLocked = -1;
  for (const s of slots) {
    const locked = lockedInWindow(o, slotMs(grid, s));
    const dominated = perSlot.has(s - 1) && !perSlot.has(s - 1 + W) && prevLocked >= locked;
    prevLocked = locked;
    if (!dominated) emit(s, s + W, locked);
  }
  for (const tl of o.lockedDepartures) {
    const from = Math.max(0, Math.ceil((tl - grid.t0Ms) / HOUR_MS));
    const end = tl + o.offer.turnaroundHours * HOUR_MS;
    let to = from;
    while (to < grid.slots && slotMs(grid, to) < end) to++;
    emit(from, to, lockedInWindow(o, tl));
  }
}

/** Column values of `plan` (e.g. the greedy plan) in `model`, to start the MIP from; undefined if it does not map. */
export function startFromPlan(c: Candidates, m: MatcherModel, plan: PlanInput): Float64Array | undefined {
  const v = new Float64Array(m.lp.numCols);
  const xIdx = new Map(m.x.map((xv) => [`${xv.offer.offer.id}|${xv.originId}|${xv.slot}`, xv.col]));
  const zIdx = new Map(m.z.map((zv) => [`${zv.leg.area.id}|${zv.leg.airport.id}`, zv.col]));
  const lockedIds = new Set(c.locked.map((s) => s.id));
  const boarded = new Map<string, number>();
  const { grid } = c.reach;
  for (const s of plan.sorties) {
    if (c.fixedIds.has(s.id)) continue;
    const slot = Math.floor((toMs(s.departAt) - grid.t0Ms) / HOUR_MS);
    if (!lockedIds.has(s.id)) {
      const col = xIdx.get(`${s.offerId}|${s.originAirportId}|${slot}`);
      if (col === undefined) return undefined;
      v[col]! += 1;
    }
    for (const a of s.allocations) {
      if (a.locked || a.passengers === 0) continue;
      const col = zIdx.get(`${a.assemblyAreaId}|${s.originAirportId}`);
      if (col === undefined) return undefined;
      v[col]! += a.passengers;
      const key = slotKey(s.originAirportId, slot);
      boarded.set(key, (boarded.get(key) ?? 0) + a.passengers);
    }
  }
  const arrivals = new Map<string, number>();
  for (const zv of m.z) {
    const key = slotKey(zv.leg.airport.id, zv.leg.readySlot);
    arrivals.set(key, (arrivals.get(key) ?? 0) + v[zv.col]!);
  }
  for (const chain of m.chains) {
    let waiting = 0;
    chain.events.forEach((slot, k) => {
      waiting += arrivals.get(slotKey(chain.airportId, slot)) ?? 0;
      const b = boarded.get(slotKey(chain.airportId, slot)) ?? 0;
      if (b > 0 && chain.board[k]! < 0) waiting = NaN;
      if (chain.board[k]! >= 0) v[chain.board[k]!] = b;
      waiting -= b;
      v[chain.wait[k]!] = waiting;
    });
    if (Number.isNaN(waiting) || Math.abs(waiting) > 1e-9) return undefined;
  }
  const outByArea = new Map<string, number>();
  for (const zv of m.z) outByArea.set(zv.leg.area.id, (outByArea.get(zv.leg.area.id) ?? 0) + v[zv.col]!);
  for (const [areaId, [q1, q2]] of m.q) {
    const r = c.remaining.get(areaId)!;
    const out = outByArea.get(areaId) ?? 0;
    v[q1] = Math.min(r.p1, out);
    v[q2] = Math.min(r.p2, out - v[q1]!);
  }
  return v;
}
