import { describe, expect, it } from 'vitest';
import { departuresTimeline, planFigures, sortiesByPartner } from '../../client/src/features/planner/stats/plan-stats.ts';
import { airports, areas, offer, partners, sortie } from './fixtures.ts';

const sorties = [
  sortie({ id: 'a', originAirportId: 'PUS', departAt: '2030-01-01T05:10:00Z', allocations: [{ assemblyAreaId: 'busan', passengers: 100, locked: false }] }),
  sortie({ id: 'b', originAirportId: 'PUS', departAt: '2030-01-01T05:50:00Z', allocations: [{ assemblyAreaId: 'busan', passengers: 50, locked: false }] }),
  sortie({ id: 'c', offerId: 'o2', departAt: '2030-01-01T12:00:00Z', allocations: [{ assemblyAreaId: 'seoul', passengers: 200, locked: false }] }),
  sortie({ id: 'd', offerId: 'o2', departAt: '2030-01-02T00:00:00Z', allocations: [] }),
];

describe('departuresTimeline', () => {
  const t = departuresTimeline(sorties, airports, '2030-01-01T00:00:00Z');
  it('buckets departures by clock hour from the scenario start, per origin airport', () => {
    expect(t.map((r) => r.label)).toEqual(['ICN', 'PUS']);
    const pus = t.find((r) => r.airportId === 'PUS')!;
    expect(pus.hours).toEqual([{ hour: 5, sorties: 2, passengers: 150 }]);
  });
  it('counts the hours above the airport\'s departures per hour', () => {
    expect(t.find((r) => r.airportId === 'PUS')!.overCapacity).toBe(1);
    expect(t.find((r) => r.airportId === 'ICN')!.overCapacity).toBe(0);
  });
});

describe('sortiesByPartner', () => {
  it('sums sorties, passengers and seats per partner', () => {
    const rows = sortiesByPartner(sorties, [offer({ id: 'o1' }), offer({ id: 'o2', partnerId: 'jasdf', seatsPerSortie: 200 })], partners);
    expect(rows).toEqual([
      { partnerId: 'jasdf', name: 'JASDF', sorties: 2, passengers: 200, seats: 400 },
      { partnerId: 'usaf', name: 'US Air Force', sorties: 2, passengers: 150, seats: 200 },
    ]);
  });
});

describe('planFigures', () => {
  it('gives people out and left by country and the clearance time of the last loaded departure', () => {
    const f = planFigures(sorties, areas, '2030-01-01T00:00:00Z');
    expect(f).toMatchObject({ evacuees: 1400, planned: 350, left: 1050, sorties: 4, clearanceHours: 12, lastDeparture: '2030-01-01T12:00:00.000Z' });
    expect(f.byCountry).toEqual([{ country: 'KR', evacuees: 1400, planned: 350, left: 1050 }]);
  });
  it('has no clearance time when nobody leaves', () => {
    expect(planFigures([], areas, '2030-01-01T00:00:00Z').clearanceHours).toBeNull();
  });
});
