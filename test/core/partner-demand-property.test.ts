import fc from 'fast-check';
import loadHighs from 'highs';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { match } from '../../shared/plan/solve/matcher.ts';
import { greedyPlan } from '../../shared/plan/solve/greedy.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { explainLeftBehind } from '../../shared/plan/checks/explain.ts';
import { partnerDemandAreas, partnerOf } from '../../shared/plan/partner-demand.ts';
import type { Partner, Sortie } from '../../shared/schemas/domain.ts';
import type { SeatRequest } from '../../shared/schemas/seat-requests.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { PARTNERS, airport, area, at, offer, snapshot } from './fixtures.ts';

// Reciprocity (issue 15): partners' nationals planned with Japanese demand. For random scenarios the plan
// keeps the three promises — Japan's lift only, inside the requested window, never more than accepted —
// the validator finds no violation, and every accepted seat not carried is left behind with a reason.

let highs: Highs;
beforeAll(async () => { highs = await loadHighs(); });

const GB: Partner = { id: 'gb', name: 'Royal Air Force', nation: 'GB', categories: ['foreign_military'], version: 1 };
const AU: Partner = { id: 'au', name: 'RAAF', nation: 'AU', categories: ['foreign_military'], version: 1 };
const partners = [...PARTNERS, GB, AU];

const requestArb = fc.record({
  partner: fc.constantFrom('gb', 'au'),
  places: fc.uniqueArray(fc.constantFrom('area:seoul', 'area:busan', 'airport:RKPK', 'airport:RKSI'), { minLength: 1, maxLength: 3 }),
  seats: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 3, maxLength: 3 }),
  acceptedShare: fc.double({ min: 0.05, max: 1, noNaN: true }),
  p1: fc.integer({ min: 0, max: 100 }),
  from: fc.integer({ min: 0, max: 20 }),
  length: fc.integer({ min: 2, max: 30 }),
});
const arb = fc.record({
  requests: fc.array(requestArb, { minLength: 1, maxLength: 3 }),
  offers: fc.array(fc.record({
    partnerId: fc.constantFrom('jal', 'jal', 'us-af', 'jp-mod'), seats: fc.integer({ min: 50, max: 400 }),
    sorties: fc.integer({ min: 1, max: 6 }), origins: fc.subarray(['RKSI', 'RKPK'], { minLength: 1 }), from: fc.integer({ min: 0, max: 10 }),
  }), { minLength: 1, maxLength: 4 }),
  people: fc.integer({ min: 50, max: 1500 }),
});

type Gen = typeof arb extends fc.Arbitrary<infer T> ? T : never;

function scenarioOf(g: Gen) {
  const areas = [area('seoul', 'seoul', g.people, { priority1: Math.floor(g.people / 10) }), area('busan', 'busan', g.people)];
  const airports = [airport('ICN'), airport('PUS', { departuresPerHour: 3 }), airport('FUK')];
  const requests: SeatRequest[] = g.requests.map((r, i) => {
    const places = r.places.map((p, k) => { const [kind, id] = p.split(':') as ['area' | 'airport', string]; return { kind, id, seats: r.seats[k]! }; });
    const seats = places.reduce((n, p) => n + p.seats, 0);
    return {
      id: `req-${i}`, partnerId: r.partner, places, seats, priority1: Math.min(r.p1, seats), priority2: 0,
      windowFrom: at(r.from), windowTo: at(r.from + r.length), note: null, status: 'accepted',
      acceptedSeats: Math.max(1, Math.floor(seats * r.acceptedShare)), decisionNote: null, version: 2,
    };
  });
  const demand = partnerDemandAreas({ requests, partners, areas, airports, countries: ['KR'] });
  const offers = g.offers.map((o, i) => offer({
    id: `o${i}`, partnerId: o.partnerId, category: o.partnerId === 'us-af' ? 'foreign_military' : o.partnerId === 'jp-mod' ? 'sdf' : 'civil',
    seatsPerSortie: o.seats, sorties: o.sorties, aircraftCount: 2, originAirportIds: o.origins, availableFrom: at(o.from), availableTo: at(40),
  }));
  const s: PlanningSnapshot = { ...snapshot({ areas: [...areas, ...demand], airports, offers, scenario: { horizonHours: 40 } }), partners };
  return { s, requests };
}

