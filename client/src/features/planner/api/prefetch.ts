import { fetchQuery } from '../../../lib/query.ts';
import { getAirports, getAssemblyAreas, getLiftOffers, getPartners, referenceKeys } from './get-reference-data.ts';
import { scenariosQuery } from './get-scenarios.ts';
import { scenarioQuery } from './get-scenario.ts';
import { plansQuery } from './get-plans.ts';
import { planQuery } from './get-plan.ts';

/**
 * Starts every request the map page will make as soon as its code arrives, before the map library
 * (a large chunk) is evaluated and before React renders: the answers are then in the query cache when
 * the components ask. Failures are left for the components to show.
 */
export function prefetchPlannerData(search: string): void {
  const params = new URLSearchParams(search);
  const quiet = (p: Promise<unknown>) => { p.catch(() => {}); };
  quiet(fetchQuery({ queryKey: referenceKeys.areas, queryFn: getAssemblyAreas }));
  quiet(fetchQuery({ queryKey: referenceKeys.airports, queryFn: getAirports }));
  quiet(fetchQuery({ queryKey: referenceKeys.offers, queryFn: getLiftOffers }));
  quiet(fetchQuery({ queryKey: referenceKeys.partners, queryFn: getPartners }));
  const scenarios = fetchQuery(scenariosQuery());
  quiet(scenarios);
  const scenarioId = params.get('scenario');
  const planId = params.get('plan');
  if (planId) quiet(fetchQuery(planQuery(planId)));
  if (scenarioId) {
    quiet(fetchQuery(scenarioQuery(scenarioId)));
    quiet(fetchQuery(plansQuery(scenarioId)));
  } else {
    quiet(scenarios.then((list) => {
      const first = list[0]?.id;
      if (first) return Promise.all([fetchQuery(scenarioQuery(first)), fetchQuery(plansQuery(first))]);
    }));
  }
}
