import { describe, expect, it } from 'vitest';
import {
  addSortie, allocationsOfArea, draftSortieId, isDirty, movePassengers, passengersOf, removeSortie, seatsUsed, setDeparture,
  setLocked, setPassengers,
} from '../../client/src/features/planner/edit/plan-edits.ts';
import { sortie } from './fixtures.ts';

const plan = [
  sortie({ id: 's1', allocations: [{ assemblyAreaId: 'seoul', passengers: 60, locked: false }, { assemblyAreaId: 'busan', passengers: 10, locked: true }] }),
  sortie({ id: 's2', departAt: '2030-01-01T08:00:00Z', allocations: [] }),
];
const frozen = JSON.stringify(plan);

describe('plan edits', () => {
  it('move passengers between sorties without touching the input', () => {
    const out = movePassengers(plan, 'seoul', 's1', 's2', 25);
    expect(passengersOf(out[0], 'seoul')).toBe(35);
    expect(out[1]!.allocations).toEqual([{ assemblyAreaId: 'seoul', passengers: 25, locked: false }]);
    expect(JSON.stringify(plan)).toBe(frozen);
  });

  it('never move more than the source carries, and drop an emptied unlocked allocation', () => {
    const out = movePassengers(plan, 'seoul', 's1', 's2', 1000);
    expect(out[0]!.allocations.map((a) => a.assemblyAreaId)).toEqual(['busan']);
    expect(passengersOf(out[1], 'seoul')).toBe(60);
    expect(seatsUsed(out[0]!) + seatsUsed(out[1]!)).toBe(70);
  });

  it('keep a locked allocation at zero (the lock says "keep this") and round counts to whole ≥ 0', () => {
    expect(setPassengers(plan, 's1', 'busan', 0)[0]!.allocations).toContainEqual({ assemblyAreaId: 'busan', passengers: 0, locked: true });
    expect(passengersOf(setPassengers(plan, 's1', 'seoul', 12.6)[0], 'seoul')).toBe(13);
    expect(passengersOf(setPassengers(plan, 's1', 'seoul', -5)[0], 'seoul')).toBe(0);
    expect(setPassengers(plan, 's2', 'jeju', 0)[1]).toBe(plan[1]);
  });

  it('lock and unlock an allocation', () => {
    const locked = setLocked(plan, 's1', 'seoul', true);
    expect(locked[0]!.allocations[0]!.locked).toBe(true);
    expect(setLocked(locked, 's1', 'seoul', false)[0]!.allocations[0]!.locked).toBe(false);
  });

  it('add and remove sorties; unknown ids are errors, not silent no-ops', () => {
    const added = addSortie(plan, { offerId: 'sdf1', originAirportId: 'ICN', destinationAirportId: 'FUK', departAt: '2030-01-02T00:00:00Z' }, 'draft-1');
    expect(added).toHaveLength(3);
    expect(added[2]).toMatchObject({ id: 'draft-1', allocations: [] });
    expect(() => addSortie(added, { offerId: 'x', originAirportId: 'ICN', destinationAirportId: 'FUK', departAt: '2030-01-02T00:00:00Z' }, 'draft-1')).toThrow(/exists/);
    expect(removeSortie(added, 's1').map((s) => s.id)).toEqual(['s2', 'draft-1']);
    expect(() => removeSortie(plan, 'nope')).toThrow(/No sortie/);
    expect(() => movePassengers(plan, 'seoul', 's1', 'nope', 1)).toThrow(/No sortie/);
  });

  it('sets departure times in ISO UTC and refuses non-times', () => {
    expect(setDeparture(plan, 's2', '2030-01-01T09:30:00+09:00')[1]!.departAt).toBe('2030-01-01T00:30:00.000Z');
    expect(() => setDeparture(plan, 's2', 'soon')).toThrow(/Not a time/);
  });

  it('makes sortie ids the server accepts, all different', () => {
    const ids = new Set(Array.from({ length: 50 }, () => draftSortieId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);
  });

  it('lists an area\'s allocations in departure order and tells whether the draft changed', () => {
    const moved = movePassengers(plan, 'seoul', 's1', 's2', 5);
    expect(allocationsOfArea(moved, 'seoul').map((x) => x.sortie.id)).toEqual(['s2', 's1']);
    expect(isDirty(plan, [...plan].reverse())).toBe(false);
    expect(isDirty(plan, moved)).toBe(true);
    expect(isDirty(plan, setDeparture(plan, 's2', '2030-01-01T08:00:00.000Z'))).toBe(false);
  });
});
