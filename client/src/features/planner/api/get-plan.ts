import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';
import type { Plan } from './plan-types.ts';

export const getPlan = (id: string, signal?: AbortSignal) => api.get<Plan>(`/plans/${encodeURIComponent(id)}`, { signal });
export const planQuery = (id: string) => ({ queryKey: ['plans', 'one', id] as const, queryFn: (signal: AbortSignal) => getPlan(id, signal) });
export const usePlan = (id: string | null) => useQuery({ ...planQuery(id ?? ''), enabled: !!id });
