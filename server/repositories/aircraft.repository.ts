import type { Selectable } from 'kysely';
import type { AircraftTypeTable } from '../db/database.ts';
import type { AircraftType } from '../../shared/schemas/aircraft.ts';
import type { Db } from './db-type.ts';
import { keysetPage, type PageRequest } from './keyset.ts';
import type { ListSpec } from '../lib/pagination.ts';

function toAircraftType(r: Selectable<AircraftTypeTable>): AircraftType {
  return {
    type: r.type, category: r.category, seats: r.typical_pax, maxPaxEvac: r.max_pax_evac,
    cruiseKmh: r.cruise_kmh, rangeKm: r.range_km, minRunwayM: r.min_runway_m, mode: r.mode, source: r.source, notes: r.notes,
  };
}

/** The lift catalogue (aircraft, then ships), by category then type; `mode` keeps one of them. */
function filtered(db: Db, mode?: 'air' | 'sea') {
  const q = db.selectFrom('aircraft_types').selectAll();
  return mode ? q.where('mode', '=', mode) : q;
}

export async function listAircraftTypes(db: Db, mode?: 'air' | 'sea'): Promise<AircraftType[]> {
  return (await filtered(db, mode).orderBy('mode').orderBy('category').orderBy('type').execute()).map(toAircraftType);
}

export const AIRCRAFT_LIST: ListSpec = { name: 'aircraft', keys: [
  { column: 'mode', dir: 'asc', type: 'text' }, { column: 'category', dir: 'asc', type: 'text' }, { column: 'type', dir: 'asc', type: 'text' },
] };
export const pageAircraftTypes = (db: Db, mode: 'air' | 'sea' | undefined, page: PageRequest) => keysetPage(filtered(db, mode), AIRCRAFT_LIST.keys, page, toAircraftType);

export async function getAircraftType(db: Db, type: string): Promise<AircraftType | undefined> {
  const r = await db.selectFrom('aircraft_types').selectAll().where('type', '=', type).executeTakeFirst();
  return r && toAircraftType(r);
}
