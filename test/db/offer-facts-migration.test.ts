import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator, sql } from 'kysely';
import { blankTestDatabase, type TestDatabase } from '../support/db.ts';
import { TsMigrationProvider, migrateToLatest } from '../../server/db/migrate.ts';
import { down } from '../../migrations/20261201000100_offer_facts.ts';
import { down as downSeaLift } from '../../migrations/20261202080000_sea_lift.ts';
import { listAircraftTypes } from '../../server/repositories/aircraft.repository.ts';
import { loadDemoData } from '../../server/seed/load-files.ts';

// Migration 20261201000100 on a database that already holds offers: the catalogue arrives from
// aircraft.csv, partners get the categories their consistent offers show, and every submitted or accepted
// offer that contradicts its partner or its type is declined with the reason — never left accepted.

const MINE = '20261201000100_offer_facts';
/** Later migrations that build on this one's tables (the ship types join aircraft_types; the data token's trigger on it): they run after it. */
const AFTER_MINE = new Set(['20261202080000_sea_lift', '20261206000000_data_generation']);
let t: TestDatabase;

const offer = (id: string, partner: string, category: string, type: string, seats: number, status: string) => sql`
  insert into lift_offers (id, partner_id, category, aircraft_type, seats_per_sortie, sorties, aircraft_count, available_from,
    available_to, destination_airport_id, turnaround_hours, status, version)
  values (${id}, ${partner}, ${category}, ${type}, ${seats}, 4, 1, '2027-04-01T00:00:00Z', '2027-04-05T00:00:00Z', 'RJFF', 6, ${status}, 3)`;

beforeAll(async () => {
  t = await blankTestDatabase();
  // Everything before this migration (and any other unordered one), then the rows of an older deployment.
  const before = new Migrator({ db: t.db, provider: new TsMigrationProvider((name) => name !== MINE && !AFTER_MINE.has(name)), allowUnorderedMigrations: true });
  const { error } = await before.migrateToLatest();
  if (error) throw error;
  for (const q of [
    sql`insert into countries values ('JP', 'Japan'), ('US', 'United States'), ('KR', 'South Korea')`,
    sql`insert into airports (id, name, country, zone, lat, lon, departures_per_hour) values ('RJFF', 'Fukuoka', 'JP', 'JP-kyushu', 33.6, 130.4, 10), ('RKSI', 'Incheon', 'KR', 'KR-main', 37.5, 126.4, 10)`,
    sql`insert into partners (id, name, nation) values ('usaf', 'US Air Force', 'US'), ('jasdf', 'JASDF', 'JP'), ('newcomer', 'New Air', 'JP')`,
    offer('us-ok', 'usaf', 'foreign_military', 'Lockheed Martin C-130J-30 Super Hercules (USAF; RAAF; RAF)', 128, 'accepted'),
    // The relabelled SDF aircraft of the issue, accepted: must not stay so.
    offer('us-c2', 'usaf', 'foreign_military', 'Kawasaki C-2 (JASDF)', 110, 'accepted'),
    offer('us-400', 'usaf', 'foreign_military', 'Lockheed Martin C-130J-30 Super Hercules (USAF; RAAF; RAF)', 400, 'submitted'),
    // A US "sdf" offer: even catalogued as sdf, it is no evidence that a US partner offers SDF aircraft.
    offer('us-sdf', 'usaf', 'sdf', 'Lockheed C-130H Hercules (JASDF)', 92, 'submitted'),
    offer('us-old', 'usaf', 'foreign_military', 'Kawasaki C-2 (JASDF)', 110, 'withdrawn'),
    offer('jp-c2', 'jasdf', 'sdf', 'Kawasaki C-2 (JASDF)', 110, 'accepted'),
  ]) await q.execute(t.db);
  await sql`insert into lift_offer_origins values ('us-c2', 'RKSI', 0)`.execute(t.db);
  await migrateToLatest(t.db);
});
afterAll(async () => { await t?.dispose(); });

