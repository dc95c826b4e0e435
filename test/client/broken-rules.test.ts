import { describe, expect, it } from 'vitest';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { brokenBy } from '../../client/src/features/planner/drag-move/broken-rules.ts';
import { movePassengers } from '../../client/src/features/planner/edit/plan-edits.ts';
import { airports, areas, offer, partners, scenario, sortie } from './fixtures.ts';

// The count dialog of a drop names the rules a move would break, before it is applied (issue 13).
const snap: PlanningSnapshot = { scenario: scenario(), areas, airports, offers: [offer({ id: 'o1' })], partners };
const sorties = [
  sortie({ id: 's1', allocations: [{ assemblyAreaId: 'seoul', passengers: 60, locked: false }] }),
  sortie({ id: 's2', departAt: '2030-01-01T16:00:00Z', allocations: [{ assemblyAreaId: 'seoul', passengers: 90, locked: false }] }),
];

describe('brokenBy: the violations a move adds', () => {
  const before = validatePlan(snap, { sorties });

  it('a move that fits the target breaks nothing', () => {
    expect(brokenBy(snap, before, movePassengers(sorties, 'seoul', 's1', 's2', 10))).toEqual([]);
  });

  it('a move that overfills the target names that sortie', () => {
    const broken = brokenBy(snap, before, movePassengers(sorties, 'seoul', 's1', 's2', 30));
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.every((v) => v.sortieId === 's2')).toBe(true);
  });

  it('a rule the plan already broke is not reported again, even when its numbers change', () => {
    const over = movePassengers(sorties, 'seoul', 's1', 's2', 30);
    const had = validatePlan(snap, { sorties: over });
    expect(had.length).toBeGreaterThan(0);
    expect(brokenBy(snap, had, movePassengers(over, 'seoul', 's1', 's2', 5))).toEqual([]);
  });
});
