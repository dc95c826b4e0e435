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

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The English name of an ISO 3166-1 code, or undefined when the code names no country. */
export function isoCountryName(code: string): string | undefined {
  const name = regionNames.of(code);
  return name && name !== code && name !== 'Unknown Region' ? name : undefined;
}

/**
 * True when `code` is a country the database knows, adding it first when it is a real ISO code
 * (an empty deployment fills its registry through the API or an import, country by country).
 */
export async function countryExists(db: Db, code: string) {
  if (await db.selectFrom('countries').select('code').where('code', '=', code).executeTakeFirst()) return true;
  const name = isoCountryName(code);
  if (!name) return false;
  await upsertCountry(db, { code, name });
  return true;
}

export async function upsertCountry(db: Db, c: { code: string; name: string }) {
  await db.insertInto('countries').values(c).onConflict((oc) => oc.column('code').doNothing()).execute();
}
