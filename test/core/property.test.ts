import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Highs } from 'highs';
import type { AccessRule, LiftOffer } from '../../shared/schemas/domain.ts';
import { greedyPlan } from '../../shared/plan/greedy.ts';
import { match } from '../../shared/plan/matcher.ts';
import { priorityScore } from '../../shared/plan/score.ts';
import { validatePlan } from '../../shared/plan/validator.ts';
import { CITIES, PARTNERS, airport, area, at, offer, peopleOut, rule, snapshot } from './fixtures.ts';

let highs: Highs;
beforeAll(async () => { highs = await loadHighs(); });

const cityKeys = ['seoul', 'busan', 'incheon'] as const;
const origins = ['RKSI', 'RKSS', 'RKPK'];

const areaArb = fc.record({
  city: fc.constantFrom(...cityKeys),
  dLat: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
  dLon: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
  people: fc.integer({ min: 0, max: 400 }),
  p1: fc.integer({ min: 0, max: 60 }),
  p2: fc.integer({ min: 0, max: 100 }),
});
const offerArb = fc.record({
  category: fc.constantFrom('sdf', 'foreign_military', 'civil'),
  seats: fc.integer({ min: 20, max: 300 }),
  sorties: fc.integer({ min: 1, max: 6 }),
  aircraft: fc.integer({ min: 1, max: 3 }),
  turnaround: fc.double({ min: 1, max: 9, noNaN: true }),
  origins: fc.subarray(origins, { minLength: 1 }),
  from: fc.integer({ min: 0, max: 12 }),
  length: fc.integer({ min: 1, max: 30 }),
  status: fc.constantFrom('accepted', 'accepted', 'accepted', 'submitted'),
});
const scenarioArb = fc.record({
  areas: fc.array(areaArb, { minLength: 1, maxLength: 6 }),
  offers: fc.array(offerArb, { minLength: 1, maxLength: 5 }),
  perHour: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 3 }),
  denySdf: fc.boolean(),
  denyIcnMilitaryFrom: fc.option(fc.integer({ min: 0, max: 20 })),
  horizon: fc.integer({ min: 6, max: 36 }),
});

function build(g: typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never) {
    const rules: AccessRule[] = [];
    if (g.denySdf) rules.push(rule({}));
    if (g.denyIcnMilitaryFrom !== null) {
      rules.push(rule({ scope: 'airport', scopeId: 'RKSI', category: 'foreign_military', validFrom: at(g.denyIcnMilitaryFrom) }));
    }
    const offers: LiftOffer[] = g.offers.map((o, i) => offer({
      id: `o${i}`, category: o.category as LiftOffer['category'],
      partnerId: o.category === 'sdf' ? 'jp-mod' : o.category === 'civil' ? 'jal' : PARTNERS[1]!.id,
      seatsPerSortie: o.seats, sorties: o.sorties, aircraftCount: o.aircraft, turnaroundHours: o.turnaround,
      originAirportIds: o.origins, availableFrom: at(o.from), availableTo: at(o.from + o.length),
      status: o.status as LiftOffer['status'],
    }));
    return snapshot({
      areas: g.areas.map((a, i) => area(`a${i}`, a.city, a.people, {
        lat: CITIES[a.city].lat + a.dLat, lon: CITIES[a.city].lon + a.dLon,
        priority1: Math.min(a.p1, a.people), priority2: Math.min(a.p2, a.people - Math.min(a.p1, a.people)),
      })),
      airports: [
        airport('ICN', { departuresPerHour: g.perHour[0]! }), airport('GMP', { departuresPerHour: g.perHour[1]! }),
        airport('PUS', { departuresPerHour: g.perHour[2]! }), airport('FUK'),
      ],
      offers,
      scenario: { horizonHours: g.horizon, accessRules: rules },
    });
}

describe('matcher properties', () => {
  it('its plan always passes the validator and never moves fewer people than greedy', () => {
    fc.assert(fc.property(scenarioArb, (g) => {
      const s = build(g);
      const r = match(highs, s, { timeLimitSeconds: 5 });
      const greedy = greedyPlan(s);
      expect(validatePlan(s, greedy)).toEqual([]);
      expect(validatePlan(s, r.plan)).toEqual([]);
      expect(r.warnings).toEqual([]);
      expect(priorityScore(s, r.plan)).toBeGreaterThanOrEqual(priorityScore(s, greedy) - 1e-6);
      expect(peopleOut(r.plan.sorties)).toBeGreaterThanOrEqual(peopleOut(greedy.sorties));
    }), { numRuns: 60, seed: 42 });
  }, 60_000);

  it('LP rounding: valid, never fewer people than greedy, its gap honest against the MIP optimum', () => {
    fc.assert(fc.property(scenarioArb, (g) => {
      const s = build(g);
      const r = match(highs, s, { timeLimitSeconds: 5, strategy: 'lp-rounding' });
      const greedy = greedyPlan(s);
      expect(validatePlan(s, r.plan)).toEqual([]);
      expect(r.warnings).toEqual([]);
      expect(priorityScore(s, r.plan)).toBeGreaterThanOrEqual(priorityScore(s, greedy) - 1e-6);
      expect(peopleOut(r.plan.sorties)).toBeGreaterThanOrEqual(peopleOut(greedy.sorties));
      if (r.status === 'empty') return;
      const exact = match(highs, s, { timeLimitSeconds: 5, mipRelGap: 0, strategy: 'mip' });
      expect(r.bestBound).not.toBeNull();
      expect(r.objective!).toBeLessThanOrEqual(r.bestBound! + 1e-9);
      if (exact.status === 'optimal') {
        expect(exact.objective!).toBeLessThanOrEqual(r.bestBound! + 1e-6);
        expect(r.objective!).toBeLessThanOrEqual(exact.objective! + 1e-6);
      }
      expect(r.gap!).toBeGreaterThanOrEqual(0);
    }), { numRuns: 60, seed: 7 });
  }, 120_000);
});
