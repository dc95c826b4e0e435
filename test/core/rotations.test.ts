import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sortie } from '../../shared/schemas/domain.ts';
import { airframeLabel, assignRotations, nextLegOf, tailsBySortie } from '../../shared/plan/solve/rotations.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { area, at, offer, snapshot } from './fixtures.ts';

const sortie = (id: string, offerId: string, hours: number, origin = 'RKSI'): Sortie => ({
  id, offerId, originAirportId: origin, departAt: at(hours), destinationAirportId: 'RJFF', allocations: [],
});

describe('aircraft rotations', () => {
  it('flies a C-17 pair ICN → FUK and back, each airframe again only after its turnaround', () => {
    const c17 = offer({ id: 'c17', aircraftType: 'C-17A', aircraftCount: 2, turnaroundHours: 8, sorties: 6 });
    const sorties = [sortie('s1', 'c17', 6), sortie('s2', 'c17', 7), sortie('s3', 'c17', 14), sortie('s4', 'c17', 15.5), sortie('s5', 'c17', 22)];
    const [r] = assignRotations([c17], sorties);
    expect(r!.unassigned).toEqual([]);
    expect(r!.tails.map((t) => [t.tail, t.legs.map((l) => l.sortieId)])).toEqual([[1, ['s1', 's3', 's5']], [2, ['s2', 's4']]]);
    expect(r!.tails[0]!.legs[0]!.readyAgainAt).toBe(at(14));
    expect(nextLegOf([r!], 's1')?.departAt).toBe(at(14));
    expect(nextLegOf([r!], 's5')).toBeNull();
    expect(tailsBySortie([r!]).get('s4')).toBe(2);
  });

  it('uses the lowest-numbered free airframe, so a spare aircraft stays on the ground', () => {
    const o = offer({ id: 'o', aircraftCount: 3, turnaroundHours: 4 });
    const [r] = assignRotations([o], [sortie('a', 'o', 0), sortie('b', 'o', 5), sortie('c', 'o', 10)]);
    expect(r!.tails).toHaveLength(1);
    expect(r!.tails[0]!.legs.map((l) => l.sortieId)).toEqual(['a', 'b', 'c']);
  });

  it('reports sorties no airframe can fly, of an unknown offer or without a valid time', () => {
    const o = offer({ id: 'o', aircraftCount: 1, turnaroundHours: 4 });
    const bad = { ...sortie('t', 'o', 2), departAt: 'not a time' };
    const rotations = assignRotations([o], [sortie('a', 'o', 0), sortie('b', 'o', 3.99), bad, sortie('x', 'gone', 1)]);
    const byOffer = new Map(rotations.map((r) => [r.offerId, r]));
    expect(byOffer.get('o')!.unassigned).toEqual([{ sortieId: 't', reason: 'invalid_time' }, { sortieId: 'b', reason: 'no_free_aircraft' }]);
    expect(byOffer.get('gone')).toMatchObject({ aircraftType: null, tails: [], unassigned: [{ sortieId: 'x', reason: 'unknown_offer' }] });
    // Exactly at the turnaround the airframe may fly again, as the validator counts [t, t + turnaround).
    const [ok] = assignRotations([o], [sortie('a', 'o', 0), sortie('b', 'o', 4)]);
    expect(ok!.unassigned).toEqual([]);
  });

  it('is deterministic: equal departure times are ordered by sortie id, whatever the input order', () => {
    const o = offer({ id: 'o', aircraftCount: 2, turnaroundHours: 3 });
    const list = [sortie('b', 'o', 1), sortie('a', 'o', 1), sortie('c', 'o', 4)];
    const one = assignRotations([o], list);
    expect(assignRotations([o], [...list].reverse())).toEqual(one);
    expect(tailsBySortie(one).get('a')).toBe(1);
  });

  const caseArb = fc.record({
    aircraft: fc.integer({ min: 1, max: 4 }),
    turnaround: fc.double({ min: 0.5, max: 12, noNaN: true }),
    // Quarter-hour departures so that windows meet exactly at their edges often.
    departures: fc.array(fc.integer({ min: 0, max: 200 }).map((q) => q / 4), { maxLength: 30 }),
  });

  it('property: no airframe is double-booked, and every sortie has one exactly when the validator finds no turnaround violation', () => {
    fc.assert(fc.property(caseArb, ({ aircraft, turnaround, departures }) => {
      const o = offer({ id: 'o', aircraftCount: aircraft, turnaroundHours: turnaround, sorties: 1000, availableTo: at(100) });
      const sorties = departures.map((h, i) => sortie(`s${String(i).padStart(2, '0')}`, 'o', h));
      const [r] = sorties.length ? assignRotations([o], sorties) : [undefined];
      const assigned = r?.tails.flatMap((t) => t.legs) ?? [];
      for (const t of r?.tails ?? []) {
        expect(t.tail).toBeGreaterThanOrEqual(1);
        expect(t.tail).toBeLessThanOrEqual(aircraft);
        for (let i = 1; i < t.legs.length; i++) {
          expect(Date.parse(t.legs[i]!.departAt)).toBeGreaterThanOrEqual(Date.parse(t.legs[i - 1]!.readyAgainAt));
        }
      }
      expect(assigned.length + (r?.unassigned.length ?? 0)).toBe(sorties.length);
      const snap = snapshot({ areas: [area('a', 'seoul', 0)], offers: [o], scenario: { horizonHours: 100 } });
      const turnaroundOk = !validatePlan(snap, { sorties }).some((v) => v.rule === 'turnaround_exceeded');
      expect((r?.unassigned.length ?? 0) === 0).toBe(turnaroundOk);
    }), { numRuns: 400 });
  });
});

describe('airframeLabel', () => {
  it('prints the model designation and the tail', () => {
    expect(airframeLabel('Lockheed Martin C-130J-30 Super Hercules (USAF; RAAF; RAF)', 2)).toBe('C-130J-30 #2');
    expect(airframeLabel('Boeing 777-300ER', 1)).toBe('777-300ER #1');
    expect(airframeLabel('Airbus A330-200', null)).toBe('A330-200');
    expect(airframeLabel('Ferry', 3)).toBe('Ferry #3');
  });
});
