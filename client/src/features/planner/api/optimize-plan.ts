import { api } from '../../../lib/api-client.ts';
import { invalidateQueries, setQueryData } from '../../../lib/query.ts';
import type { Plan } from './plan-types.ts';

/**
 * Re-plans everything that is not locked (the server keeps locked allocations as they are). With
 * `from`, sorties departing before it are kept as they are and nothing new departs before it;
 * without it the server re-plans from now.
 */
export async function optimizePlan(id: string, from?: string): Promise<Plan> {
  const plan = await api.post<Plan>(`/plans/${encodeURIComponent(id)}/optimize`, from ? { from } : {});
  setQueryData(['plans', 'one', plan.id], plan);
  void invalidateQueries(['plans', 'list']);
  return plan;
}
