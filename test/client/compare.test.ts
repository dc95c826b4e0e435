import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../client/src/features/planner/stats/compare.ts';
import type { PlanMetrics } from '../../shared/plan/checks/metrics.ts';

const base: PlanMetrics = {
  evacuees: 1000, peopleOut: 600, peopleLeft: 400, outByPriority: { p1: 50, p2: 200, p3: 350 }, leftByPriority: { p1: 0, p2: 0, p3: 400 },
  byCountry: [{ country: 'TW', evacuees: 1000, out: 600, left: 400, evacueesByPriority: { p1: 50, p2: 200, p3: 750 }, outByPriority: { p1: 50, p2: 200, p3: 350 } }],
  sorties: 6, sortiesByPartner: [{ partnerId: 'us', name: 'USAF', sorties: 6, seats: 600, passengers: 600 }],
  sortiesByCategory: { sdf: 0, foreign_military: 6, civil: 0 }, seatsOffered: 600, seatsUsed: 600, seatUse: 1,
  lastDepartureAt: '2030-01-03T00:00:00Z', clearanceHours: 48, meanDepartureHourByPriority: { p1: 10, p2: 20, p3: 30 },
  lastDepartureHourByPriority: { p1: 12, p2: 30, p3: 48 }, priorityInversions: 0, priorityScore: 0,
};
const sdfAllowed: PlanMetrics = {
  ...base, peopleOut: 1000, peopleLeft: 0, outByPriority: { p1: 50, p2: 200, p3: 750 },
  byCountry: [{ ...base.byCountry[0]!, out: 1000, left: 0 }], sorties: 10,
  sortiesByPartner: [...base.sortiesByPartner, { partnerId: 'jasdf', name: 'JASDF', sorties: 4, seats: 440, passengers: 400 }],
  sortiesByCategory: { sdf: 4, foreign_military: 6, civil: 0 }, clearanceHours: 60,
};

describe('comparePlans', () => {
  const c = comparePlans(base, sdfAllowed);
  const get = (k: string) => c.headline.find((r) => r.key === k)!;

  it('gives both sides, the difference and which is better', () => {
    expect(get('out')).toMatchObject({ a: 600, b: 1000, delta: 400, better: 'b' });
    expect(get('left')).toMatchObject({ a: 400, b: 0, delta: -400, better: 'b' });
    expect(get('p1')).toMatchObject({ delta: 0, better: null });
  });

  it('does not call a longer clearance worse when more people get out', () => {
    expect(get('clearance')).toMatchObject({ a: 48, b: 60, delta: 12, better: null });
    expect(comparePlans(base, { ...base, clearanceHours: 40 }).headline.find((r) => r.key === 'clearance')!.better).toBe('b');
  });

  it('lists every partner of either plan, busiest first, with 0 where a plan does not use it', () => {
    expect(c.partners.map((p) => [p.label, p.a, p.b])).toEqual([['USAF', 6, 6], ['JASDF', 0, 4]]);
    expect(c.countries).toEqual([expect.objectContaining({ key: 'country-TW', a: 600, b: 1000 })]);
  });

  it('has no difference when a side is unknown', () => {
    const r = comparePlans({ ...base, clearanceHours: null }, base).headline.find((x) => x.key === 'clearance')!;
    expect(r).toMatchObject({ delta: null, better: null });
  });
});

describe('share differences below a percentage point', () => {
  it('are no difference: no "−0 pt" marked worse', () => {
    const { headline } = comparePlans({ ...base, seatUse: 0.99996 }, { ...base, seatUse: 0.99991 });
    const seat = headline.find((r) => r.key === 'seatUse')!;
    expect(seat.delta).toBe(0);
    expect(seat.better).toBeNull();
  });
});