describe(`migration ${MINE}`, () => {
  it('loads the catalogue of aircraft.csv, with each row\'s attribution', async () => {
    const stored = await listAircraftTypes(t.db, 'air');
    const csv = loadDemoData().aircraft;
    expect(stored).toHaveLength(csv.length);
    for (const a of csv) expect(stored.find((s) => s.type === a.type), a.type).toMatchObject({ ...a, source: expect.stringMatching(/\S/) });
  });

  it('gives partners the categories their consistent offers show, and none without evidence', async () => {
    const rows = await t.db.selectFrom('partners').select(['id', 'categories', 'version']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'jasdf', categories: ['sdf'], version: 1 },
      { id: 'newcomer', categories: [], version: 1 },
      { id: 'usaf', categories: ['foreign_military'], version: 1 },
    ]);
  });

  it('declines every submitted or accepted offer that contradicts its partner or type, saying why, audited', async () => {
    const rows = await t.db.selectFrom('lift_offers').select(['id', 'status', 'version', 'decision_note']).orderBy('id').execute();
    const by = new Map(rows.map((r) => [r.id, r]));
    expect(by.get('us-ok')).toMatchObject({ status: 'accepted', version: 3, decision_note: null });
    expect(by.get('jp-c2')).toMatchObject({ status: 'accepted', version: 3 });
    expect(by.get('us-old')).toMatchObject({ status: 'withdrawn', version: 3 });
    expect(by.get('us-c2')).toMatchObject({ status: 'declined', version: 4 });
    expect(by.get('us-c2')!.decision_note).toMatch(/Kawasaki C-2 \(JASDF\) is a sdf aircraft in the catalogue, not foreign_military/);
    expect(by.get('us-400')).toMatchObject({ status: 'declined', version: 4 });
    expect(by.get('us-400')!.decision_note).toMatch(/400 seats exceed the 128 seats/);
    expect(by.get('us-sdf')).toMatchObject({ status: 'declined' });
    expect(by.get('us-sdf')!.decision_note).toMatch(/US Air Force may offer foreign_military aircraft only, not sdf/);
    const audit = await t.db.selectFrom('audit_events').select(['entity_id', 'username', 'action', 'before', 'after'])
      .where('entity_type', '=', 'lift_offer').orderBy('entity_id').execute();
    expect(audit.map((a) => a.entity_id)).toEqual(['us-400', 'us-c2', 'us-sdf']);
    expect(audit[1]).toMatchObject({ username: `migration:${MINE}`, action: 'decide', before: { status: 'accepted', version: 3 }, after: { status: 'declined', version: 4 } });
  });

  it('leaves triggers that refuse to accept a declined contradicting offer again, or to widen a partner behind an offer', async () => {
    await expect(sql`update lift_offers set status = 'accepted' where id = 'us-c2'`.execute(t.db))
      .rejects.toMatchObject({ code: '23514', message: expect.stringMatching(/sdf aircraft in the catalogue/) });
    await expect(sql`update partners set categories = '{civil}' where id = 'usaf'`.execute(t.db))
      .rejects.toMatchObject({ code: '23514', message: expect.stringMatching(/offers us-ok of US Air Force would contradict/) });
    await expect(sql`update partners set categories = '{sdf}' where id = 'usaf'`.execute(t.db)).rejects.toMatchObject({ code: '23514' });
    await expect(sql`update aircraft_types set category = 'civil' where type = 'Kawasaki C-2 (JASDF)'`.execute(t.db))
      .rejects.toMatchObject({ code: '23514', message: expect.stringMatching(/jp-c2 would contradict the catalogue entry/) });
  });

  it('rolls back: its columns, table, functions and triggers go', async () => {
    await downSeaLift(t.db); // it builds on this one's tables: rolled back first, as the migrator would
    await down(t.db);
    const cols = await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = 'partners'`.execute(t.db);
    expect(cols.rows.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(['categories']));
    expect(cols.rows.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(['version']));
    const left = await sql<{ n: number }>`select count(*)::int as n from pg_proc where proname like '%offer%fact%' or proname like '%check_offers%'`.execute(t.db);
    expect(left.rows[0]!.n).toBe(0);
    await expect(sql`select 1 from aircraft_types`.execute(t.db)).rejects.toMatchObject({ code: '42P01' });
    await sql`update lift_offers set status = 'accepted' where id = 'us-c2'`.execute(t.db);
  });
});
