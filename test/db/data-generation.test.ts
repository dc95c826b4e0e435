import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { connectPostgres } from '../../server/db/connect.ts';
import { dataToken } from '../../server/repositories/data-generation.repository.ts';
import { lazyToday, today } from '../../server/services/today.ts';
import { testDatabase, type TestDatabase } from '../support/db.ts';

// Plan reads know today's digest from one row (migration 20261206000000, server/services/today.ts). The promise
// that makes that safe: no change to anything the planning snapshot is read from leaves the token as it was,
// so a digest remembered under a token is never the digest of other data.

/** Tables the planning snapshot never reads: they may change without a new token. */
const NOT_SNAPSHOT = new Set([
  'allocations', 'audit_events', 'bus_events', 'data_generation', 'kysely_migration', 'kysely_migration_lock', 'matcher_jobs',
  'operation_checkins', 'operation_log', 'operation_manifests', 'operation_sorties', 'operations', 'plan_summaries', 'plans',
  'rate_limit_hits', 'sessions', 'sorties', 'users',
]);

/** One real change per snapshot table, on the demo data. */
const CHANGES: Record<string, ReturnType<typeof sql>> = {
  access_rules: sql`update access_rules set reason = reason || '.' where id = (select min(id) from access_rules)`,
  aircraft_types: sql`update aircraft_types set notes = notes || ' ' where type = (select min(type) from aircraft_types)`,
  airports: sql`update airports set departures_per_hour = departures_per_hour + 1 where id = 'RKSI'`,
  assembly_areas: sql`update assembly_areas set residents = residents + 1 where id = (select min(id) from assembly_areas where country = 'KR')`,
  countries: sql`update countries set name = name || ' ' where code = 'KR'`,
  hazard_zones: sql`delete from hazard_zones where id = (select min(id) from hazard_zones)`,
  lift_offer_origins: sql`delete from lift_offer_origins where (offer_id, airport_id) = (select offer_id, airport_id from lift_offer_origins order by 1, 2 limit 1)`,
  lift_offers: sql`update lift_offers set turnaround_hours = turnaround_hours + 1 where id = (select min(id) from lift_offers)`,
  partners: sql`update partners set name = name || ' ' where id = (select min(id) from partners)`,
  scenarios: sql`update scenarios set name = name || ' ' where id = 'korea'`,
  seat_requests: sql`update seat_requests set note = 'x'`,
};

describe('data generation token', { timeout: 120_000 }, () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await testDatabase({ demo: true }); });
  afterAll(async () => { await t?.dispose(); });

  it('has a trigger on every table but those the snapshot never reads', async () => {
    const tables = (await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(t.db)).rows.map((r) => r.name);
    const triggered = (await sql<{ name: string }>`select distinct c.relname as name from pg_trigger g join pg_class c on c.oid = g.tgrelid
      where g.tgname like '%_data_generation'`.execute(t.db)).rows.map((r) => r.name);
    // A new table must be put on one side: read by the snapshot (give it the trigger) or not.
    expect(tables.filter((n) => !NOT_SNAPSHOT.has(n)).sort()).toEqual([...triggered].sort());
    expect(Object.keys(CHANGES).sort()).toEqual([...triggered].sort());
  });

  it('draws a new token in every change to each snapshot table, and keeps it through other writes', async () => {
    for (const [table, change] of Object.entries(CHANGES)) {
      const before = await dataToken(t.db);
      const { numAffectedRows } = await change.execute(t.db);
      const after = await dataToken(t.db);
      expect(after, table).not.toBeNull();
      expect(after, `${table} (${numAffectedRows} rows)`).not.toBe(before);
    }
    const before = await dataToken(t.db);
    await sql`update users set role = role`.execute(t.db);
    await sql`delete from plan_summaries`.execute(t.db);
    expect(await dataToken(t.db)).toBe(before);
  });

  it('answers the digest a full read answers after any sequence of changes', async () => {
    const step = fc.constantFrom(...Object.values(CHANGES), null);
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
      for (const s of steps) {
        if (s) await s.execute(t.db);
        for (const scenario of ['korea', 'taiwan-blockade', 'concurrent']) {
          const fast = await lazyToday(t.db, scenario);
          // Twice: the second answer comes from memory when the token held.
          const again = await lazyToday(t.db, scenario);
          const full = await today(t.db, scenario);
          expect(fast.digest).toBe(full.digest);
          expect(again.digest).toBe(full.digest);
          expect((await again.load()).digest).toBe(full.digest);
        }
      }
    }), { numRuns: 15 });
  });

  it('a change not yet committed is not in the token; once committed it is (PostgreSQL server)', async (ctx) => {
    if (!t.url) return ctx.skip();
    const other = connectPostgres(t.url, { max: 1 });
    try {
      const known = (await lazyToday(t.db, 'korea')).digest;
      let during = '';
      await other.db.transaction().execute(async (trx) => {
        await sql`update assembly_areas set residents = residents + 7 where country = 'KR'`.execute(trx);
        during = (await lazyToday(t.db, 'korea')).digest;
      });
      expect(during).toBe(known);
      const after = await lazyToday(t.db, 'korea');
      expect(after.digest).not.toBe(known);
      expect(after.digest).toBe((await today(t.db, 'korea')).digest);
    } finally {
      await other.close();
    }
  });
});
