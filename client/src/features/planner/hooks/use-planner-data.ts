import { useMemo } from 'react';
import type { PlanningSnapshot } from '../../../../../shared/plan/snapshot.ts';
import { partnerDemandAreas } from '../../../../../shared/plan/partner-demand.ts';
import { useAcceptedSeatRequests, useAirports, useAssemblyAreas, useLiftOffers, usePartners } from '../api/get-reference-data.ts';
import { useScenario } from '../api/get-scenario.ts';

/** Everything the map and the validator need for one scenario, as a planning snapshot (as the server builds it: server/services/snapshot.ts). */
export function usePlannerData(scenarioId: string | null) {
  const areas = useAssemblyAreas();
  const airports = useAirports();
  const offers = useLiftOffers();
  const partners = usePartners();
  const requests = useAcceptedSeatRequests();
  const scenario = useScenario(scenarioId);
  const queries = [areas, airports, offers, partners, requests, scenario];
  const error = queries.find((q) => q.error)?.error ?? null;
  const snapshot = useMemo<PlanningSnapshot | null>(() => {
    if (!scenario.data || !areas.data || !airports.data || !offers.data || !partners.data || !requests.data) return null;
    const countries = new Set(scenario.data.countries);
    const inScenario = areas.data.filter((a) => countries.has(a.country));
    const demand = partnerDemandAreas({ requests: requests.data, partners: partners.data, areas: inScenario, airports: airports.data, countries: scenario.data.countries });
    return {
      scenario: scenario.data,
      areas: [...inScenario, ...demand],
      airports: airports.data,
      offers: offers.data,
      partners: partners.data,
    };
  }, [scenario.data, areas.data, airports.data, offers.data, partners.data, requests.data]);
  return { snapshot, error, loading: !snapshot && !error, refetchScenario: scenario.refetch };
}
