import type { AccessRule } from '../../../../../shared/schemas/domain.ts';
import type { AccessRuleCreate } from '../../../../../shared/schemas/api.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateQueries } from '../../../lib/query.ts';

const path = (scenarioId: string) => `/scenarios/${encodeURIComponent(scenarioId)}/access-rules`;

export async function createAccessRule(scenarioId: string, rule: AccessRuleCreate): Promise<AccessRule> {
  const r = await api.post<AccessRule>(path(scenarioId), rule);
  await invalidateQueries(['scenarios']);
  return r;
}

export async function deleteAccessRule(scenarioId: string, ruleId: string): Promise<void> {
  await api.delete<void>(`${path(scenarioId)}/${encodeURIComponent(ruleId)}`);
  await invalidateQueries(['scenarios']);
}
