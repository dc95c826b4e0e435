import type { PartnerLedger } from '../../../../../shared/schemas/ledger.ts';
import type { SeatRequest } from '../../../../../shared/schemas/seat-requests.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

/** The liaison's own partner's reciprocity ledger, on the latest approved plan (issue 15). */
export const getOwnLedger = (partnerId: string, signal?: AbortSignal) =>
  api.get<PartnerLedger>(`/partners/${encodeURIComponent(partnerId)}/ledger`, { signal });
export const useOwnLedger = (partnerId: string | null) =>
  useQuery({ queryKey: ['ledger', partnerId], enabled: partnerId !== null, queryFn: (signal) => getOwnLedger(partnerId ?? '', signal) });

/** The partner's requests for seats for its nationals (a liaison sees their own partner's only). */
export const getSeatRequests = (signal?: AbortSignal) => api.getAll<SeatRequest>('/seat-requests', { signal });
export const useSeatRequests = () => useQuery({ queryKey: ['seat-requests'], queryFn: getSeatRequests });
