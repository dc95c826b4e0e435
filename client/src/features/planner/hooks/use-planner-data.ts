import { useMemo } from 'react';
import type { PlanningSnapshot } from '../../../../../shared/plan/snapshot.ts';
import { useAirports, useAssemblyAreas, useLiftOffers, usePartners } from '../api/get-reference-data.ts';
import { useScenario } from '../api/get-scenario.ts';

/** Everything the map and the validator need for one scenario, as a planning snapshot. */
export function usePlannerData(scenarioId: string | null) {
  const areas = useAssemblyAreas();
  const airports = useAirports();
  const offers = useLiftOffers();
  const partners = usePartners();
  const scenario = useScenario(scenarioId);
  const queries = [areas, airports, offers, partners, scenario];
  const error = queries.find((q) => q.error)?.error ?? null;
  const snapshot = useMemo<PlanningSnapshot | null>(() => {
    if (!scenario.data || !areas.data || !airports.data || !offers.data || !partners.data) return null;
    const countries = new Set(scenario.data.countries);
    return {
      scenario: scenario.data,
      areas: areas.data.filter((a) => countries.has(a.country)),
      airports: airports.data,
      offers: offers.data,
      partners: partners.data,
    };
  }, [scenario.data, areas.data, airports.data, offers.data, partners.data]);
  return { snapshot, error, loading: !snapshot && !error, refetchScenario: scenario.refetch };
}
