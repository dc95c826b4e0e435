import { sql, type Selectable } from 'kysely';
import type { AirportTable } from '../db/database.ts';
import type { Airport } from '../../shared/schemas/domain.ts';
import type { AirportRecord } from '../../shared/schemas/versioned.ts';
import type { AirportPatch } from '../../shared/schemas/api.ts';
import type { Db } from './db-type.ts';
import { keysetPage, type PageRequest } from './keyset.ts';
import type { ListSpec } from '../lib/pagination.ts';

export const toAirport = (r: Selectable<AirportTable>): AirportRecord => ({
  id: r.id, iata: r.iata, icao: r.icao, name: r.name, country: r.country, zone: r.zone, lat: r.lat, lon: r.lon,
  runwayM: r.runway_m, departuresPerHour: r.departures_per_hour, status: r.status, role: r.role,
  mode: r.mode, berths: r.berths, unlocode: r.unlocode, version: r.version,
});

function toRow(a: Partial<Airport>) {
  return {
    iata: a.iata, icao: a.icao, name: a.name, country: a.country, zone: a.zone, lat: a.lat, lon: a.lon,
    runway_m: a.runwayM, departures_per_hour: a.departuresPerHour, status: a.status, role: a.role,
    berths: a.berths, unlocode: a.unlocode,
  };
}

type AirportFilter = { country?: string; zone?: string; status?: string; mode?: string };

function filtered(db: Db, f: AirportFilter) {
  let q = db.selectFrom('airports').selectAll();
  if (f.mode) q = q.where('mode', '=', f.mode as 'air' | 'sea');
  if (f.country) q = q.where('country', '=', f.country);
  if (f.zone) q = q.where('zone', '=', f.zone);
  if (f.status) q = q.where('status', '=', f.status as Airport['status']);
  return q;
}

export async function listAirports(db: Db, f: AirportFilter = {}) {
  return (await filtered(db, f).orderBy('country').orderBy('id').execute()).map(toAirport);
}

export const AIRPORT_LIST: ListSpec = { name: 'airports', keys: [{ column: 'country', dir: 'asc', type: 'text' }, { column: 'id', dir: 'asc', type: 'text' }] };
export const pageAirports = (db: Db, f: AirportFilter, page: PageRequest) => keysetPage(filtered(db, f), AIRPORT_LIST.keys, page, toAirport);

/** `forUpdate` takes the row lock until the transaction ends: a concurrent PATCH waits and then reads this one's result. */
export async function getAirport(db: Db, id: string, forUpdate = false) {
  let q = db.selectFrom('airports').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r && toAirport(r);
}

export async function existingAirportIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('airports').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** The mode (air or sea) of each known point among `ids`. */
export async function airportModes(db: Db, ids: string[]): Promise<Map<string, 'air' | 'sea'>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('airports').select(['id', 'mode']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.mode]));
}

export async function insertAirport(db: Db, a: Airport) {
  const row = toRow(a);
  await db.insertInto('airports').values({
    ...row, id: a.id, iata: a.iata ?? null, icao: a.icao ?? null, runway_m: a.runwayM ?? null, role: a.role ?? null,
    name: a.name, country: a.country, zone: a.zone, lat: a.lat, lon: a.lon,
    departures_per_hour: a.departuresPerHour, status: a.status, mode: a.mode ?? 'air', berths: a.berths ?? null,
    unlocode: a.unlocode ?? null, updated_at: new Date(),
  }).execute();
}

/** Every update (PATCH or CSV import) bumps the version, so a client holding the old one gets a 409. */
export async function updateAirport(db: Db, id: string, p: AirportPatch) {
  const row = Object.fromEntries(Object.entries(toRow(p)).filter(([, v]) => v !== undefined));
  await db.updateTable('airports').set({ ...row, version: sql<number>`version + 1`, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function deleteAirport(db: Db, id: string) {
  await db.deleteFrom('airports').where('id', '=', id).execute();
}
