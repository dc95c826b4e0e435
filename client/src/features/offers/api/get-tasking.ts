import type { TaskingPlan } from '../../../../../shared/schemas/tasking.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

/** What approved plans ask of the partner's aircraft (a liaison's own partner only). */
export const getTasking = (signal?: AbortSignal) => api.get<TaskingPlan[]>('/tasking', { signal });
export const useTasking = () => useQuery({ queryKey: ['tasking'], queryFn: getTasking });
