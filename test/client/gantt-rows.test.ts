import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../client/src/features/planner/map-view/time-state.ts';
import { ganttRows } from '../../client/src/features/planner/timeline/gantt-rows.ts';
import { nextBar } from '../../client/src/features/planner/timeline/gantt-keys.ts';
import { packLanes } from '../../client/src/features/planner/timeline/lanes.ts';
import { pxPerHour, tickHours } from '../../client/src/features/planner/timeline/gantt-scale.ts';
import { sortieFocusGeoJSON, boundsOf } from '../../client/src/features/planner/timeline/sortie-focus.ts';
import { airport, airports, areas, offer, sortie } from './fixtures.ts';

const seat = (areaId: string, passengers: number, locked = false) => ({ assemblyAreaId: areaId, passengers, locked });
const sorties = [
  sortie({ id: 's1', departAt: '2030-01-01T03:00:00Z', allocations: [seat('seoul', 100)] }),
  sortie({ id: 's2', departAt: '2030-01-01T03:20:00Z', allocations: [seat('seoul', 50, true)] }),
  sortie({ id: 's3', departAt: '2030-01-01T12:00:00Z', allocations: [seat('seoul', 80)] }),
  sortie({ id: 's4', originAirportId: 'PUS', departAt: '2030-01-01T05:10:00Z', allocations: [seat('busan', 80)] }),
  sortie({ id: 's5', originAirportId: 'PUS', departAt: '2030-01-01T05:40:00Z', allocations: [seat('busan', 20)] }),
];
const tl = buildTimeline(sorties, areas, airports, '2030-01-01T00:00:00Z', 48);
const offers = new Map([['o1', offer({ id: 'o1', aircraftCount: 4, turnaroundHours: 6 })]]);
const input = { sorties, timeline: tl, offers, airports };

describe('the schedule (Gantt)', () => {
  it('draws a sailing as a sea bar lasting its crossing, a flight as an air bar', () => {
    const ports = [...airports, airport({ id: 'KRPUS', mode: 'sea', lat: 35.1, lon: 129.04 }), airport({ id: 'JPHKT', mode: 'sea', country: 'JP', lat: 33.6, lon: 130.4 })];
    const ferry = offer({ id: 'ferry', category: 'civil', originAirportIds: ['KRPUS'], destinationAirportId: 'JPHKT', turnaroundHours: 12 });
    const list = [sorties[0]!, sortie({ id: 'sail', offerId: 'ferry', originAirportId: 'KRPUS', destinationAirportId: 'JPHKT', departAt: '2030-01-01T02:00:00Z', allocations: [seat('busan', 300)] })];
    const t = buildTimeline(list, areas, ports, '2030-01-01T00:00:00Z', 48, [ferry]);
    const bars = ganttRows({ sorties: list, timeline: t, offers: new Map([['o1', offers.get('o1')!], ['ferry', ferry]]), airports: ports }, 'airport').flatMap((r) => r.bars);
    const sail = bars.find((b) => b.sortieId === 'sail')!;
    expect(sail.mode).toBe('sea');
    expect(sail.end - sail.start).toBeCloseTo(4.5);
    expect(bars.find((b) => b.sortieId === 's1')!.mode).toBe('air');
  });

  it('draws one bar per sortie, in the air from departure to estimated landing', () => {
    const rows = ganttRows(input, 'airport');
    expect(rows.flatMap((r) => r.bars.map((b) => b.sortieId)).sort()).toEqual(['s1', 's2', 's3', 's4', 's5']);
    const s1 = rows.flatMap((r) => r.bars).find((b) => b.sortieId === 's1')!;
    expect(s1.start).toBe(3);
    const flight = tl.flights.find((f) => f.sortieId === 's1')!;
    expect(s1.end).toBeCloseTo((flight.arriveMs - tl.startMs) / 3_600_000);
    expect(s1.passengers).toBe(100);
    expect(s1.seats).toBe(100);
  });

  it('per airport: overlapping flights on separate lanes, and an hour over capacity marked', () => {
    const rows = ganttRows(input, 'airport');
    const icn = rows.find((r) => r.airportId === 'ICN')!;
    expect(icn.lanes).toBe(2);
    expect(icn.bars.find((b) => b.sortieId === 's3')!.lane).toBe(0);
    expect(icn.bars.find((b) => b.sortieId === 's2')!.locked).toBe(true);
    // PUS takes one departure an hour: two in the 05:00 hour are over.
    const pus = rows.find((r) => r.airportId === 'PUS')!;
    expect(pus.capacity).toBe(1);
    expect(pus.bars.every((b) => b.overCapacity)).toBe(true);
    expect(icn.bars.some((b) => b.overCapacity)).toBe(false);
  });

  it('per airframe: each aircraft of an offer a row, with its turnaround', () => {
    const rows = ganttRows(input, 'airframe');
    expect(rows.map((r) => r.tail)).toEqual([1, 2, 3, 4]);
    expect(rows.reduce((n, r) => n + r.bars.length, 0)).toBe(5);
    const b = rows[0]!.bars[0]!;
    expect(b.readyAgain).toBeCloseTo(b.start + 6);
    // One aircraft less than the plan needs: what no airframe can fly gets its own row, never hidden.
    const tight = ganttRows({ ...input, offers: new Map([['o1', offer({ id: 'o1', aircraftCount: 1, turnaroundHours: 6 })]]) }, 'airframe');
    expect(tight.at(-1)!.tail).toBeUndefined();
    expect(tight.reduce((n, r) => n + r.bars.length, 0)).toBe(5);
  });

  it('packs lanes first fit and scales the horizon to the width', () => {
    expect(packLanes([{ start: 0, end: 2 }, { start: 1, end: 3 }, { start: 2, end: 4 }]).map((x) => x.lane)).toEqual([0, 1, 0]);
    expect(pxPerHour(1000, 100)).toBeCloseTo((1000 - 112) / 100);
    expect(pxPerHour(300, 150)).toBe(5);
    expect(pxPerHour(400, 10)).toBeCloseTo((400 - 64 - 8) / 10);
    const ticks = tickHours(48, 5);
    expect(ticks[1]! * 5).toBeGreaterThanOrEqual(56);
  });

  it('highlights the selected sortie: its leg, its ground legs and its airport', () => {
    const fc = sortieFocusGeoJSON(sorties[0]!, tl, new Map(areas.map((a) => [a.id, a])), new Map(airports.map((a) => [a.id, a])));
    expect(fc.features.map((f) => f.properties.kind)).toEqual(['leg', 'ground', 'origin']);
    const [[w], [e]] = boundsOf(fc)!;
    expect(w).toBeLessThan(127);
    expect(e).toBeGreaterThan(130);
  });

  it('moves between bars with the arrow keys: along a row in time, across rows to the nearest in time', () => {
    const rows = ganttRows(input, 'airport');
    expect(rows.map((r) => r.airportId)).toEqual(['ICN', 'PUS']);
    expect(nextBar(rows, 's1', 'ArrowRight')).toBe('s2');
    expect(nextBar(rows, 's2', 'ArrowRight')).toBe('s3');
    expect(nextBar(rows, 's3', 'ArrowRight')).toBeNull();
    expect(nextBar(rows, 's3', 'Home')).toBe('s1');
    expect(nextBar(rows, 's1', 'ArrowDown')).toBe('s4');
    expect(nextBar(rows, 's5', 'ArrowUp')).toBe('s2');
    expect(nextBar(rows, 's4', 'ArrowDown')).toBeNull();
    expect(nextBar(rows, 's1', 'x')).toBeNull();
  });
});
