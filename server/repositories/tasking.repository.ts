import { sql } from 'kysely';
import type { TaskingPlan } from '../../shared/schemas/tasking.ts';
import { iso, isoOrNull } from '../lib/json.ts';
import type { Db } from './db-type.ts';

/** The sorties approved plans give each partner's offers (one partner's when `partnerId` is set). */
export async function listTasking(db: Db, partnerId?: string): Promise<Omit<TaskingPlan, 'inputsChanged' | 'breaks'>[]> {
  let q = db.selectFrom('sorties as s')
    .innerJoin('plans as p', 'p.id', 's.plan_id')
    .innerJoin('scenarios as sc', 'sc.id', 'p.scenario_id')
    .innerJoin('lift_offers as o', 'o.id', 's.offer_id')
    .leftJoin('allocations as a', (j) => j.onRef('a.plan_id', '=', 's.plan_id').onRef('a.sortie_id', '=', 's.id'))
    .select([
      'p.id as planId', 'p.name as planName', 'sc.name as scenarioName', 'p.approved_at as approvedAt',
      's.id as sortieId', 's.offer_id as offerId', 'o.partner_id as partnerId', 'o.aircraft_type as aircraftType',
      's.origin_airport_id as originAirportId', 's.destination_airport_id as destinationAirportId', 's.depart_at as departAt',
      sql<number>`coalesce(sum(a.passengers), 0)::int`.as('passengers'),
    ])
    .where('p.status', '=', 'approved')
    .groupBy(['p.id', 'sc.name', 's.plan_id', 's.id', 'o.partner_id', 'o.aircraft_type'])
    .orderBy('p.approved_at', 'desc').orderBy('p.id').orderBy('s.depart_at').orderBy('s.id');
  if (partnerId !== undefined) q = q.where('o.partner_id', '=', partnerId);
  const plans = new Map<string, Omit<TaskingPlan, 'inputsChanged' | 'breaks'>>();
  for (const r of await q.execute()) {
    let plan = plans.get(r.planId);
    if (!plan) {
      plan = { planId: r.planId, planName: r.planName, scenarioName: r.scenarioName, approvedAt: isoOrNull(r.approvedAt), sorties: [] };
      plans.set(r.planId, plan);
    }
    plan.sorties.push({
      sortieId: r.sortieId, offerId: r.offerId, partnerId: r.partnerId, aircraftType: r.aircraftType,
      originAirportId: r.originAirportId, destinationAirportId: r.destinationAirportId, departAt: iso(r.departAt), passengers: r.passengers,
    });
  }
  return [...plans.values()];
}
