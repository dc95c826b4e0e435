import loadHighs from 'highs';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import * as S from '../../shared/schemas/plan-result.ts';
import { explainLeftBehind } from '../../shared/plan/checks/explain.ts';
import { match } from '../../shared/plan/solve/matcher.ts';
import { computeMetrics } from '../../shared/plan/checks/metrics.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { area, at, offer, rule, snapshot } from './fixtures.ts';

const s = snapshot({
  areas: [area('seoul', 'seoul', 200, { priority1: 20, priority2: 80 }), area('busan', 'busan', 100)],
  offers: [
    offer({ id: 'civ', seatsPerSortie: 100 }),
    offer({ id: 'sdf', partnerId: 'jp-mod', category: 'sdf', aircraftType: 'C-2', seatsPerSortie: 110, sorties: 8 }),
  ],
  scenario: { accessRules: [rule({})] },
});
const plan = {
  sorties: [
    { id: 'a', offerId: 'civ', originAirportId: 'RKSI', departAt: at(5), destinationAirportId: 'RJFF', allocations: [{ assemblyAreaId: 'seoul', passengers: 50, locked: false }] },
    { id: 'b', offerId: 'civ', originAirportId: 'RKSI', departAt: at(9), destinationAirportId: 'RJFF', allocations: [{ assemblyAreaId: 'seoul', passengers: 100, locked: false }] },
  ],
};

describe('computeMetrics', () => {
  it('splits people by priority by departure order and sums the figures', () => {
    const m = computeMetrics(s, plan);
    expect(m.peopleOut).toBe(150);
    expect(m.peopleLeft).toBe(150);
    // earliest seats carry priority 1 (20), then 2 (80), then 3.
    expect(m.outByPriority).toEqual({ p1: 20, p2: 80, p3: 50 });
    expect(m.meanDepartureHourByPriority.p1).toBe(5);
    expect(m.meanDepartureHourByPriority.p2).toBeCloseTo((30 * 5 + 50 * 9) / 80);
    expect(m.meanDepartureHourByPriority.p3).toBe(9);
    expect(m.lastDepartureHourByPriority).toEqual({ p1: 5, p2: 9, p3: 9 });
    expect(m.priorityInversions).toBe(0);
    expect(m.seatUse).toBe(0.75);
    expect(m.lastDepartureAt).toBe(at(9));
    expect(m.clearanceHours).toBe(9);
    expect(m.sortiesByCategory).toEqual({ sdf: 0, foreign_military: 0, civil: 2 });
    expect(m.sortiesByPartner).toEqual([{ partnerId: 'jal', name: 'Japan Airlines', sorties: 2, seats: 200, passengers: 150 }]);
    expect(m.byCountry).toHaveLength(1);
    expect(Value.Check(S.PlanMetrics, m)).toBe(true);
  });
});

describe('explainLeftBehind', () => {
  it('names the binding constraint per area and country, with a remedy', () => {
    const e = explainLeftBehind(s, plan);
    expect(Value.Check(S.LeftBehind, e)).toBe(true);
    const busan = e.areas.find((a) => a.assemblyAreaId === 'busan')!;
    expect(busan.binding).toBe('no_offer');
    expect(busan.reason).toBe('100 left in busan: no accepted offer flies from PUS');
    const seoul = e.areas.find((a) => a.assemblyAreaId === 'seoul')!;
    expect(seoul.reason).toMatch(/SDF C-2 ×8 denied at ICN, GMP \(host nation has not granted landing rights/);
    expect(e.countries).toEqual([expect.objectContaining({ country: 'KR', left: 150 })]);
    expect(e.countries[0]!.reason).toMatch(/^150 left in KR: /);
  });
});

describe('result schemas', () => {
  it('describe real validator and matcher output', async () => {
    const highs = await loadHighs();
    const r = match(highs, s, { timeLimitSeconds: 5 });
    expect(Value.Check(S.MatchResult, r)).toBe(true);
    const v = validatePlan(s, { sorties: [{ ...plan.sorties[0]!, offerId: 'sdf' }] });
    expect(v.length).toBeGreaterThan(0);
    expect(v.every((x) => Value.Check(S.Violation, x))).toBe(true);
  });
});
