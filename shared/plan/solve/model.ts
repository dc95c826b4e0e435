import { capacityAt, lockedInWindow, slotKey, type Candidates, type OfferCandidate } from './candidates.ts';
import { LpBuilder } from './lp-builder.ts';
import { slotMs } from '../rules/reach.ts';
import { HOUR_MS } from '../snapshot.ts';
import { objectiveWeights, type ObjectiveWeights, type PriorityClass } from './objective.ts';
import { addPassengerFlow, type AirportChain, type SeatCol, type ZVar } from './flow.ts';
import { CARRIER_NATION } from '../partner-demand.ts';
import { pushTo } from '../multimap.ts';

export type { ObjectiveWeights } from './objective.ts';
/** The objective of the default policy ("most vulnerable first"). */
export const DEFAULT_WEIGHTS: ObjectiveWeights = objectiveWeights();

export interface XVar { offer: OfferCandidate; originId: string; slot: number; col: number }
export type { AirportChain, ZVar } from './flow.ts';

export interface MatcherModel {
  lp: LpBuilder;
  x: XVar[];
  /** Passenger flow per (area, airport, priority class); see flow.ts. */
  z: ZVar[];
  chains: AirportChain[];
  classes: PriorityClass[];
  weights: ObjectiveWeights;
}

export function buildModel(c: Candidates, weights: ObjectiveWeights = DEFAULT_WEIGHTS): MatcherModel {
  const lp = new LpBuilder();

  // Sortie columns, only where the offer may fly and someone can be waiting.
  const x: XVar[] = [];
  const seatsAt = new Map<string, SeatCol[]>();
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
        pushTo(seatsAt, key, { col, seats: o.offer.seatsPerSortie, japanese: o.nation === CARRIER_NATION });
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

  const flow = addPassengerFlow(lp, c, weights, seatsAt);
  return { lp, x, ...flow, weights };
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
  // The offer's own row caps every window at sortiesLeft: a window can bind only above that.
  const most = (cols: number[]) => Math.min(o.sortiesLeft, cols.reduce((t, k) => t + lp.colUpper[k]!, 0));
  if (most([...perSlot.values()].flat()) + o.lockedDepartures.length <= K) return;
  const emit = (from: number, toExcl: number, locked: number) => {
    const cols: number[] = [];
    for (let h = from; h < toExcl; h++) cols.push(...(perSlot.get(h) ?? []));
    if (cols.length === 0) return;
    if (most(cols) + locked <= K) return;
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
