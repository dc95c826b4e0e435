import type { Scenario } from '../../../../../shared/schemas/domain.ts';
import type { ScenarioPatch } from '../../../../../shared/schemas/api.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateQueries, setQueryData } from '../../../lib/query.ts';

/** PATCH with the version the page holds; 409 when the scenario changed meanwhile. */
export async function updateScenario(id: string, patch: ScenarioPatch): Promise<Scenario> {
  const s = await api.patch<Scenario>(`/scenarios/${encodeURIComponent(id)}`, patch);
  setQueryData(['scenarios', id], s);
  void invalidateQueries(['scenarios']);
  return s;
}
