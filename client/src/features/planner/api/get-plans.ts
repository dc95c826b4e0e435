import type { PlanSummaryRow } from '../../../../../shared/schemas/api.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

export const getPlans = (scenarioId: string, signal?: AbortSignal) => api.getAll<PlanSummaryRow>('/plans', { query: { scenarioId }, signal });
export const plansQuery = (scenarioId: string) => ({ queryKey: ['plans', 'list', scenarioId] as const, queryFn: (signal: AbortSignal) => getPlans(scenarioId, signal) });
export const usePlans = (scenarioId: string | null) => useQuery({ ...plansQuery(scenarioId ?? ''), enabled: !!scenarioId });
