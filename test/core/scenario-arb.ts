import fc from 'fast-check';
import type { AccessRule, LiftOffer } from '../../shared/schemas/domain.ts';
import { CITIES, PARTNERS, airport, area, at, offer, rule, snapshot } from './fixtures.ts';

// Random small Korean scenarios for the matcher's property tests.
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
export const scenarioArb = fc.record({
  areas: fc.array(areaArb, { minLength: 1, maxLength: 6 }),
  offers: fc.array(offerArb, { minLength: 1, maxLength: 5 }),
  perHour: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 3 }),
  denySdf: fc.boolean(),
  denyIcnMilitaryFrom: fc.option(fc.integer({ min: 0, max: 20 })),
  horizon: fc.integer({ min: 6, max: 36 }),
});

export function build(g: typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never) {
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

