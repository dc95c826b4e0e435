import { sql, type Selectable } from 'kysely';
import type { AssemblyAreaTable } from '../db/database.ts';
import type { AssemblyArea } from '../../shared/schemas/domain.ts';
import type { AssemblyAreaRecord } from '../../shared/schemas/versioned.ts';
import type { AssemblyAreaPatch } from '../../shared/schemas/api.ts';
import type { Db } from './db-type.ts';
import { keysetPage, type PageRequest } from './keyset.ts';
import type { ListSpec } from '../lib/pagination.ts';

export const toArea = (r: Selectable<AssemblyAreaTable>): AssemblyAreaRecord => ({
  id: r.id, country: r.country, zone: r.zone, name: r.name, lat: r.lat, lon: r.lon,
  residents: r.residents, visitors: r.visitors, priority1: r.priority1, priority2: r.priority2, version: r.version,
});

type AreaFilter = { country?: string | string[]; zone?: string };

function filtered(db: Db, f: AreaFilter) {
  let q = db.selectFrom('assembly_areas').selectAll();
  if (typeof f.country === 'string') q = q.where('country', '=', f.country);
  else if (f.country) q = f.country.length ? q.where('country', 'in', f.country) : q.where(({ lit }) => lit(false));
  if (f.zone) q = q.where('zone', '=', f.zone);
  return q;
}

export async function listAreas(db: Db, f: AreaFilter = {}) {
  return (await filtered(db, f).orderBy('country').orderBy('residents', 'desc').orderBy('id').execute()).map(toArea);
}

/** The API's order: by country, the largest areas first. */
export const AREA_LIST: ListSpec = { name: 'assembly-areas', keys: [
  { column: 'country', dir: 'asc', type: 'text' }, { column: 'residents', dir: 'desc', type: 'int' }, { column: 'id', dir: 'asc', type: 'text' },
] };
export const pageAreas = (db: Db, f: AreaFilter, page: PageRequest) => keysetPage(filtered(db, f), AREA_LIST.keys, page, toArea);

export async function getArea(db: Db, id: string, forUpdate = false) {
  let q = db.selectFrom('assembly_areas').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r && toArea(r);
}

export async function insertArea(db: Db, a: AssemblyArea) {
  await db.insertInto('assembly_areas').values({
    id: a.id, country: a.country, zone: a.zone, name: a.name, lat: a.lat, lon: a.lon,
    residents: a.residents, visitors: a.visitors, priority1: a.priority1, priority2: a.priority2,
    updated_at: new Date(),
  }).execute();
}

/** Every update (PATCH or CSV import) bumps the version, so a client holding the old one gets a 409. */
export async function updateArea(db: Db, id: string, p: AssemblyAreaPatch) {
  const { country, zone, name, lat, lon, residents, visitors, priority1, priority2 } = p;
  const row = Object.fromEntries(Object.entries({ country, zone, name, lat, lon, residents, visitors, priority1, priority2 }).filter(([, v]) => v !== undefined));
  await db.updateTable('assembly_areas').set({ ...row, version: sql<number>`version + 1`, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function deleteArea(db: Db, id: string) {
  await db.deleteFrom('assembly_areas').where('id', '=', id).execute();
}
