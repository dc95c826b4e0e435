import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { listAreas } from '../repositories/areas.repository.ts';
import { listAirports } from '../repositories/airports.repository.ts';
import { listOffers } from '../repositories/offers.repository.ts';
import { listPartners } from '../repositories/partners.repository.ts';
import { getScenario } from '../repositories/scenarios.repository.ts';
import { listSeatRequests } from '../repositories/seat-requests.repository.ts';
import { partnerDemandAreas } from '../../shared/plan/partner-demand.ts';
import type { Db } from '../repositories/db-type.ts';

/**
 * Everything the validator and the matcher need about one scenario, read in one go:
 * the areas of its countries, every airport, every offer (the validator flags those not accepted), and
 * the partners' accepted seat requests as demand groups beside the areas (shared/plan/partner-demand.ts).
 */
export async function loadSnapshot(db: Db, scenarioId: string): Promise<PlanningSnapshot | undefined> {
  const scenario = await getScenario(db, scenarioId);
  if (!scenario) return undefined;
  const [areas, airports, offers, partners, requests] = await Promise.all([
    listAreas(db, { country: scenario.countries }),
    listAirports(db),
    listOffers(db),
    listPartners(db),
    listSeatRequests(db, { status: 'accepted' }),
  ]);
  const demand = partnerDemandAreas({ requests, partners, areas, airports, countries: scenario.countries });
  return { scenario, areas: [...areas, ...demand], airports, offers, partners };
}
