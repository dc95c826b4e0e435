import type { LiftOffer, OfferStatus } from '../../../../../shared/schemas/domain.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

/** A liaison gets their own partner's offers only (the server filters); planners get every partner's. */
export const getOffers = (status: OfferStatus | null, signal?: AbortSignal) =>
  api.getAll<LiftOffer>('/lift-offers', { query: { status }, signal });

// Keys start with 'lift-offers' like the map's list, so one invalidation refreshes both.
export const offersKey = (status: OfferStatus | null) => ['lift-offers', 'list', status ?? 'all'] as const;
export const useOffers = (status: OfferStatus | null) =>
  useQuery({ queryKey: offersKey(status), queryFn: (signal) => getOffers(status, signal) });
