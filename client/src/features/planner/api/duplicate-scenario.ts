import type { Scenario } from '../../../../../shared/schemas/domain.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateQueries, setQueryData } from '../../../lib/query.ts';

/** A what-if copy of a scenario (rules, zones, status overrides), to change and plan on its own. */
export async function duplicateScenario(id: string, name: string): Promise<Scenario> {
  const s = await api.post<Scenario>(`/scenarios/${encodeURIComponent(id)}/duplicate`, { name });
  setQueryData(['scenarios', s.id], s);
  await invalidateQueries(['scenarios']);
  return s;
}
