import type { PlanSummaryRow } from '../../../../../shared/schemas/api.ts';
import type { Scenario } from '../../../../../shared/schemas/domain.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

/** Every plan of every scenario (planners and readers may list them). */
export const getAllPlans = (signal?: AbortSignal) => api.getAll<PlanSummaryRow>('/plans', { signal });
// Under 'plans', like the map planner's queries: a save there (which invalidates ['plans']) refreshes this list.
export const usePlanList = () => useQuery({ queryKey: ['plans', 'list-all'] as const, queryFn: getAllPlans });

export const getScenarioList = (signal?: AbortSignal) => api.getAll<Scenario>('/scenarios', { signal });
export const useScenarioList = () => useQuery({ queryKey: ['scenarios'] as const, queryFn: getScenarioList });
