import { describe, expect, it } from 'vitest';
import type { Sortie } from '../../shared/schemas/domain.ts';
import { countInversions, fixInversions } from '../../shared/plan/checks/inversions.ts';
import { computeMetrics } from '../../shared/plan/checks/metrics.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { bruteForceInversions } from './inversion-oracle.ts';
import { area, at, offer, peopleOut, snapshot } from './fixtures.ts';

const sortie = (id: string, hour: number, allocations: [string, number, boolean?][], offerId = 'o1'): Sortie => ({
  id, offerId, originAirportId: 'RKSI', departAt: at(hour), destinationAirportId: 'RJFF',
  allocations: allocations.map(([assemblyAreaId, passengers, locked]) => ({ assemblyAreaId, passengers, locked: locked ?? false })),
});

// a3: 100 priority-3 people near Incheon; b1: 100 priority-1 people, also near Incheon.
const s = snapshot({
  areas: [area('a3', 'incheon', 100), area('b1', 'incheon', 100, { priority1: 100 })],
  offers: [offer({ id: 'o1', seatsPerSortie: 100, sorties: 4, aircraftCount: 4, availableTo: at(24) })],
});

describe('priority inversions', () => {
  it('finds a sortie carrying priority 3 while priority 1 who could board it leaves later, and swaps them', () => {
    const plan = { sorties: [sortie('s1', 5, [['a3', 100]]), sortie('s2', 9, [['b1', 100]])] };
    expect(countInversions(s, plan)).toBe(1);
    expect(bruteForceInversions(s, plan)).toBe(1);
    const fixed = fixInversions(s, plan);
    expect(fixed.swaps).toBe(1);
    expect(fixed.plan.sorties[0]!.allocations).toEqual([{ assemblyAreaId: 'b1', passengers: 100, locked: false }]);
    expect(countInversions(s, fixed.plan)).toBe(0);
    expect(bruteForceInversions(s, fixed.plan)).toBe(0);
    expect(validatePlan(s, fixed.plan)).toEqual([]);
    const m = computeMetrics(s, fixed.plan);
    expect(m.meanDepartureHourByPriority.p1).toBeLessThan(m.meanDepartureHourByPriority.p3!);
  });

  it('swaps in priority-1 people left behind for priority-3 people, people out unchanged', () => {
    const plan = { sorties: [sortie('s1', 5, [['a3', 60], ['b1', 40]])] };
    expect(bruteForceInversions(s, plan)).toBe(1);
    const fixed = fixInversions(s, plan);
    expect(peopleOut(fixed.plan.sorties)).toBe(100);
    expect(fixed.plan.sorties[0]!.allocations).toEqual([{ assemblyAreaId: 'b1', passengers: 100, locked: false }]);
    expect(computeMetrics(s, fixed.plan).leftByPriority).toEqual({ p1: 0, p2: 0, p3: 100 });
  });

  it('leaves what a swap cannot fix: locked allocations, fixed sorties, people not in time', () => {
    const locked = { sorties: [sortie('s1', 5, [['a3', 100, true]]), sortie('s2', 9, [['b1', 100]])] };
    expect(countInversions(s, locked)).toBe(0);
    expect(bruteForceInversions(s, locked)).toBe(0);
    const plan = { sorties: [sortie('s1', 5, [['a3', 100]]), sortie('s2', 9, [['b1', 100]])] };
    expect(countInversions(s, plan, new Set(['s1']))).toBe(0);
    expect(fixInversions(s, plan, new Set(['s1'])).swaps).toBe(0);
    // Priority 1 from Busan cannot be at Incheon at 05:00 (≈ 430 km by road): no inversion there.
    const far = snapshot({
      areas: [area('a3', 'incheon', 100), area('b1', 'busan', 100, { priority1: 100 })],
      offers: [offer({ id: 'o1', originAirportIds: ['RKSI', 'RKPK'] })],
      scenario: { ground: { roadFactor: 1, groundSpeedKmh: 50, maxGroundKm: 500, processingHours: 2 } },
    });
    const farPlan = { sorties: [sortie('s1', 5, [['a3', 100]]), { ...sortie('s2', 9, [['b1', 100]]), originAirportId: 'RKPK' }] };
    expect(countInversions(far, farPlan)).toBe(0);
    expect(bruteForceInversions(far, farPlan)).toBe(0);
  });

  it('a swap needs the lower-priority people to fit the later seat', () => {
    // b1's priority-1 people leave later from Busan, where a3 (Incheon) cannot go in time: not fixable.
    const two = snapshot({
      areas: [area('a3', 'incheon', 100), area('b1', 'seoul', 100, { priority1: 100 })],
      offers: [offer({ id: 'o1', originAirportIds: ['RKSI', 'RKPK'] })],
      scenario: { ground: { roadFactor: 1.3, groundSpeedKmh: 50, maxGroundKm: 420, processingHours: 2 } },
    });
    const plan = { sorties: [sortie('s1', 5, [['a3', 100]]), { ...sortie('s2', 30, [['b1', 100]]), originAirportId: 'RKPK' }] };
    expect(countInversions(two, plan)).toBe(bruteForceInversions(two, plan));
  });
});
