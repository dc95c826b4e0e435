import fc from 'fast-check';
import loadHighs from 'highs';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { match } from '../../shared/plan/solve/matcher.ts';
import { greedyPlan } from '../../shared/plan/solve/greedy.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { explainLeftBehind } from '../../shared/plan/checks/explain.ts';
import { seatShareProblem } from '../../shared/offers/seat-share.ts';
import type { LiftOffer, Sortie } from '../../shared/schemas/domain.ts';
import { area, at, offer, peopleOut, snapshot } from './fixtures.ts';

// Seats on a partner's own sorties (issue 15): the partner fixes each departure (airport and time); the plan
// fills its seats like any other, at exactly those departures, each at most once, never more than offered.

let highs: Highs;
beforeAll(async () => { highs = await loadHighs(); });

const share = (departures: [string, string][], over: Partial<LiftOffer> = {}): LiftOffer => offer({
  partnerId: 'us-af', category: 'foreign_military', aircraftType: 'C-17A', seatsPerSortie: 40,
  originAirportIds: [...new Set(departures.map(([o]) => o))], sorties: departures.length, aircraftCount: 1, turnaroundHours: 12,
  availableFrom: at(0), availableTo: at(24),
  seatShare: { departures: departures.map(([originAirportId, departAt]) => ({ originAirportId, departAt })) }, ...over,
});
const of = (sorties: Sortie[], id: string) => sorties.filter((s) => s.offerId === id);

