import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Highs } from 'highs';
import type { Sortie } from '../../shared/schemas/domain.ts';
import { explainLeftBehind } from '../../shared/plan/checks/explain.ts';
import { greedyPlan } from '../../shared/plan/solve/greedy.ts';
import { match, type MatchOptions } from '../../shared/plan/solve/matcher.ts';
import { computeMetrics } from '../../shared/plan/checks/metrics.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { airport, area, at, hazardAround, offer, peopleOut, rule, snapshot } from './fixtures.ts';

let highs: Highs;
beforeAll(async () => { highs = await loadHighs(); });

function solve(s: PlanningSnapshot, opts: Partial<MatchOptions> = {}) {
  const r = match(highs, s, { timeLimitSeconds: 10, ...opts });
  expect(validatePlan(s, r.plan)).toEqual([]);
  return r;
}

describe('matcher on hand-built scenarios with a known optimum', () => {
  it('never uses an SDF offer where SDF is denied; civil carries what it can', () => {
    const s = snapshot({
      areas: [area('seoul', 'seoul', 500)],
      offers: [
        offer({ id: 'sdf', partnerId: 'jp-mod', category: 'sdf', aircraftType: 'C-2', seatsPerSortie: 110, sorties: 8 }),
        offer({ id: 'civ', seatsPerSortie: 100, sorties: 2, aircraftCount: 2 }),
      ],
      scenario: { accessRules: [rule({})] },
    });
    const r = solve(s);
    expect(r.status).toBe('optimal');
    expect(r.plan.sorties.every((x) => x.offerId === 'civ')).toBe(true);
    expect(peopleOut(r.plan.sorties)).toBe(200);
    const left = explainLeftBehind(s, r.plan);
    expect(left.areas[0]!.left).toBe(300);
    expect(left.areas[0]!.reason).toMatch(/^300 left in seoul: every accepted offer .* is full.*SDF C-2 ×8 denied/);
    expect(left.areas[0]!.remedy).toMatch(/^\+3 civil sorties of 100 seats at ICN/);
  });

  it('departures per hour saturate the airport', () => {
    const s = snapshot({
      areas: [area('seoul', 'seoul', 1000)],
      airports: [airport('ICN', { departuresPerHour: 1 }), airport('FUK')],
      offers: [offer({ sorties: 10, aircraftCount: 10 })],
      scenario: { horizonHours: 6 },
    });
    const r = solve(s);
    // Seoul → ICN: 2 h processing + ~1.2 h road → first departure 04:00; slots 04, 05, 06.
    expect(r.plan.sorties.map((x) => x.departAt)).toEqual([at(4), at(5), at(6)]);
    expect(peopleOut(r.plan.sorties)).toBe(300);
    expect(explainLeftBehind(s, r.plan).areas[0]!.binding).toBe('departure_slots');
  });

  it('one aircraft with a 5 h turnaround flies every 5 hours', () => {
    const s = snapshot({
      areas: [area('seoul', 'seoul', 1000)],
      offers: [offer({ sorties: 10, aircraftCount: 1, turnaroundHours: 5 })],
      scenario: { horizonHours: 14 },
    });
    const r = solve(s);
    expect(r.plan.sorties.map((x) => x.departAt)).toEqual([at(4), at(9), at(14)]);
    expect(explainLeftBehind(s, r.plan).areas[0]!.binding).toBe('aircraft_cycles');
  });

  it('a hazard zone cutting the road to the airport keeps people from it', () => {
    const parts = { areas: [area('seoul', 'seoul', 100)], offers: [offer({ originAirportIds: ['RKSI'] })] };
    expect(peopleOut(solve(snapshot(parts)).plan.sorties)).toBe(100);
    const cut = snapshot({ ...parts, scenario: { hazardZones: [hazardAround('front', 37.5, 126.7, 5)] } });
    const r = solve(cut);
    expect(peopleOut(r.plan.sorties)).toBe(0);
    expect(explainLeftBehind(cut, r.plan).areas[0]!.binding).toBe('no_offer');
  });

  it('keeps a locked allocation as it is and re-plans the rest', () => {
    const s = snapshot({ areas: [area('seoul', 'seoul', 500)], offers: [offer({ id: 'civ', sorties: 2, aircraftCount: 2 })] });
    const locked: Sortie = {
      id: 'kept', offerId: 'civ', originAirportId: 'RKSI', departAt: at(10.5), destinationAirportId: 'RJFF',
      allocations: [{ assemblyAreaId: 'seoul', passengers: 30, locked: true }, { assemblyAreaId: 'seoul', passengers: 5, locked: false }],
    };
    const r = solve(s, { lockedSorties: [locked] });
    const kept = r.plan.sorties.find((x) => x.id === 'kept')!;
    expect(kept.departAt).toBe(at(10.5));
    expect(kept.allocations.filter((a) => a.locked)).toEqual([{ assemblyAreaId: 'seoul', passengers: 30, locked: true }]);
    expect(r.plan.sorties).toHaveLength(2);
    expect(peopleOut(r.plan.sorties)).toBe(130); // the locked sortie's other 70 seats stay free: its area is locked on it
  });

  it('gives scarce seats to priority 1 first', () => {
    const s = snapshot({
      areas: [area('seoul', 'seoul', 100), area('incheon', 'incheon', 50, { priority1: 50 })],
      offers: [offer({ sorties: 1, aircraftCount: 1, seatsPerSortie: 60 })],
    });
    const m = computeMetrics(s, solve(s).plan);
    expect(m.outByPriority).toEqual({ p1: 50, p2: 0, p3: 10 });
  });

  it('moves strictly more than the greedy baseline when greedy flies half empty', () => {
    const s = snapshot({
      areas: [area('incheon', 'incheon', 10), area('seoul', 'seoul', 200)],
      offers: [offer({ sorties: 1, aircraftCount: 1, seatsPerSortie: 200 })],
    });
    expect(peopleOut(greedyPlan(s).sorties)).toBe(10);
    const r = solve(s);
    expect(peopleOut(r.plan.sorties)).toBe(200);
    expect(r.plan.sorties[0]!.departAt).toBe(at(4));
  });

  it('prefers earlier departures, then shorter roads', () => {
    const s = snapshot({
      areas: [area('seoul', 'seoul', 100)],
      offers: [offer({ originAirportIds: ['RKSI', 'RKSS', 'RKPK'], sorties: 1 })],
    });
    const [only] = solve(s).plan.sorties;
    expect(only!.originAirportId).toBe('RKSS'); // Gimpo: closer, so ready an hour earlier than Incheon
    expect(only!.departAt).toBe(at(3));
  });

  it('returns an empty plan when nothing can fly', () => {
    const s = snapshot({ areas: [area('seoul', 'seoul', 100)], offers: [offer({ status: 'submitted' })] });
    const r = solve(s);
    expect(r.status).toBe('empty');
    expect(r.plan.sorties).toEqual([]);
    expect(explainLeftBehind(s, r.plan).areas[0]!.remedy).toMatch(/accept/);
  });
});
