import type { Airport, LiftOffer, Sortie } from '../../../../../shared/schemas/domain.ts';
import { assignRotations } from '../../../../../shared/plan/solve/rotations.ts';
import type { PlanTimeline } from '../map-view/time-state.ts';
import { packLanes } from './lanes.ts';

const HOUR = 3_600_000;
export type GanttGroup = 'airport' | 'airframe';

/** One sortie on the schedule, in hours from the scenario start. */
export interface GanttBar {
  sortieId: string;
  lane: number;
  start: number;
  /** Estimated landing (the map's flight-time model), so the bar is the time in the air. */
  end: number;
  /** Airframe view: when the aircraft may leave again (departure + turnaround). */
  readyAgain?: number;
  passengers: number;
  seats: number;
  locked: boolean;
  /** Airport view: its clock hour has more departures than the airport's capacity. */
  overCapacity: boolean;
  /** A sailing (from a seaport) or a flight: the same bar, drawn in the sea-lift blue. */
  mode: 'air' | 'sea';
}
export interface GanttRow { key: string; airportId?: string; offerId?: string; tail?: number; lanes: number; bars: GanttBar[]; sorties: number; passengers: number; capacity?: number }

export interface GanttInput {
  sorties: readonly Sortie[];
  timeline: PlanTimeline;
  offers: ReadonlyMap<string, LiftOffer>;
  airports: readonly Airport[];
}

const seatsUsed = (s: Sortie) => s.allocations.reduce((n, a) => n + a.passengers, 0);

function barOf(s: Sortie, input: GanttInput, arrive: Map<string, number>, sea: Set<string>): GanttBar | null {
  const ms = Date.parse(s.departAt);
  if (Number.isNaN(ms)) return null;
  const start = (ms - input.timeline.startMs) / HOUR;
  // A sortie whose airports are unknown still gets a visible bar of an hour.
  const end = ((arrive.get(s.id) ?? ms + HOUR) - input.timeline.startMs) / HOUR;
  return {
    sortieId: s.id, lane: 0, start, end, passengers: seatsUsed(s), seats: input.offers.get(s.offerId)?.seatsPerSortie ?? 0,
    locked: s.allocations.some((a) => a.locked), overCapacity: false, mode: sea.has(s.id) ? 'sea' : 'air',
  };
}

function rowOf(key: string, bars: GanttBar[], extra: Partial<GanttRow>): GanttRow {
  bars.sort((a, b) => a.start - b.start || (a.sortieId < b.sortieId ? -1 : 1));
  // A lane is busy until the aircraft lands (or, per airframe, until it may leave again).
  const packed = packLanes(bars.map((bar) => ({ bar, start: bar.start, end: Math.max(bar.end, bar.readyAgain ?? 0, bar.start + 0.5) })));
  const out = packed.map(({ item, lane }) => ({ ...item.bar, lane }));
  return {
    key, lanes: Math.max(1, ...packed.map((p) => p.lane + 1)), bars: out,
    sorties: bars.length, passengers: bars.reduce((n, b) => n + b.passengers, 0), ...extra,
  };
}

/** The schedule's rows: one per origin airport (busiest first) or one per airframe of each offer. */
export function ganttRows(input: GanttInput, group: GanttGroup): GanttRow[] {
  const arrive = new Map(input.timeline.flights.map((f) => [f.sortieId, f.arriveMs]));
  const sea = new Set(input.timeline.flights.filter((f) => f.mode === 'sea').map((f) => f.sortieId));
  const bars = new Map<string, GanttBar>();
  for (const s of input.sorties) { const b = barOf(s, input, arrive, sea); if (b) bars.set(s.id, b); }
  return group === 'airport' ? byAirport(input, bars) : byAirframe(input, bars);
}

function byAirport(input: GanttInput, bars: Map<string, GanttBar>): GanttRow[] {
  const capacity = new Map(input.airports.map((a) => [a.id, a.departuresPerHour]));
  const groups = new Map<string, GanttBar[]>();
  for (const s of input.sorties) {
    const b = bars.get(s.id);
    if (b) groups.set(s.originAirportId, [...(groups.get(s.originAirportId) ?? []), b]);
  }
  const rows = [...groups].map(([airportId, list]) => {
    const cap = capacity.get(airportId) ?? 0;
    const perHour = new Map<number, number>();
    for (const b of list) perHour.set(Math.floor(b.start), (perHour.get(Math.floor(b.start)) ?? 0) + 1);
    for (const b of list) b.overCapacity = (perHour.get(Math.floor(b.start)) ?? 0) > cap;
    return rowOf(airportId, list, { airportId, capacity: cap });
  });
  return rows.sort((a, b) => b.passengers - a.passengers || a.key.localeCompare(b.key));
}

function byAirframe(input: GanttInput, bars: Map<string, GanttBar>): GanttRow[] {
  const rows: GanttRow[] = [];
  for (const r of assignRotations([...input.offers.values()], input.sorties)) {
    for (const t of r.tails) {
      const list = t.legs.flatMap((l) => {
        const b = bars.get(l.sortieId);
        return b ? [{ ...b, readyAgain: (Date.parse(l.readyAgainAt) - input.timeline.startMs) / HOUR }] : [];
      });
      rows.push(rowOf(`${r.offerId}#${t.tail}`, list, { offerId: r.offerId, tail: t.tail }));
    }
    // Sorties no airframe can fly (turnaround broken) get a row of their own, so none is hidden.
    const left = r.unassigned.map((u) => bars.get(u.sortieId)).filter((b): b is GanttBar => !!b);
    if (left.length) rows.push(rowOf(`${r.offerId}#none`, left, { offerId: r.offerId }));
  }
  return rows;
}
