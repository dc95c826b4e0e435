import type { Selectable } from 'kysely';
import type { AircraftTypeTable } from '../db/database.ts';
import type { AircraftType } from '../../shared/schemas/aircraft.ts';
import type { Db } from './db-type.ts';

function toAircraftType(r: Selectable<AircraftTypeTable>): AircraftType {
  return {
    type: r.type, category: r.category, seats: r.typical_pax, maxPaxEvac: r.max_pax_evac,
    cruiseKmh: r.cruise_kmh, rangeKm: r.range_km, minRunwayM: r.min_runway_m, mode: r.mode, source: r.source, notes: r.notes,
  };
}

/** The lift catalogue (aircraft, then ships), by category then type; `mode` keeps one of them. */
export async function listAircraftTypes(db: Db, mode?: 'air' | 'sea'): Promise<AircraftType[]> {
  let q = db.selectFrom('aircraft_types').selectAll().orderBy('mode').orderBy('category').orderBy('type');
  if (mode) q = q.where('mode', '=', mode);
  const rows = await q.execute();
  return rows.map(toAircraftType);
}

export async function getAircraftType(db: Db, type: string): Promise<AircraftType | undefined> {
  const r = await db.selectFrom('aircraft_types').selectAll().where('type', '=', type).executeTakeFirst();
  return r && toAircraftType(r);
}
