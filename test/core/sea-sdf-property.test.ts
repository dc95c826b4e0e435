import fc from 'fast-check';
import loadHighs from 'highs';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { match } from '../../shared/plan/solve/matcher.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { resolveAccess } from '../../shared/plan/rules/access.ts';
import type { AccessRule, Airport, LiftOffer } from '../../shared/schemas/domain.ts';
import { CITIES, airport, area, at, offer, rule, snapshot } from './fixtures.ts';

// The promise "SDF never where denied", with seaports: random small Korean scenarios mixing airports and
// ports, aircraft and ship offers of every category, and SDF rules by country, by airport and by port, in and
// out of force. The matcher's plan never puts an SDF sortie or sailing where a rule in force denies it, and
// passes the validator (the same code for both modes).

let highs: Highs;
beforeAll(async () => { highs = await loadHighs(); });

const BUSAN_PORT: Airport = { id: 'port-busan', iata: null, icao: null, name: 'Busan Port', country: 'KR', zone: 'KR-main', lat: 35.10389, lon: 129.07889, runwayM: null, departuresPerHour: 2, status: 'open', role: null, mode: 'sea', berths: 6, unlocode: 'KRPUS' };
const HAKATA_PORT: Airport = { ...BUSAN_PORT, id: 'port-hakata', name: 'Hakata Port', country: 'JP', zone: 'JP-kyushu', lat: 33.608194, lon: 130.400111, unlocode: null };
const AIR_ORIGINS = ['RKSI', 'RKPK'];
const POINTS = ['RKSI', 'RKPK', 'port-busan', 'port-hakata', 'RJFF'];

const offerArb = fc.record({
  sea: fc.boolean(),
  category: fc.constantFrom('sdf', 'sdf', 'foreign_military', 'civil'),
  seats: fc.integer({ min: 50, max: 600 }),
  sorties: fc.integer({ min: 1, max: 5 }),
  turnaround: fc.integer({ min: 3, max: 14 }),
  from: fc.integer({ min: 0, max: 12 }),
  airOrigins: fc.subarray(AIR_ORIGINS, { minLength: 1 }),
});
const ruleArb = fc.record({
  point: fc.option(fc.constantFrom(...POINTS)),
  effect: fc.constantFrom('deny', 'deny', 'allow'),
  from: fc.option(fc.integer({ min: 0, max: 24 })),
  to: fc.option(fc.integer({ min: 12, max: 36 })),
});
const arb = fc.record({
  offers: fc.array(offerArb, { minLength: 1, maxLength: 5 }),
  rules: fc.array(ruleArb, { minLength: 0, maxLength: 4 }),
  denyKr: fc.boolean(),
  people: fc.integer({ min: 100, max: 2000 }),
});

describe('SDF and Maritime SDF are never planned where denied (airports and seaports)', () => {
  it('holds for random mixed air and sea scenarios', () => {
    fc.assert(fc.property(arb, (g) => {
      const rules: AccessRule[] = g.rules.map((r, i) => ({
        id: `r${i}`, scope: r.point === null ? 'country' : 'airport', scopeId: r.point ?? 'KR', category: 'sdf', nation: null,
        effect: r.effect as 'deny' | 'allow', validFrom: r.from === null ? null : at(r.from), validTo: r.to === null ? null : at(r.to), reason: 'property',
      }));
      if (g.denyKr) rules.push(rule({}));
      const offers: LiftOffer[] = g.offers.map((o, i) => offer({
        id: `o${i}`, category: o.category as LiftOffer['category'], partnerId: o.category === 'sdf' ? 'jp-mod' : o.category === 'civil' ? 'jal' : 'us-af',
        aircraftType: o.sea ? 'ship' : 'plane', seatsPerSortie: o.seats, sorties: o.sorties, aircraftCount: 1, turnaroundHours: o.turnaround,
        originAirportIds: o.sea ? ['port-busan'] : o.airOrigins, destinationAirportId: o.sea ? 'port-hakata' : 'RJFF',
        availableFrom: at(o.from), availableTo: at(o.from + 30),
      }));
      const s = snapshot({
        areas: [area('busan', 'busan', g.people), area('seoul', 'seoul', g.people, { lat: CITIES.seoul.lat, lon: CITIES.seoul.lon })],
        airports: [airport('ICN'), airport('PUS'), airport('FUK'), BUSAN_PORT, HAKATA_PORT],
        offers, scenario: { horizonHours: 36, accessRules: rules },
      });
      const r = match(highs, s, { timeLimitSeconds: 5 });
      expect(validatePlan(s, r.plan)).toEqual([]);
      const byId = new Map(offers.map((o) => [o.id, o]));
      const points = new Map(s.airports.map((a) => [a.id, a]));
      for (const x of r.plan.sorties) {
        const o = byId.get(x.offerId)!;
        if (o.category !== 'sdf') continue;
        for (const id of [x.originAirportId, x.destinationAirportId]) {
          expect(resolveAccess(s.scenario, points.get(id)!, 'sdf', 'JP', Date.parse(x.departAt)).allowed, `${x.id} at ${id}`).toBe(true);
        }
      }
      // with SDF denied in the whole of KR and no allow rule, no SDF sortie or sailing at all
      if (g.denyKr && !rules.some((x) => x.effect === 'allow')) {
        expect(r.plan.sorties.filter((x) => byId.get(x.offerId)!.category === 'sdf')).toEqual([]);
      }
    }), { numRuns: 40, seed: 15 });
  }, 300_000);
});
