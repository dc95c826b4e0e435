import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildBoard } from '../../shared/operation/board.ts';
import { balances, reconcileArea } from '../../shared/operation/ground.ts';
import { checkTransition, actionsFor } from '../../shared/operation/lifecycle.ts';
import { checkinsFromCsv } from '../../shared/operation/checkin-rows.ts';
import type { AssemblyArea } from '../../shared/schemas/domain.ts';
import type { OperationSortie } from '../../shared/schemas/operation.ts';

const area = (id: string, residents: number, p1 = 0, p2 = 0): AssemblyArea => ({ id, country: 'KR', zone: 'KR-main', name: id, lat: 37, lon: 127, residents, visitors: 0, priority1: p1, priority2: p2 });
const H = 3_600_000;
const START = '2027-04-01T00:00:00.000Z';
const at = (h: number) => new Date(Date.parse(START) + h * H).toISOString();
const sortie = (id: string, h: number, planned: [string, number][], over: Partial<OperationSortie> = {}): OperationSortie => ({
  sortieId: id, planId: 'p', inForce: true, change: null, replacesSortieId: null, retiredReason: null, offerId: 'o', partnerId: 'pa',
  originAirportId: 'GMP', destinationAirportId: 'HND', plannedDepartAt: at(h), planned: planned.map(([a, n]) => ({ assemblyAreaId: a, passengers: n })),
  plannedPassengers: planned.reduce((k, [, n]) => k + n, 0), seats: 50, state: 'planned', reason: null, departedAt: null, arrivedAt: null,
  manifest: [], version: 1, updatedBy: null, updatedAt: START, ...over,
});

describe('sortie lifecycle rules', () => {
  it('allows the documented path and names the state when refusing', () => {
    expect(actionsFor('planned', 'planner')).toEqual(['task', 'cancel']);
    expect(actionsFor('planned', 'liaison')).toEqual(['cancel']);
    expect(actionsFor('tasked', 'liaison')).toEqual(['confirm', 'decline', 'depart', 'cancel']);
    expect(actionsFor('departed', 'planner')).toEqual(['arrive']);
    expect(actionsFor('arrived', 'planner')).toEqual([]);
    expect(actionsFor('tasked', 'reader')).toEqual([]);
    const no = checkTransition('departed', 'cancel', 'planner');
    expect(no).toMatchObject({ ok: false, kind: 'state', state: 'departed' });
  });
});

describe('reconciliation: out + waiting + not present = registry + walk-ins', () => {
  it('holds for any registry, check-in and boarded counts', () => {
    fc.assert(fc.property(fc.nat(500), fc.nat(500), fc.nat(500), fc.nat(600), fc.nat(600), fc.boolean(), (res, p1, p2, checked, boarded, hasCheckin) => {
      const a = area('a', res, Math.min(p1, res), Math.min(p2, Math.max(0, res - p1)));
      const rec = reconcileArea(a, hasCheckin ? { id: 1, assemblyAreaId: 'a', at: START, priority1: 0, priority2: 0, priority3: checked, source: 'manual', enteredBy: null } : undefined, { 1: 0, 2: 0, 3: boarded });
      return [1, 2, 3].every((p) => balances(rec[p as 1 | 2 | 3]) && rec[p as 1 | 2 | 3].waiting >= 0);
    }));
  });

  it('counts walk-ins above the registry and people who boarded without checking in', () => {
    const rec = reconcileArea(area('a', 100, 10, 20), { id: 1, assemblyAreaId: 'a', at: START, priority1: 4, priority2: 25, priority3: 90, source: 'manual', enteredBy: null }, { 1: 6, 2: 0, 3: 30 });
    expect(rec[1]).toMatchObject({ registry: 10, checkedIn: 6, out: 6, waiting: 0, notPresent: 4, walkIns: 0, uncounted: 2 });
    expect(rec[2]).toMatchObject({ registry: 20, checkedIn: 25, waiting: 25, walkIns: 5, notPresent: 0 });
    expect(rec[3]).toMatchObject({ registry: 70, checkedIn: 90, out: 30, waiting: 60, walkIns: 20 });
  });
});