describe('seat shares on partners\' own sorties', () => {
  it('fills the partner\'s seats at its own departures only, at their exact times, each once', () => {
    const o = share([['RKSI', at(6.5)], ['RKSI', at(7)], ['RKSS', at(13.25)]]);
    const s = snapshot({ areas: [area('seoul', 'seoul', 1000, { priority1: 100 })], offers: [o] });
    const r = match(highs, s, { timeLimitSeconds: 10 });
    expect(validatePlan(s, r.plan)).toEqual([]);
    const flown = of(r.plan.sorties, o.id).map((x) => `${x.originAirportId}@${x.departAt}`).sort();
    expect(flown).toEqual([`RKSI@${at(6.5)}`, `RKSI@${at(7)}`, `RKSS@${at(13.25)}`].sort());
    for (const x of of(r.plan.sorties, o.id)) expect(peopleOut([x])).toBe(40);
    // two departures 30 min apart on one aircraft: the partner's schedule, not a turnaround break
    expect(validatePlan(s, r.plan).some((v) => v.rule === 'turnaround_exceeded')).toBe(false);
  });

  it('boards only people ready by the start of the departure\'s hour; a departure before anyone can arrive stays empty', () => {
    // processing 2 h + road: nobody reaches Incheon at H+1:30
    const o = share([['RKSI', at(1.5)], ['RKSI', at(9.75)]]);
    const s = snapshot({ areas: [area('seoul', 'seoul', 500)], offers: [o] });
    const r = match(highs, s, { timeLimitSeconds: 10 });
    expect(validatePlan(s, r.plan)).toEqual([]);
    expect(of(r.plan.sorties, o.id).map((x) => x.departAt)).toEqual([at(9.75)]);
    const left = explainLeftBehind(s, r.plan);
    expect(left.areas[0]?.left).toBe(460);
  });

  it('flags a sortie at no listed departure and a departure planned twice; turnaround does not bind', () => {
    const o = share([['RKSI', at(8)], ['RKSI', at(9)]]);
    const s = snapshot({ areas: [area('seoul', 'seoul', 500)], offers: [o] });
    const sortie = (id: string, departAt: string): Sortie => ({
      id, offerId: o.id, originAirportId: 'RKSI', destinationAirportId: 'RJFF', departAt,
      allocations: [{ assemblyAreaId: 'seoul', passengers: 10, locked: false }],
    });
    expect(validatePlan(s, { sorties: [sortie('a', at(8)), sortie('b', at(9))] })).toEqual([]);
    const wrong = validatePlan(s, { sorties: [sortie('a', at(8)), sortie('b', at(10))] });
    expect(wrong.map((v) => v.rule)).toContain('seat_share_departure');
    const twice = validatePlan(s, { sorties: [sortie('a', at(8)), sortie('b', at(8))] });
    expect(twice.map((v) => v.rule)).toEqual(['seat_share_twice']);
    expect(twice[0]!.params).toMatchObject({ sortie: 'b', other: 'a', airport: 'ICN' });
  });

  it('keeps a locked seat-share sortie at its time through a re-plan', () => {
    const o = share([['RKSI', at(6.5)], ['RKSI', at(12.5)]]);
    const s = snapshot({ areas: [area('seoul', 'seoul', 1000)], offers: [o] });
    const locked: Sortie = { id: 'kept', offerId: o.id, originAirportId: 'RKSI', destinationAirportId: 'RJFF', departAt: at(12.5),
      allocations: [{ assemblyAreaId: 'seoul', passengers: 25, locked: true }] };
    const r = match(highs, s, { timeLimitSeconds: 10, lockedSorties: [locked] });
    expect(validatePlan(s, r.plan)).toEqual([]);
    const kept = r.plan.sorties.find((x) => x.departAt === at(12.5) && x.offerId === o.id)!;
    expect(kept.allocations.find((a) => a.locked)?.passengers).toBe(25);
    expect(of(r.plan.sorties, o.id)).toHaveLength(2);
  });

  it('checks the offer itself: origins, window, duplicates, the sortie count', () => {
    const base = share([['RKSI', at(6)], ['RKSS', at(7)]]);
    expect(seatShareProblem(base)).toBeNull();
    expect(seatShareProblem({ ...base, originAirportIds: ['RKSI'] })?.field).toBe('seatShare.departures[1].originAirportId');
    expect(seatShareProblem({ ...base, availableTo: at(6.5) })?.field).toBe('seatShare.departures[1].departAt');
    expect(seatShareProblem(share([['RKSI', at(6)], ['RKSI', at(6)]]))?.code).toBe('listed_twice');
    expect(seatShareProblem({ ...base, sorties: 3 })).toMatchObject({ field: 'sorties', code: 'sorties_mismatch' });
  });

  it('property: whatever the departures, every plan keeps to them, each once, within the seats offered', () => {
    const dep = fc.record({ airport: fc.constantFrom('RKSI', 'RKSS', 'RKPK'), quarter: fc.integer({ min: 0, max: 95 }) });
    fc.assert(fc.property(fc.uniqueArray(dep, { minLength: 1, maxLength: 8, selector: (d) => `${d.airport}|${d.quarter}` }),
      fc.integer({ min: 1, max: 300 }), fc.boolean(), (deps, seats, withWhole) => {
        const o = share(deps.map((d) => [d.airport, at(d.quarter / 4)]), { seatsPerSortie: seats });
        const offers = withWhole ? [o, offer({ seatsPerSortie: 150, sorties: 3, aircraftCount: 1, turnaroundHours: 5 })] : [o];
        const s = snapshot({ areas: [area('seoul', 'seoul', 1200, { priority1: 200 }), area('busan', 'busan', 800)], offers });
        for (const plan of [greedyPlan(s), match(highs, s, { timeLimitSeconds: 5 }).plan]) {
          expect(validatePlan(s, plan)).toEqual([]);
          const listed = new Set(deps.map((d) => `${d.airport}@${at(d.quarter / 4)}`));
          const used = of(plan.sorties, o.id).map((x) => `${x.originAirportId}@${x.departAt}`);
          for (const u of used) expect(listed.has(u)).toBe(true);
          expect(new Set(used).size).toBe(used.length);
          for (const x of of(plan.sorties, o.id)) expect(peopleOut([x])).toBeLessThanOrEqual(seats);
        }
      }), { numRuns: 25 });
  });
});
