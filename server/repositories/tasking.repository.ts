import { sql } from 'kysely';
import { iso, isoOrNull } from '../lib/json.ts';
import type { Db } from './db-type.ts';

export interface TaskedSortieRow {
  planId: string; planName: string; scenarioName: string; approvedAt: string | null;
  sortieId: string; offerId: string; partnerId: string; aircraftType: string;
  aircraftCount: number; turnaroundHours: number;
  originAirportId: string; destinationAirportId: string; departAt: string; passengers: number;
}

/**
 * The sorties approved plans give each partner's offers (one partner's when `partnerId` is set),
 * newest approval first, each plan's in departure order, with the offer's airframes and turnaround.
 */
export async function listTaskedSorties(db: Db, partnerId?: string): Promise<TaskedSortieRow[]> {
  let q = db.selectFrom('sorties as s')
    .innerJoin('plans as p', 'p.id', 's.plan_id')
    .innerJoin('scenarios as sc', 'sc.id', 'p.scenario_id')
    .innerJoin('lift_offers as o', 'o.id', 's.offer_id')
    .leftJoin('allocations as a', (j) => j.onRef('a.plan_id', '=', 's.plan_id').onRef('a.sortie_id', '=', 's.id'))
    .select([
      'p.id as planId', 'p.name as planName', 'sc.name as scenarioName', 'p.approved_at as approvedAt',
      's.id as sortieId', 's.offer_id as offerId', 'o.partner_id as partnerId', 'o.aircraft_type as aircraftType',
      'o.aircraft_count as aircraftCount', 'o.turnaround_hours as turnaroundHours',
      's.origin_airport_id as originAirportId', 's.destination_airport_id as destinationAirportId', 's.depart_at as departAt',
      sql<number>`coalesce(sum(a.passengers), 0)::int`.as('passengers'),
    ])
    .where('p.status', '=', 'approved')
    .groupBy(['p.id', 'sc.name', 's.plan_id', 's.id', 'o.partner_id', 'o.aircraft_type', 'o.aircraft_count', 'o.turnaround_hours'])
    .orderBy('p.approved_at', 'desc').orderBy('p.id').orderBy('s.depart_at').orderBy('s.id');
  if (partnerId !== undefined) q = q.where('o.partner_id', '=', partnerId);
  return (await q.execute()).map((r) => ({
    ...r, approvedAt: isoOrNull(r.approvedAt), departAt: iso(r.departAt),
    aircraftCount: Number(r.aircraftCount), turnaroundHours: Number(r.turnaroundHours),
  }));
}
