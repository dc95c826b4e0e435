import type { PartnerLedger } from '../../../../../shared/schemas/ledger.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

/** The reciprocity ledger counted on this plan: every partner's for staff, their own partner's for a liaison (the server decides). */
export const useLedger = (planId: string) => useQuery({
  queryKey: ['plans', 'ledger', planId],
  queryFn: (signal: AbortSignal) => api.getAll<PartnerLedger>('/ledger', { query: { planId }, signal }),
});
