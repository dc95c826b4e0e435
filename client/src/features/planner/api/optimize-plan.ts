import { api } from '../../../lib/api-client.ts';
import { invalidateQueries, setQueryData } from '../../../lib/query.ts';
import type { Plan } from './plan-types.ts';

/** Re-plans everything that is not locked (the server keeps locked allocations as they are). */
export async function optimizePlan(id: string): Promise<Plan> {
  const plan = await api.post<Plan>(`/plans/${encodeURIComponent(id)}/optimize`, {});
  setQueryData(['plans', 'one', plan.id], plan);
  void invalidateQueries(['plans', 'list']);
  return plan;
}
