import { api } from '../../../lib/api-client.ts';
import { untilDone, type Job, type JobWatcher } from '../../../lib/jobs.ts';
import { invalidateQueries, setQueryData } from '../../../lib/query.ts';
import type { Plan } from './plan-types.ts';

/**
 * Re-plans everything that is not locked (the server keeps locked allocations as they are). With
 * `from`, sorties departing before it are kept as they are and nothing new departs before it;
 * without it the server re-plans from now. The server runs it as a matcher job (202); `watch` sees it.
 */
export async function optimizePlan(id: string, from?: string, watch?: JobWatcher): Promise<Plan> {
  const answer = await api.post<Plan | { job: Job }>(`/plans/${encodeURIComponent(id)}/optimize`, from ? { from } : {});
  const plan = await untilDone(answer, (planId) => api.get<Plan>(`/plans/${encodeURIComponent(planId)}`), watch);
  setQueryData(['plans', 'one', plan.id], plan);
  void invalidateQueries(['plans', 'list']);
  return plan;
}
