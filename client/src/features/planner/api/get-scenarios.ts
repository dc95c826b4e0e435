import type { Scenario } from '../../../../../shared/schemas/domain.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

export const getScenarios = (signal?: AbortSignal) => api.getAll<Scenario>('/scenarios', { signal });
export const scenariosQuery = () => ({ queryKey: ['scenarios'] as const, queryFn: getScenarios });
export const useScenarios = () => useQuery(scenariosQuery());
