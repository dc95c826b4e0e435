import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { listAreas } from '../repositories/areas.repository.ts';
import { listAirports } from '../repositories/airports.repository.ts';
import { listOffers } from '../repositories/offers.repository.ts';
import { listPartners } from '../repositories/partners.repository.ts';
import { getScenario } from '../repositories/scenarios.repository.ts';
import type { Db } from '../repositories/db-type.ts';

/**
 * Everything the validator and the matcher need about one scenario, read in one go:
 * the areas of its countries, every airport, every offer (the validator flags those not accepted).
 */
export async function loadSnapshot(db: Db, scenarioId: string): Promise<PlanningSnapshot | undefined> {
  const scenario = await getScenario(db, scenarioId);
  if (!scenario) return undefined;
  const [areas, airports, offers, partners] = await Promise.all([
    listAreas(db, { country: scenario.countries }),
    listAirports(db),
    listOffers(db),
    listPartners(db),
  ]);
  return { scenario, areas, airports, offers, partners };
}
