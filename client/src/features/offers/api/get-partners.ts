import type { Partner } from '../../../../../shared/schemas/domain.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

/** A liaison gets their own partner only. */
export const getPartners = (signal?: AbortSignal) => api.getAll<Partner>('/partners', { signal });
export const usePartners = () => useQuery({ queryKey: ['partners'], queryFn: getPartners });
