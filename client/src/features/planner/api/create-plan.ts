import { api } from '../../../lib/api-client.ts';
import { untilDone, type Job, type JobWatcher } from '../../../lib/jobs.ts';
import { invalidateQueries, setQueryData } from '../../../lib/query.ts';
import type { Plan } from './plan-types.ts';

/**
 * A new draft plan for a scenario: the matcher's plan — a job the server queues (202), followed on its
 * event stream with `watch` seeing its progress — or, when `sorties` are given, those sorties stored as
 * they are (a planner's edits kept as a copy, 201 at once).
 */
export async function createPlan(scenarioId: string, name: string, sorties?: Plan['sorties'], watch?: JobWatcher): Promise<Plan> {
  const body = sorties ? { name, sorties } : { name };
  const answer = await api.post<Plan | { job: Job }>(`/scenarios/${encodeURIComponent(scenarioId)}/plans`, body);
  const plan = await untilDone(answer, (id) => api.get<Plan>(`/plans/${encodeURIComponent(id)}`), watch);
  setQueryData(['plans', 'one', plan.id], plan);
  await invalidateQueries(['plans', 'list']);
  return plan;
}