describe('situation board', () => {
  const areas = [area('a', 100, 10, 20), area('b', 40)];
  const sorties = [
    sortie('s1', 5, [['a', 30]], { state: 'departed', departedAt: at(5.5), manifest: [{ assemblyAreaId: 'a', priority: 1, passengers: 10 }, { assemblyAreaId: 'a', priority: 2, passengers: 15 }] }),
    sortie('s2', 6, [['b', 30]], { state: 'confirmed' }),
    sortie('s3', 9, [['a', 40]], { state: 'tasked' }),
    sortie('s4', 20, [['a', 30], ['b', 10]]),
    sortie('s5', 8, [['b', 10]], { state: 'declined', reason: 'no crew' }),
  ];
  const board = buildBoard({ startsAt: START, horizonHours: 24, nowMs: Date.parse(at(10)), areas, checkins: [], sorties });

  it('adds up out vs planned by country and priority, and reconciles', () => {
    const kr = board.countries[0]!;
    expect(kr.total).toMatchObject({ registry: 140, out: 25, plannedByNow: 100, plannedTotal: 140 });
    expect(kr.byPriority[1]).toMatchObject({ registry: 10, out: 10, plannedByNow: 10 });
    expect(board.total.balanced).toBe(true);
    // The all-countries total is the sum of the countries, planned figures included (they were counted twice).
    expect(board.total).toMatchObject({ registry: 140, out: 25, plannedByNow: 100, plannedTotal: 140 });
  });

  it('lists late sorties, below-load departures, stalled areas and the next six hours', () => {
    expect(board.late.map((l) => l.sortieId)).toEqual(['s2', 's3', 's1']);
    expect(board.belowLoad).toEqual([expect.objectContaining({ sortieId: 's1', aboard: 25, planned: 30 })]);
    expect(board.nextSixHours).toEqual([]);
    const later = buildBoard({ startsAt: START, horizonHours: 24, nowMs: Date.parse(at(15)), areas, checkins: [], sorties });
    expect(later.nextSixHours[0]!.sorties.map((s) => s.sortieId)).toEqual(['s4']);
    expect(later.stalled).toEqual([]);
    const counted = buildBoard({ startsAt: START, horizonHours: 24, nowMs: Date.parse(at(10)), areas, sorties,
      checkins: [{ id: 1, assemblyAreaId: 'a', at: at(4), priority1: 10, priority2: 20, priority3: 50, source: 'manual', enteredBy: null }] });
    expect(counted.stalled).toEqual([expect.objectContaining({ assemblyAreaId: 'a', waiting: 55 })]);
  });

  it('burns down the planned and the flown people by the hour', () => {
    const p = (h: number) => board.burnDown.find((x) => x.at === at(h))!;
    expect(p(0)).toEqual({ at: at(0), planned: 140, actual: 140 });
    expect(p(6)).toMatchObject({ planned: 80, actual: 115 });
    expect(p(12).actual).toBeNull();
    expect(p(24).planned).toBe(0);
  });
});

describe('check-in CSV', () => {
  const rules = { areaIds: new Set(['a']), notBeforeMs: Date.parse(START), notAfterMs: Date.parse(at(10)) };
  const rec = (lines: string[]) => lines.map((l, i) => ({ fields: l.split(','), line: i + 1 }));
  it('reads good rows and reports every bad one, storing none', () => {
    const good = checkinsFromCsv(rec(['assemblyAreaId,at,priority1,priority2,priority3', `a,${at(2)},1,2,3`]), rules);
    expect(good).toEqual({ rows: [{ assemblyAreaId: 'a', at: at(2), priority1: 1, priority2: 2, priority3: 3 }], errors: [] });
    const bad = checkinsFromCsv(rec(['assemblyAreaId,at,priority1,priority2,priority3', `a,${at(2)},1,2,3`, 'x,2027-02-30T00:00:00Z,-1,1.5,abc', `a,${at(20)},1,1,1`]), rules);
    expect(bad.rows).toEqual([]);
    expect(bad.errors.map((e) => `${e.row}:${e.field}`)).toEqual(['3:priority1', '3:priority2', '3:priority3', '3:assemblyAreaId', '3:at', '4:at']);
    expect(checkinsFromCsv(rec(['area,at']), rules).errors[0]).toMatchObject({ row: 1 });
  });

  it('reads a Japanese header in any order; the same column in both languages is refused by code', () => {
    const ja = checkinsFromCsv(rec(['優先度3,日時,集合地点ID,優先度1,優先度2', `3,${at(2)},a,1,2`]), rules);
    expect(ja).toEqual({ rows: [{ assemblyAreaId: 'a', at: at(2), priority1: 1, priority2: 2, priority3: 3 }], errors: [] });
    const mixed = checkinsFromCsv(rec(['assemblyAreaId,集合地点ID,at,priority1,priority2,priority3', `a,a,${at(2)},1,2,3`]), rules);
    expect(mixed.errors).toEqual([expect.objectContaining({ row: 1, field: 'assemblyAreaId', code: 'header_mixed' })]);
    const cells = checkinsFromCsv(rec(['assemblyAreaId,at,priority1,priority2,priority3', `a,${at(2)},1,2`]), rules);
    expect(cells.errors).toEqual([expect.objectContaining({ row: 2, code: 'row_cells', params: { cells: 4, expected: 5 } })]);
  });
});
