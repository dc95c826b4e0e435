import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './db-type.ts';

/**
 * Counts one hit of `key` in its window and returns the count and the milliseconds left. One statement,
 * so two instances counting the same key at once never both see the window's first hit: the row lock of
 * the upsert orders them. A window that has run out restarts at 1.
 */
export async function hitRateLimit(db: Db, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const id = createHash('sha256').update(key).digest('base64url');
  const r = await sql<{ count: number; ttl: number }>`
    insert into rate_limit_hits as h (key, count, reset_at)
    values (${id}, 1, now() + ${windowMs} * interval '1 millisecond')
    on conflict (key) do update set
      count = case when h.reset_at <= now() then 1 else h.count + 1 end,
      reset_at = case when h.reset_at <= now() then excluded.reset_at else h.reset_at end
    returning count, greatest(0, ceil(extract(epoch from (reset_at - now())) * 1000))::int as ttl`.execute(db);
  const row = r.rows[0]!;
  return { current: Number(row.count), ttl: Number(row.ttl) };
}

/** Windows that ran out: swept now and then (on sign-in) so the table stays as small as the active windows. */
export async function deleteExpiredRateLimits(db: Db) {
  await db.deleteFrom('rate_limit_hits').where('reset_at', '<', new Date()).execute();
}
