import type { Airport } from '../../../../../shared/schemas/domain.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

export const getAirports = (signal?: AbortSignal) => api.getAll<Airport>('/airports', { signal });
export const useAirports = () => useQuery({ queryKey: ['airports'], queryFn: getAirports });
