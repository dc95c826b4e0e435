import type { Sortie } from '../../../../../shared/schemas/domain.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateQueries, setQueryData } from '../../../lib/query.ts';
import type { Plan } from './plan-types.ts';

/** Saves the edited sorties over `version`; the server answers 409 (code "conflict") when someone saved first. */
export async function savePlan(id: string, version: number, body: { name?: string; sorties: Sortie[] }): Promise<Plan> {
  const plan = await api.put<Plan>(`/plans/${encodeURIComponent(id)}`, body, { headers: { 'if-match': `"${version}"` } });
  setQueryData(['plans', 'one', plan.id], plan);
  void invalidateQueries(['plans', 'list']);
  return plan;
}
