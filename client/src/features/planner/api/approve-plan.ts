import { api } from '../../../lib/api-client.ts';
import { invalidateQueries, setQueryData } from '../../../lib/query.ts';
import type { Plan } from './plan-types.ts';

/** 422 with the violations when the plan breaks a rule. */
export async function approvePlan(id: string, version: number): Promise<Plan> {
  const plan = await api.post<Plan>(`/plans/${encodeURIComponent(id)}/approve`, {}, { headers: { 'if-match': `"${version}"` } });
  setQueryData(['plans', 'one', plan.id], plan);
  void invalidateQueries(['plans', 'list']);
  return plan;
}
