import type { Airport, AssemblyArea, Country, LiftOffer, Partner } from '../../../../../shared/schemas/domain.ts';
import type { SeatRequest } from '../../../../../shared/schemas/seat-requests.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

/**
 * The reference data the map and the validator need: countries, assembly areas, airports, partners and
 * lift offers (every status: the validator flags a sortie on an offer that is no longer accepted).
 */
export const getCountries = (signal?: AbortSignal) => api.get<Country[]>('/countries', { signal });
export const getAssemblyAreas = (signal?: AbortSignal) => api.getAll<AssemblyArea>('/assembly-areas', { signal });
export const getAirports = (signal?: AbortSignal) => api.getAll<Airport>('/airports', { signal });
export const getPartners = (signal?: AbortSignal) => api.getAll<Partner>('/partners', { signal });
export const getLiftOffers = (signal?: AbortSignal) => api.getAll<LiftOffer>('/lift-offers', { signal });
/** Partners' accepted seat requests: their nationals are demand the plan carries too (shared/plan/partner-demand.ts). */
export const getAcceptedSeatRequests = (signal?: AbortSignal) => api.getAll<SeatRequest>('/seat-requests', { query: { status: 'accepted' }, signal });

export const referenceKeys = {
  countries: ['countries'] as const,
  areas: ['assembly-areas'] as const,
  airports: ['airports'] as const,
  partners: ['partners'] as const,
  offers: ['lift-offers'] as const,
  seatRequests: ['seat-requests', 'accepted'] as const,
};

export const useCountries = () => useQuery({ queryKey: referenceKeys.countries, queryFn: getCountries });
export const useAssemblyAreas = () => useQuery({ queryKey: referenceKeys.areas, queryFn: getAssemblyAreas });
export const useAirports = () => useQuery({ queryKey: referenceKeys.airports, queryFn: getAirports });
export const usePartners = () => useQuery({ queryKey: referenceKeys.partners, queryFn: getPartners });
export const useLiftOffers = () => useQuery({ queryKey: referenceKeys.offers, queryFn: getLiftOffers });
export const useAcceptedSeatRequests = () => useQuery({ queryKey: referenceKeys.seatRequests, queryFn: getAcceptedSeatRequests });
