import { sql } from 'kysely';
import type { Country } from '../../shared/schemas/domain.ts';
import type { Db } from './db-type.ts';

/** Countries with the sums of their assembly areas (residents; evacuees = residents + visitors). */
export async function listCountries(db: Db): Promise<Country[]> {
  const rows = await db.selectFrom('countries')
    .leftJoin('assembly_areas', 'assembly_areas.country', 'countries.code')
    .select([
      'countries.code', 'countries.name',
      sql<number>`coalesce(sum(assembly_areas.residents), 0)::int`.as('residents'),
      sql<number>`coalesce(sum(assembly_areas.residents + assembly_areas.visitors), 0)::int`.as('evacuees'),
    ])
    .groupBy(['countries.code', 'countries.name'])
    .orderBy(sql`coalesce(sum(assembly_areas.residents), 0)`, 'desc')
    .orderBy('countries.code')
    .execute();
  return rows.map((r) => ({ code: r.code, name: r.name, residents: Number(r.residents), evacuees: Number(r.evacuees) }));
}

export async function countryExists(db: Db, code: string) {
  return !!(await db.selectFrom('countries').select('code').where('code', '=', code).executeTakeFirst());
}

export async function upsertCountry(db: Db, c: { code: string; name: string }) {
  await db.insertInto('countries').values(c).onConflict((oc) => oc.column('code').doNothing()).execute();
}
