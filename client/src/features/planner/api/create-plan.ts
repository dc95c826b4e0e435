import { api } from '../../../lib/api-client.ts';
import { invalidateQueries, setQueryData } from '../../../lib/query.ts';
import type { Plan } from './plan-types.ts';

/** Runs the matcher on the server for a scenario and stores the result as a new draft plan. */
export async function createPlan(scenarioId: string, name: string): Promise<Plan> {
  const plan = await api.post<Plan>(`/scenarios/${encodeURIComponent(scenarioId)}/plans`, { name });
  setQueryData(['plans', 'one', plan.id], plan);
  await invalidateQueries(['plans', 'list']);
  return plan;
}
