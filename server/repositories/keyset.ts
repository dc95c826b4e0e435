import { sql, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';

/**
 * Keyset paging for the list endpoints. A list's order is a tuple of columns ending in a unique one
 * (the id), so "the rows after this one" is a plain comparison whatever was inserted or deleted
 * meanwhile: no row is skipped or repeated, unlike OFFSET. Key values travel as text (`col::text`
 * and back with a cast) so timestamps keep their microseconds, which a JavaScript Date would drop.
 */
export interface SortKey { column: string; dir: 'asc' | 'desc'; type: 'text' | 'int' | 'bigint' | 'timestamptz' }
/** `after`: the key values (as text) of the last row of the previous page; null for the first page. */
export interface PageRequest { limit: number; after: string[] | null }
export interface PageResult<T> { items: T[]; total: number; nextKey: string[] | null }

// The parameter is typed text first: given `cast($1 as timestamptz)` postgres.js infers a timestamptz
// parameter and sends it through a JavaScript Date, which drops the microseconds (the page would
// start again at its own last row) and rolls February 31st over to March.
const cast = (v: string, type: SortKey['type']) => sql`cast(cast(${v} as text) as ${sql.raw(type)})`;

/** (k1, k2, …) after (v1, v2, …) in the list's order, each column in its own direction. */
function after(keys: readonly SortKey[], values: string[]): RawBuilder<SqlBool> {
  const branches = keys.map((k, i) => {
    const equal = keys.slice(0, i).map((e, j) => sql`${sql.ref(e.column)} = ${cast(values[j]!, e.type)}`);
    const beyond = sql`${sql.ref(k.column)} ${sql.raw(k.dir === 'asc' ? '>' : '<')} ${cast(values[i]!, k.type)}`;
    return sql.join([...equal, beyond], sql` and `);
  });
  return sql<SqlBool>`(${sql.join(branches.map((b) => sql`(${b})`), sql` or `)})`;
}

/** One page of `q` (filtered, not yet ordered): its rows in key order, one more than asked to know whether more follow. */
export async function keysetPage<DB, TB extends keyof DB, O, T>(
  q: SelectQueryBuilder<DB, TB, O>, keys: readonly SortKey[], page: PageRequest, toItem: (row: O) => T,
): Promise<PageResult<T>> {
  let rows = q.select(keys.map((k, i) => sql<string>`${sql.ref(k.column)}::text`.as(`pk${i}`)));
  for (const k of keys) rows = rows.orderBy(sql.ref(k.column), k.dir);
  if (page.after) rows = rows.where(after(keys, page.after));
  const [found, count] = await Promise.all([
    rows.limit(page.limit + 1).execute(),
    q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirst(),
  ]);
  const last = found.length > page.limit ? (found[page.limit - 1] as Record<string, string>) : null;
  return {
    items: found.slice(0, page.limit).map((r) => toItem(r as O)),
    total: Number((count as { n?: number } | undefined)?.n ?? 0),
    nextKey: last ? keys.map((_, i) => last[`pk${i}`]!) : null,
  };
}
