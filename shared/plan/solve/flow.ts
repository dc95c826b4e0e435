import { leftByPriority, slotKey, type Candidates } from './candidates.ts';
import type { LpBuilder } from './lp-builder.ts';
import { addChainRows } from './flow-chain.ts';
import { slotMs, type ReachLeg } from '../rules/reach.ts';
import { boardingValue, priorityClasses, type ObjectiveWeights, type PriorityClass } from './objective.ts';
import { pushTo } from '../multimap.ts';
import { demandGroup, partnerOf } from '../partner-demand.ts';

export interface ZVar { leg: ReachLeg; cls: number; col: number }
/** Sortie columns at one airport and slot; `japanese`: the offer's nation is Japan's (it may carry partners' nationals). */
export interface SeatCol { col: number; seats: number; japanese: boolean }

/** Per origin airport, priority class and demand group, the passenger flow in time: arrivals at ready slots, boarding at seat slots. */
export interface AirportChain {
  airportId: string;
  cls: number;
  /** '' for Japanese demand; a partner's seat request id for its nationals (partner-demand.ts). */
  group: string;
  events: number[];
  /** boarding column per event index (−1 when no seats at that slot). */
  board: number[];
  /** People still waiting after each event, −1 but at an event before an arrival (flow-chain.ts). */
  wait: number[];
}

export interface PassengerFlow { z: ZVar[]; chains: AirportChain[]; classes: PriorityClass[] }

/** People of an area left in a priority class. */
export function classCount(c: Candidates, areaId: string, cls: PriorityClass): number {
  const left = leftByPriority(c.remaining.get(areaId)!);
  return cls.priorities.reduce((s, p) => s + left[p]!, 0);
}

/** Objective cost of one person's road kilometre. */
export const perKmCost = (c: Candidates, weights: ObjectiveWeights): number =>
  weights.maxGroundPenalty / Math.max(1, c.snapshot.scenario.ground.maxGroundKm);

/**
 * z[area, airport, class] people fly from that airport; they wait there from their ready slot and
 * board any later seat. One chain per airport and class instead of area × airport × hour columns.
 * The classes keep the priorities apart, so a priority-1 hour of waiting costs what the policy
 * says and the solver moves the vulnerable earlier; all classes share the seat rows. It stays one
 * network flow (sources per area and class, one sink per seat slot), so with integral sortie
 * counts its vertices are integral and z can stay continuous.
 *
 * A partner's nationals (partner-demand.ts) flow in chains of their own request: they board only until
 * their window closes, and only Japanese seats — one more seat row per slot, partners' boarding ≤ the
 * Japanese seats there, beside the row for everyone (with two nested groups those rows are exact).
 */
