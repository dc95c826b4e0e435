import { sql, type Kysely } from 'kysely';
import type { Database } from '../../server/db/database.ts';

/**
 * Row count and a digest of every row, per table of the public schema (the tables other features add
 * included): a refused request must leave every one as it was. Sign-in rate-limit counters are left out: a
 * refused attempt is meant to count against its limit (that is how the limit works), it stores no data.
 */
const COUNTERS = new Set(['rate_limit_hits']);

export async function fingerprint(db: Kysely<Database>): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%' order by table_name`.execute(db);
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    if (COUNTERS.has(name)) continue;
    const r = await sql<{ n: number; digest: string }>`select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as digest from ${sql.table(name)} x`
      .execute(db);
    out[name] = `${r.rows[0]!.n}:${r.rows[0]!.digest}`;
  }
  return out;
}
