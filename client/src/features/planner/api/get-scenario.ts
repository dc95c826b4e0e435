import type { Scenario } from '../../../../../shared/schemas/domain.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

export const getScenario = (id: string, signal?: AbortSignal) => api.get<Scenario>(`/scenarios/${encodeURIComponent(id)}`, { signal });
export const scenarioQuery = (id: string) => ({ queryKey: ['scenarios', id] as const, queryFn: (signal: AbortSignal) => getScenario(id, signal) });
export const useScenario = (id: string | null) => useQuery({ ...scenarioQuery(id ?? ''), enabled: !!id });
