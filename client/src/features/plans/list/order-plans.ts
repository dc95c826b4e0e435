import type { PlanSummaryRow } from '../../../../../shared/schemas/api.ts';

export interface PlanListRow extends PlanSummaryRow { scenarioName: string }

/**
 * Approved plans first (the ones to brief from), then drafts; within each the most recently changed
 * first. A plan whose scenario is not in the list still shows, under its scenario id.
 */
export function orderPlans(plans: PlanSummaryRow[], scenarios: { id: string; name: string }[]): { approved: PlanListRow[]; drafts: PlanListRow[] } {
  const names = new Map(scenarios.map((s) => [s.id, s.name]));
  const rows = plans
    .map((p) => ({ ...p, scenarioName: names.get(p.scenarioId) ?? p.scenarioId }))
    .sort((a, b) => (b.approvedAt ?? b.updatedAt).localeCompare(a.approvedAt ?? a.updatedAt) || b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
  return { approved: rows.filter((p) => p.status === 'approved'), drafts: rows.filter((p) => p.status !== 'approved') };
}

