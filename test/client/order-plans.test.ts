import { describe, expect, it } from 'vitest';
import type { PlanSummaryRow } from '../../shared/schemas/api.ts';
import { orderPlans } from '../../client/src/features/plans/list/order-plans.ts';

const row = (id: string, status: 'draft' | 'approved', updatedAt: string, approvedAt: string | null = null, scenarioId = 'korea'): PlanSummaryRow => ({
  id, scenarioId, name: `Plan ${id}`, status, version: 1, createdAt: '2027-01-01T00:00:00.000Z', updatedAt, approvedAt,
  approvedBy: approvedAt ? 'planner' : null, peopleOut: 10, peopleLeft: 0, violationCount: 0, inputsChanged: false, breaks: false,
  sortieCount: 0, lastDepartureAt: null,
});

describe('the plans list order', () => {
  it('puts approved plans first, newest approval first, then drafts newest first', () => {
    const plans = [
      row('d-old', 'draft', '2027-01-02T00:00:00.000Z'),
      row('a-old', 'approved', '2027-01-05T00:00:00.000Z', '2027-01-03T00:00:00.000Z'),
      row('d-new', 'draft', '2027-01-09T00:00:00.000Z'),
      row('a-new', 'approved', '2027-01-04T00:00:00.000Z', '2027-01-04T00:00:00.000Z'),
    ];
    const { approved, drafts } = orderPlans(plans, [{ id: 'korea', name: 'Korean Peninsula contingency' }]);
    expect(approved.map((p) => p.id)).toEqual(['a-new', 'a-old']);
    expect(drafts.map((p) => p.id)).toEqual(['d-new', 'd-old']);
    expect(approved[0]!.scenarioName).toBe('Korean Peninsula contingency');
  });

  it('keeps a plan whose scenario it does not know, under the scenario id; an empty list stays empty', () => {
    const { drafts } = orderPlans([row('x', 'draft', '2027-01-01T00:00:00.000Z', null, 'gone')], []);
    expect(drafts[0]!.scenarioName).toBe('gone');
    expect(orderPlans([], [])).toEqual({ approved: [], drafts: [] });
  });
});