function keptPromises(s: PlanningSnapshot, requests: SeatRequest[], sorties: Sortie[]) {
  const areas = new Map(s.areas.map((a) => [a.id, a]));
  const offers = new Map(s.offers.map((o) => [o.id, o]));
  const carried = new Map<string, number>();
  for (const x of sorties) {
    for (const a of x.allocations) {
      const tag = partnerOf(areas.get(a.assemblyAreaId));
      if (!tag || a.passengers === 0) continue;
      carried.set(tag.requestId, (carried.get(tag.requestId) ?? 0) + a.passengers);
      expect(['jal', 'jp-mod'], `${x.id} carries ${a.assemblyAreaId}`).toContain(offers.get(x.offerId)!.partnerId);
      const t = Date.parse(x.departAt);
      expect(t >= tag.fromMs && t <= tag.toMs, `${x.id} at ${x.departAt} outside the window of ${tag.requestId}`).toBe(true);
    }
  }
  for (const r of requests) expect(carried.get(r.id) ?? 0).toBeLessThanOrEqual(r.acceptedSeats!);
  return carried;
}

describe('partners\' nationals planned with Japanese demand', () => {
  it('keep the promises in the matcher\'s and the greedy plan, and every seat not carried has a reason', () => {
    let partnersCarried = 0;
    let partnersOnForeignRoutes = 0;
    fc.assert(fc.property(arb, (g) => {
      const { s, requests } = scenarioOf(g);
      const greedy = greedyPlan(s);
      expect(validatePlan(s, greedy)).toEqual([]);
      keptPromises(s, requests, greedy.sorties);
      const r = match(highs, s, { timeLimitSeconds: 5 });
      expect(validatePlan(s, r.plan)).toEqual([]);
      const carried = keptPromises(s, requests, r.plan.sorties);
      for (const n of carried.values()) partnersCarried += n;
      partnersOnForeignRoutes += r.plan.sorties.filter((x) => x.offerId.startsWith('o') && s.offers.find((o) => o.id === x.offerId)!.partnerId === 'us-af').length;
      const left = explainLeftBehind(s, r.plan).areas;
      for (const q of requests) {
        const short = q.acceptedSeats! - (carried.get(q.id) ?? 0);
        const explained = left.filter((a) => a.seatRequestId === q.id);
        expect(explained.reduce((n, a) => n + a.left, 0), q.id).toBe(short);
        for (const a of explained) expect(a.partnerId).toBe(q.partnerId);
      }
    }), { numRuns: 30, seed: 1504 });
    // Not vacuous: partners' nationals were carried, and foreign lift flew beside them.
    expect(partnersCarried).toBeGreaterThan(1000);
    expect(partnersOnForeignRoutes).toBeGreaterThan(0);
  }, 300_000);

  it('the validator catches a plan that breaks a promise', () => {
    const { s, requests } = scenarioOf({
      requests: [{ partner: 'gb', places: ['airport:RKSI'], seats: [200, 1, 1], acceptedShare: 0.5, p1: 0, from: 4, length: 20 }],
      offers: [{ partnerId: 'jal', seats: 300, sorties: 4, origins: ['RKSI'], from: 0 }, { partnerId: 'us-af', seats: 300, sorties: 4, origins: ['RKSI'], from: 0 }],
      people: 100,
    });
    const id = 'sr:req-0:0';
    expect(s.areas.find((a) => a.id === id)).toMatchObject({ residents: 100 });
    const sortie = (offerId: string, h: number, n: number): Sortie => ({ id: `x-${offerId}-${h}`, offerId, originAirportId: 'RKSI', destinationAirportId: 'RJFF', departAt: at(h), allocations: [{ assemblyAreaId: id, passengers: n, locked: false }] });
    const rules = (sorties: Sortie[]) => validatePlan(s, { sorties }).map((v) => v.rule).sort();
    expect(rules([sortie('o0', 6, 100)])).toEqual([]);
    expect(rules([sortie('o1', 6, 50)])).toEqual(['partner_not_on_japanese_lift']);
    expect(rules([sortie('o0', 3, 50)])).toEqual(['partner_outside_window']);
    expect(rules([sortie('o0', 25, 50)])).toEqual(['partner_outside_window']);
    expect(rules([sortie('o0', 6, 80), sortie('o0', 12, 40)])).toEqual(['area_over_allocated', 'partner_seats_exceeded']);
    expect(requests[0]!.acceptedSeats).toBe(100);
  });
});
