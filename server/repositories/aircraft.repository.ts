import type { Selectable } from 'kysely';
import type { AircraftTypeTable } from '../db/database.ts';
import type { AircraftType } from '../../shared/schemas/aircraft.ts';
import type { Db } from './db-type.ts';

function toAircraftType(r: Selectable<AircraftTypeTable>): AircraftType {
  return {
    type: r.type, category: r.category, seats: r.typical_pax, maxPaxEvac: r.max_pax_evac,
    cruiseKmh: r.cruise_kmh, rangeKm: r.range_km, minRunwayM: r.min_runway_m, source: r.source, notes: r.notes,
  };
}

/** The aircraft catalogue, by category then type. */
export async function listAircraftTypes(db: Db): Promise<AircraftType[]> {
  const rows = await db.selectFrom('aircraft_types').selectAll().orderBy('category').orderBy('type').execute();
  return rows.map(toAircraftType);
}

export async function getAircraftType(db: Db, type: string): Promise<AircraftType | undefined> {
  const r = await db.selectFrom('aircraft_types').selectAll().where('type', '=', type).executeTakeFirst();
  return r && toAircraftType(r);
}
