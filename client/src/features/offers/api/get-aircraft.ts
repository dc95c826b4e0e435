import type { AircraftType } from '../../../../../shared/schemas/aircraft.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

export const getAircraft = (signal?: AbortSignal) => api.getAll<AircraftType>('/aircraft', { signal });
export const useAircraft = () => useQuery({ queryKey: ['aircraft'], queryFn: getAircraft });
