import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPGlite, type DatabaseHandle } from '../../server/db/connect.ts';
import { fromDatabaseError } from '../../server/lib/errors.ts';
import { jsonb } from '../../server/lib/json.ts';

/**
 * The embedded database runs in a thread of its own (server/db/pglite-thread): the API's event loop goes
 * on while PGlite works, and the kysely interface the repositories use is unchanged — values, errors
 * with their PostgreSQL fields, transactions, dumps and files on disk.
 */
describe('PGlite in its own thread', () => {
  let h: DatabaseHandle;
  beforeAll(async () => { h = await connectPGlite(); });
  afterAll(async () => { await h.close(); });

  it('keeps the event loop free while a long query runs', async () => {
    let ticks = 0;
    let during = 0;
    const timer = setInterval(() => { ticks++; }, 5);
    let done = false;
    const q = sql<{ n: number }>`select count(*)::int as n from generate_series(1, 3000000) g where md5(g::text) like 'a%'`.execute(h.db)
      .then((r) => { done = true; return r; });
    // Counted only while the query is still running: on the main thread PGlite would let no timer fire.
    const watcher = setInterval(() => { if (!done) during = ticks; }, 1);
    const r = await q;
    clearInterval(timer);
    clearInterval(watcher);
    expect(r.rows[0]!.n).toBeGreaterThan(100_000);
    expect(during).toBeGreaterThanOrEqual(3);
  });

  it('returns values of every type the repositories use, and takes them as parameters', async () => {
    const at = new Date('2027-04-01T06:00:00.000Z');
    const r = await sql<{ at: Date; j: { a: number[] }; arr: string[]; b: boolean; n: null; i: number; x: Uint8Array; big: string | number }>`
      select ${at}::timestamptz as at, ${jsonb({ a: [1, 2] })} as j, ${sql.val(['sdf', 'civil'])}::text[] as arr,
        true as b, null as n, 42 as i, '\\x0102'::bytea as x, 9007199254740993::numeric as big`.execute(h.db);
    const row = r.rows[0]!;
    expect(row.at).toBeInstanceOf(Date);
    expect(row.at.toISOString()).toBe(at.toISOString());
    expect(row.j).toEqual({ a: [1, 2] });
    expect(row.arr).toEqual(['sdf', 'civil']);
    expect([row.b, row.n, row.i]).toEqual([true, null, 42]);
    expect([...row.x]).toEqual([1, 2]);
    expect(String(row.big)).toBe('9007199254740993');
  });

  it('raises PostgreSQL errors with their fields, so the error handler still maps them to 4xx', async () => {
    await sql`create table t_unique (k text constraint t_unique_k unique)`.execute(h.db);
    await sql`insert into t_unique values ('a')`.execute(h.db);
    const err = await sql`insert into t_unique values ('a')`.execute(h.db).catch((e: unknown) => e) as { code?: string; constraint?: string };
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe('23505');
    expect(err.constraint).toBe('t_unique_k');
    expect(fromDatabaseError(err)?.statusCode).toBe(409);
  });

  it('reports affected rows and rolls a failed transaction back whole', async () => {
    await sql`create table t_tx (k int)`.execute(h.db);
    await expect(h.db.transaction().execute(async (trx) => {
      await sql`insert into t_tx select generate_series(1, 5)`.execute(trx);
      throw new Error('abort');
    })).rejects.toThrow('abort');
    const ins = await sql`insert into t_tx select generate_series(1, 3)`.execute(h.db);
    expect(ins.numAffectedRows).toBe(3n);
    expect((await sql<{ n: number }>`select count(*)::int as n from t_tx`.execute(h.db)).rows[0]!.n).toBe(3);
  });

  it('runs a multi-statement script (pg-boss installs itself so) with one answer per statement', async () => {
    const results = await h.pglite!.exec(`begin; create table t_exec (v int); insert into t_exec values (1), (2); select count(*)::int as n from t_exec; commit;`);
    expect(results.find((r) => r.rows.length)?.rows).toEqual([{ n: 2 }]);
    await expect(h.pglite!.exec('select * from no_such_table')).rejects.toMatchObject({ code: '42P01' });
  });

  it('dumps its data directory, and a new instance starts from the dump', async () => {
    await sql`create table t_dump (v text)`.execute(h.db);
    await sql`insert into t_dump values ('kept')`.execute(h.db);
    const blob = await h.pglite!.dumpDataDir('gzip');
    const copy = await connectPGlite(undefined, blob);
    try {
      expect((await sql<{ v: string }>`select v from t_dump`.execute(copy.db)).rows).toEqual([{ v: 'kept' }]);
    } finally {
      await copy.close();
    }
  });
});

describe('PGlite in its own thread, on disk', () => {
  it('flushes on close: a reopened DATA_DIR has every committed write, and a closed handle refuses queries', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'neo-thread-'));
    const first = await connectPGlite(dir);
    await sql`create table t_disk (v int)`.execute(first.db);
    await sql`insert into t_disk select generate_series(1, 100)`.execute(first.db);
    await first.close();
    await expect(first.pglite!.query('select 1')).rejects.toThrow(/closed/);
    const again = await connectPGlite(dir);
    try {
      expect((await sql<{ n: number }>`select count(*)::int as n from t_disk`.execute(again.db)).rows[0]!.n).toBe(100);
    } finally {
      await again.close();
    }
  });

  it('a failed open (a directory that is not a database) rejects with the reason and leaves no lock behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'neo-thread-bad-'));
    writeFileSync(path.join(dir, 'PG_VERSION'), 'not a version\n');
    await expect(connectPGlite(dir)).rejects.toThrow();
    expect(existsSync(path.join(dir, 'neo-owner.lock'))).toBe(false);
  });
});
