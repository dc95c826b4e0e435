import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Highs } from 'highs';
import type { Sortie } from '../../shared/schemas/domain.ts';
import { match } from '../../shared/plan/solve/matcher.ts';
import { replanBreaks, splitForReplan } from '../../shared/plan/solve/replan.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { airport, area, at, offer, peopleOut, snapshot } from './fixtures.ts';

let highs: Highs;
beforeAll(async () => { highs = await loadHighs(); });

const korea = (over: { closed?: string[] } = {}): PlanningSnapshot => snapshot({
  areas: [area('seoul', 'seoul', 2500, { priority1: 200 }), area('incheon', 'incheon', 900), area('busan', 'busan', 1200, { priority2: 100 })],
  airports: [airport('ICN', { departuresPerHour: 2 }), airport('GMP', { departuresPerHour: 1 }), airport('PUS', { departuresPerHour: 2 }), airport('FUK'), airport('NRT')],
  offers: [
    offer({ id: 'c17', partnerId: 'us-af', category: 'foreign_military', aircraftType: 'C-17A', seatsPerSortie: 150, sorties: 12, aircraftCount: 2, turnaroundHours: 6, originAirportIds: ['RKSI', 'RKSS', 'RKPK'] }),
    offer({ id: 'b767', seatsPerSortie: 250, sorties: 8, aircraftCount: 2, turnaroundHours: 5, originAirportIds: ['RKSI', 'RKPK'] }),
  ],
  scenario: { horizonHours: 36, airportStatus: Object.fromEntries((over.closed ?? []).map((id) => [id, 'closed' as const])) },
});

function replan(s: PlanningSnapshot, sorties: Sortie[], fromMs: number, keep?: Set<string>) {
  const split = splitForReplan(sorties, fromMs, keep);
  const r = match(highs, s, { timeLimitSeconds: 10, fixedSorties: split.fixed, lockedSorties: split.locked, notBefore: new Date(fromMs).toISOString() });
  return { split, r };
}

describe('re-plan from an instant', () => {
  it('keeps the departed sorties as they are and departs nothing new before the instant', () => {
    const s = korea();
    const first = match(highs, s, { timeLimitSeconds: 10 }).plan.sorties;
    const fromMs = Date.parse(at(12.5));
    const { split, r } = replan(s, first, fromMs);
    expect(split.fixed.length).toBeGreaterThan(0);
    expect(split.fixed.length).toBeLessThan(first.length);
    expect(replanBreaks(split.fixed, fromMs, r.plan.sorties)).toEqual([]);
    expect(validatePlan(s, r.plan)).toEqual([]);
    expect(r.plan.sorties.filter((x) => !split.fixed.some((f) => f.id === x.id)).every((x) => Date.parse(x.departAt) >= Date.parse(at(13)))).toBe(true);
    // Nothing changed in the scenario: the same people get out.
    expect(peopleOut(r.plan.sorties)).toBe(peopleOut(first));
  });

  it('after an airport closes, moves only future sorties — none from the closed airport after the instant', () => {
    const first = match(highs, korea(), { timeLimitSeconds: 10 }).plan.sorties;
    const fromMs = Date.parse(at(10));
    expect(first.some((x) => x.originAirportId === 'RKSI' && Date.parse(x.departAt) < fromMs)).toBe(true);
    const closed = korea({ closed: ['RKSI'] });
    const { split, r } = replan(closed, first, fromMs);
    expect(replanBreaks(split.fixed, fromMs, r.plan.sorties)).toEqual([]);
    expect(r.status).not.toBe('fallback');
    const future = r.plan.sorties.filter((x) => Date.parse(x.departAt) >= fromMs);
    expect(future.length).toBeGreaterThan(0);
    expect(future.some((x) => x.originAirportId === 'RKSI')).toBe(false);
    // The only rule breaks left are the departed sorties' own: ICN was open when they left.
    const broken = validatePlan(closed, r.plan);
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.every((v) => v.rule === 'airport_closed' && split.fixed.some((f) => f.id === v.sortieId))).toBe(true);
  });

  it('keeps sorties named to keep (confirmed by their partner) whole, wherever they are in time', () => {
    const s = korea();
    const first = match(highs, s, { timeLimitSeconds: 10 }).plan.sorties;
    const late = [...first].sort((a, b) => b.departAt.localeCompare(a.departAt))[0]!;
    const fromMs = Date.parse(at(6));
    const { split, r } = replan(s, first, fromMs, new Set([late.id]));
    expect(split.fixed.map((x) => x.id)).toContain(late.id);
    expect(replanBreaks(split.fixed, fromMs, r.plan.sorties)).toEqual([]);
    expect(validatePlan(s, r.plan)).toEqual([]);
  });

  it('counts the departed sorties against the offer, its aircraft, the airport and the areas', () => {
    // One aircraft, three sorties, 4 h turnaround: two have flown, one is left, not before 06:00.
    const s = snapshot({
      areas: [area('seoul', 'seoul', 1000)],
      airports: [airport('ICN', { departuresPerHour: 1 }), airport('FUK')],
      offers: [offer({ id: 'o', sorties: 3, aircraftCount: 1, turnaroundHours: 4, seatsPerSortie: 100 })],
      scenario: { horizonHours: 24 },
    });
    const flown = (id: string, h: number): Sortie => ({ id, offerId: 'o', originAirportId: 'RKSI', destinationAirportId: 'RJFF', departAt: at(h), allocations: [{ assemblyAreaId: 'seoul', passengers: 60, locked: false }] });
    const { r } = replan(s, [flown('f1', 4), flown('f2', 8)], Date.parse(at(9)));
    const rest = r.plan.sorties.filter((x) => !x.id.startsWith('f'));
    expect(rest.map((x) => x.departAt)).toEqual([at(12)]);
    expect(peopleOut(r.plan.sorties)).toBe(220);
    expect(r.plan.sorties.find((x) => x.id === 'f1')!.allocations).toEqual([{ assemblyAreaId: 'seoul', passengers: 60, locked: false }]);
  });

  it('property: on random instants the kept part is kept and the re-plan is valid', () => {
    const s = korea();
    const first = match(highs, s, { timeLimitSeconds: 10 }).plan.sorties;
    fc.assert(fc.property(fc.integer({ min: 0, max: 36 * 4 }), (q) => {
      const fromMs = Date.parse(at(q / 4));
      const { split, r } = replan(s, first, fromMs);
      expect(replanBreaks(split.fixed, fromMs, r.plan.sorties)).toEqual([]);
      expect(validatePlan(s, r.plan)).toEqual([]);
    }), { numRuns: 12 });
  });
});

describe('replanBreaks', () => {
  const a: Sortie = { id: 'a', offerId: 'o', originAirportId: 'RKSI', destinationAirportId: 'RJFF', departAt: at(1), allocations: [{ assemblyAreaId: 'x', passengers: 3, locked: false }] };
  it('names a kept sortie missing or changed, and a new one before the instant', () => {
    expect(replanBreaks([a], Date.parse(at(2)), [a])).toEqual([]);
    expect(replanBreaks([a], Date.parse(at(2)), [])).toEqual(['kept sortie a is missing']);
    expect(replanBreaks([a], Date.parse(at(2)), [{ ...a, allocations: [] }])).toEqual(['kept sortie a was changed']);
    expect(replanBreaks([], Date.parse(at(2)), [a])[0]).toMatch(/new sortie a departs .* before the re-plan instant/);
  });
});