export function addPassengerFlow(
  lp: LpBuilder, c: Candidates, weights: ObjectiveWeights, seatsAt: Map<string, SeatCol[]>,
): PassengerFlow {
  const { grid } = c.reach;
  const perKm = perKmCost(c, weights);
  const classes = priorityClasses(weights);
  const z: ZVar[] = [];
  const zByAreaClass = new Map<string, number[]>();
  const chains: AirportChain[] = [];
  const seatSlotsAt = new Map<string, Set<number>>();
  for (const key of [...seatsAt.keys(), ...c.lockedSeats.keys()]) {
    const bar = key.lastIndexOf('|');
    const a = key.slice(0, bar);
    const set = seatSlotsAt.get(a);
    if (set) set.add(Number(key.slice(bar + 1))); else seatSlotsAt.set(a, new Set([Number(key.slice(bar + 1))]));
  }
  for (const [airportId, legs] of c.legs) {
    const seatSlots = seatSlotsAt.get(airportId);
    if (!seatSlots) continue;
    const lastSeat = Math.max(...seatSlots);
    const useful = legs.filter((l) => l.readySlot <= lastSeat);
    if (useful.length === 0) continue;
    const allEvents = [...new Set([...seatSlots, ...useful.map((l) => l.readySlot)])].sort((a, b) => a - b);
    const boardAt = new Map<number, number[]>();
    const partnerBoardAt = new Map<number, number[]>();
    const japaneseSeatsAt = (slot: number) => {
      const key = slotKey(airportId, slot);
      return (seatsAt.get(key) ?? []).some((s) => s.japanese) || (c.lockedSeats.get(key) ?? []).some((l) => l.japanese);
    };
    const groups = new Map<string, ReachLeg[]>();
    for (const leg of useful) pushTo(groups, demandGroup(leg.area), leg);
    for (const [group, groupLegs] of groups) {
      const partner = group === '' ? undefined : partnerOf(groupLegs[0]!.area);
      classes.forEach((cls, k) => {
        const arrivals = new Map<number, number[]>();
        let firstReady = Infinity;
        let people = 0;
        for (const leg of groupLegs) {
          const n = classCount(c, leg.area.id, cls);
          if (n <= 0) continue;
          const col = lp.addCol(cls.value - perKm * leg.km, 0, n, false);
          z.push({ leg, cls: k, col });
          pushTo(arrivals, leg.readySlot, col);
          pushTo(zByAreaClass, `${leg.area.id}|${k}`, col);
          firstReady = Math.min(firstReady, leg.readySlot);
          people += n;
        }
        if (arrivals.size === 0) return;
        // Before this class's first arrival its chain is empty: no columns there. A partner's chain
        // ends with its window: whoever has not boarded by then is not carried (its last wait is 0).
        const events = allEvents.filter((s) => s >= firstReady && (!partner || slotMs(grid, s) <= partner.toMs));
        if (events.length === 0) return;
        const rows = addChainRows(lp, events, arrivals, (e) => {
          const slot = events[e]!;
          const key = slotKey(airportId, slot);
          if (!(partner ? japaneseSeatsAt(slot) : seatsAt.has(key) || c.lockedSeats.has(key))) return -1;
          // Bounded (by the chain's people), so that the dual simplex starts dual feasible.
          const b = lp.addCol(boardingValue(weights, cls.waiting, slot, grid.slots), 0, people, false);
          pushTo(boardAt, slot, b);
          if (partner) pushTo(partnerBoardAt, slot, b);
          return b;
        });
        const chain: AirportChain = { airportId, cls: k, group, events, ...rows };
        // Arrivals after the window closed have no row (candidates drops such legs; a guard): they carry no one.
        for (const [slot, cols] of arrivals) if (!events.includes(slot)) for (const col of cols) lp.colUpper[col] = 0;
        chains.push(chain);
      });
    }
    // Seats: everyone boarding at a slot, whatever their class, ≤ the seats flown there.
    for (const [slot, boards] of boardAt) {
      const key = slotKey(airportId, slot);
      const seats = seatsAt.get(key) ?? [];
      const lockedFree = (c.lockedSeats.get(key) ?? []).reduce((s, l) => s + l.free, 0);
      lp.addRow(-Infinity, lockedFree, [...boards, ...seats.map((s) => s.col)], [...boards.map(() => 1), ...seats.map((s) => -s.seats)]);
    }
    // Partners' nationals: only Japanese seats.
    for (const [slot, boards] of partnerBoardAt) {
      const key = slotKey(airportId, slot);
      const seats = (seatsAt.get(key) ?? []).filter((s) => s.japanese);
      const lockedFree = (c.lockedSeats.get(key) ?? []).filter((l) => l.japanese).reduce((s, l) => s + l.free, 0);
      lp.addRow(-Infinity, lockedFree, [...boards, ...seats.map((s) => s.col)], [...boards.map(() => 1), ...seats.map((s) => -s.seats)]);
    }
  }
  for (const [key, cols] of zByAreaClass) {
    if (cols.length <= 1) continue;
    const bar = key.lastIndexOf('|');
    lp.addRow(-Infinity, classCount(c, key.slice(0, bar), classes[Number(key.slice(bar + 1))]!), cols, cols.map(() => 1));
  }
  return { z, chains, classes };
}
