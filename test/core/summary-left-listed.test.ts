import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Value } from 'typebox/value';
import { PlanSummary } from '../../shared/schemas/summary.ts';
import { explainLeftBehind } from '../../shared/plan/checks/explain.ts';
import { buildPlanSummary } from '../../shared/summary/plan-summary.ts';
import { LISTED_AREAS } from '../../shared/summary/left-behind.ts';
import { airport, area, rule, snapshot } from './fixtures.ts';

// A summary names the worst-off areas (priority 1 first) and counts the rest: whatever the areas, the named
// and the counted add up to everyone left, nobody is counted twice, and no unnamed area is worse off than a
// named one.

const people = fc.record({ residents: fc.integer({ min: 1, max: 400 }), p1: fc.integer({ min: 0, max: 100 }), p2: fc.integer({ min: 0, max: 100 }) });

function summaryOf(list: { residents: number; p1: number; p2: number }[]) {
  const snap = snapshot({
    areas: list.map((p, i) => area(`a${String(i).padStart(4, '0')}`, i % 2 ? 'seoul' : 'busan', p.residents,
      { priority1: Math.min(p.p1, p.residents), priority2: Math.min(p.p2, p.residents - Math.min(p.p1, p.residents)) })),
    airports: [airport('ICN'), airport('PUS'), airport('FUK')],
    offers: [],
    scenario: { accessRules: [rule({})] },
  });
  const plan = {
    id: 'p', scenarioId: snap.scenario.id, name: 'P', status: 'draft' as const, version: 1, sorties: [], violations: [],
    leftBehind: explainLeftBehind(snap, { sorties: [] }), approvedAt: null, approvedBy: null, updatedAt: '2030-02-27T08:00:00.000Z',
    plannedOn: { known: true, at: '2030-02-27T08:00:00.000Z', basis: 'saved' as const, checkedAt: '2030-02-27T08:00:00.000Z', changed: false, changes: [], moreChanges: 0, newViolations: 0, breaks: false },
  };
  const r = buildPlanSummary(snap, plan, { printedAt: '2030-02-27T09:00:00.000Z', printedBy: 'x', countryNames: { KR: 'South Korea' } });
  if (!r.ok) throw new Error(r.message);
  return { summary: r.summary, leftBehind: plan.leftBehind };
}

describe('the areas a summary lists as left behind', () => {
  it('names at most LISTED_AREAS, worst off first, and counts the rest so the totals add up', () => {
    fc.assert(fc.property(fc.array(people, { minLength: 0, maxLength: LISTED_AREAS + 60, size: 'max' }), (list) => {
      const { summary, leftBehind } = summaryOf(list);
      const l = summary.leftBehind!;
      expect(Value.Check(PlanSummary, summary)).toBe(true);
      const all = leftBehind.areas;
      expect(l.areas.length).toBe(Math.min(all.length, LISTED_AREAS));
      expect(l.unlisted.areas).toBe(all.length - l.areas.length);
      const sum = (xs: { left: number }[]) => xs.reduce((n, a) => n + a.left, 0);
      expect(sum(l.areas) + l.unlisted.left).toBe(l.left);
      expect(l.left).toBe(sum(all));
      const p = (k: 'p1' | 'p2' | 'p3') => l.areas.reduce((n, a) => n + a.leftByPriority[k], 0) + l.unlisted.leftByPriority[k];
      expect([p('p1'), p('p2'), p('p3')]).toEqual([l.leftByPriority.p1, l.leftByPriority.p2, l.leftByPriority.p3]);
      expect(new Set(l.areas.map((a) => a.assemblyAreaId)).size).toBe(l.areas.length);
      // No area left out has more priority-1 people left than the last one named.
      const named = new Set(l.areas.map((a) => a.assemblyAreaId));
      const leastNamedP1 = Math.min(...l.areas.map((a) => a.leftByPriority.p1));
      for (const a of all) if (!named.has(a.assemblyAreaId)) expect(a.leftByPriority.p1).toBeLessThanOrEqual(leastNamedP1);
      for (let i = 1; i < l.areas.length; i++) expect(l.areas[i]!.leftByPriority.p1).toBeLessThanOrEqual(l.areas[i - 1]!.leftByPriority.p1);
    }), { numRuns: 40 });
  });

  it('lists every area when there are few, and counts none', () => {
    const { summary } = summaryOf([{ residents: 10, p1: 5, p2: 0 }, { residents: 20, p1: 0, p2: 0 }]);
    expect(summary.leftBehind!.areas.map((a) => a.assemblyAreaId)).toEqual(['a0000', 'a0001']);
    expect(summary.leftBehind!.unlisted).toEqual({ areas: 0, left: 0, leftByPriority: { p1: 0, p2: 0, p3: 0 } });
  });
});
