import { api } from '../../../lib/api-client.ts';
import { invalidateQueries, setQueryData } from '../../../lib/query.ts';
import type { Plan } from './plan-types.ts';

/**
 * A new draft plan for a scenario: the matcher's plan, or — when `sorties` are given — those sorties
 * stored as they are (a planner's edits kept as a copy).
 */
export async function createPlan(scenarioId: string, name: string, sorties?: Plan['sorties']): Promise<Plan> {
  const body = sorties ? { name, sorties } : { name };
  const plan = await api.post<Plan>(`/scenarios/${encodeURIComponent(scenarioId)}/plans`, body);
  setQueryData(['plans', 'one', plan.id], plan);
  await invalidateQueries(['plans', 'list']);
  return plan;
}
