import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';
import postgres from 'postgres';
import { createDatabase } from '../support/db.ts';
import { firstPlanner, killAll, runScript, startServer, type ServerProcess } from '../support/processes.ts';

/**
 * `npm run backup` while a real server takes writes, then `npm run restore` into an empty database:
 * the copy passes amcheck (every btree index checked against its heap) and holds every write that was
 * acknowledged before the backup started; restoring into a database that holds anything is refused.
 * Embedded PGlite always; the PostgreSQL server (pg_dump and the logical export) when DATABASE_URL is set.
 */
afterAll(killAll);
const dir = mkdtempSync(path.join(tmpdir(), 'neo-backup-'));

interface Writes { ackedBefore: (t: number) => string[]; attempted: () => string[]; stop: () => Promise<void>; acked: () => { id: string; at: number }[] }

/** Four writers creating partners back to back; each acknowledged id with the time of its 201. */
function writeContinuously(server: ServerProcess, headers: Record<string, string>, prefix: string): Writes {
  const acked: { id: string; at: number }[] = [];
  const attempted: string[] = [];
  let stopped = false;
  let n = 0;
  const writer = async () => {
    while (!stopped) {
      const id = `${prefix}-${n++}`;
      attempted.push(id);
      const res = await fetch(`${server.base}/api/partners`, { method: 'POST', headers, body: JSON.stringify({ id, name: `Partner ${id}`, nation: 'NZ', categories: ['foreign_military'] }) });
      if (res.status !== 201) throw new Error(`write ${id}: ${res.status} ${await res.text()}`);
      acked.push({ id, at: Date.now() });
    }
  };
  const writers = Array.from({ length: 4 }, writer);
  return {
    acked: () => acked,
    ackedBefore: (t) => acked.filter((a) => a.at < t).map((a) => a.id),
    attempted: () => attempted,
    stop: async () => { stopped = true; await Promise.all(writers); },
  };
}

async function untilAcked(w: Writes, n: number) {
  while (w.acked().length < n) await new Promise((r) => setTimeout(r, 50));
}

/** Runs `npm run backup` during the writes; what was acknowledged before it started, and how many during. */
async function backupDuringWrites(server: ServerProcess, env: Record<string, string>, out: string, prefix: string, args: string[] = []) {
  const headers = await firstPlanner(server.base, `chief-${prefix}`).catch(async () => {
    const r = await fetch(`${server.base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'planner', password: 'planner-demo' }) });
    return { cookie: r.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': ((await r.json()) as { csrfToken: string }).csrfToken, 'content-type': 'application/json' };
  });
  const writes = writeContinuously(server, headers, prefix);
  await untilAcked(writes, 30);
  const started = Date.now();
  const backup = await runScript('server/cli/backup.ts', ['--out', out, ...args], env).done;
  const finished = Date.now();
  await untilAcked(writes, writes.acked().length + 10); // writes went on after it, too
  await writes.stop();
  expect(backup.code, backup.stdout + backup.stderr).toBe(0);
  const during = writes.acked().filter((a) => a.at >= started && a.at <= finished).length;
  console.log(`${prefix}: ${backup.stdout.trim()}; ${writes.ackedBefore(started).length} writes acknowledged before, ${during} during the backup`);
  return { mustHave: writes.ackedBefore(started), mayHave: new Set(writes.attempted()), during, line: backup.stdout };
}

function checkIds(ids: string[], prefix: string, expected: { mustHave: string[]; mayHave: Set<string> }) {
  const got = new Set(ids.filter((i) => i.startsWith(`${prefix}-`)));
  expect(expected.mustHave.filter((id) => !got.has(id))).toEqual([]);
  expect([...got].filter((id) => !expected.mayHave.has(id))).toEqual([]);
}

const INDEXES = `select c.oid::regclass::text as name from pg_index i join pg_class c on c.oid = i.indexrelid
  join pg_am am on am.oid = c.relam join pg_namespace n on n.oid = c.relnamespace where am.amname = 'btree' and n.nspname = 'public'`;

describe('backup and restore of the embedded database (PGlite)', () => {
  it('a backup taken from the running server during writes restores into an empty DATA_DIR, whole', async () => {
    const dataDir = path.join(dir, 'live');
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    const server = await startServer({ ...env, LOG_LEVEL: 'info' });
    const file = path.join(dir, 'live.pglite.tar.gz');
    const expected = await backupDuringWrites(server, env, file, 'pgl');
    expect(expected.line).toContain('from the running server');
    expect(expected.during).toBeGreaterThan(0);
    expect((await server.stop()).code).toBe(0);

    // Into a directory that holds anything: refused, naming it, nothing written.
    const busy = path.join(dir, 'busy');
    mkdirSync(busy);
    writeFileSync(path.join(busy, 'notes.txt'), 'keep me');
    const refused = await runScript('server/cli/restore.ts', [file], { DATA_DIR: busy, DATABASE_URL: '' }).done;
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain(`DATA_DIR ${busy} is not empty`);

    const target = path.join(dir, 'restored');
    const restored = await runScript('server/cli/restore.ts', [file], { DATA_DIR: target, DATABASE_URL: '' }).done;
    expect(restored.code, restored.stdout + restored.stderr).toBe(0);

    const pg = await PGlite.create({ dataDir: target, extensions: { amcheck } });
    try {
      await pg.exec('create extension if not exists amcheck');
      const indexes = (await pg.query<{ name: string }>(INDEXES)).rows;
      expect(indexes.length).toBeGreaterThan(10);
      for (const { name } of indexes) await pg.query(`select bt_index_check('${name}'::regclass, true)`);
      checkIds((await pg.query<{ id: string }>('select id from partners')).rows.map((r) => r.id), 'pgl', expected);
      // Each partner's audit row came in the same transaction: the copy has both or neither.
      const orphans = await pg.query<{ n: number }>(`select count(*)::int as n from partners p where p.id like 'pgl-%' and not exists (select 1 from audit_events a where a.entity_type = 'partner' and a.entity_id = p.id)`);
      expect(orphans.rows[0]!.n).toBe(0);
    } finally {
      await pg.close();
    }
    // And the app starts on it.
    const again = await startServer({ DATA_DIR: target, DATABASE_URL: '', LOG_LEVEL: 'info' });
    expect((await fetch(`${again.base}/api/health`)).status).toBe(200);
    const stopped = await again.stop();
    // Which shutdown hook failed or overran, if one did: the 'shutdown complete' line lists them.
    expect(stopped.code, stopped.stdout.split('\n').filter((l) => /shutdown/.test(l)).join('\n') + stopped.stderr).toBe(0);
  }, 600_000);
});

const templates = inject('dbTemplates');
describe.skipIf(templates.kind !== 'postgres')('backup and restore of the PostgreSQL server', () => {
  const t = templates as Extract<typeof templates, { kind: 'postgres' }>;
  const admin = postgres(t.url, { max: 1, onnotice: () => {} });
  const made: string[] = [];
  const urlOf = (name: string) => { const u = new URL(t.url); u.pathname = `/${name}`; return u.toString(); };
  const fresh = async (tag: string, template: string | null) => {
    const name = `neo_test_f_${t.demo.split('_').pop()}_bk_${tag}_${process.pid}`;
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await createDatabase(admin, name, template);
    made.push(name);
    return name;
  };
  afterAll(async () => {
    for (const name of made) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  for (const mode of ['pg_dump', 'logical'] as const) {
    it(`${mode}: a backup during writes of a running instance restores into an empty database that passes amcheck`, async () => {
      const source = await fresh(`src_${mode}`, t.demo);
      const env = { DATABASE_URL: urlOf(source), DATA_DIR: '' };
      const server = await startServer(env);
      const file = path.join(dir, `pg.${mode === 'pg_dump' ? 'pgdump' : 'jsonl.gz'}`);
      const prefix = mode === 'pg_dump' ? 'pgd' : 'lgc';
      const expected = await backupDuringWrites(server, env, file, prefix, mode === 'logical' ? ['--logical'] : []);
      expect(expected.line).toContain(mode === 'pg_dump' ? 'by pg_dump' : 'logical export (--logical)');
      expect((await server.stop()).code).toBe(0);

      // The source is not empty: refused, naming it.
      const refused = await runScript('server/cli/restore.ts', [file], env).done;
      expect(refused.code).toBe(4);
      expect(refused.stderr).toContain(`Database ${source} is not empty`);

      const target = await fresh(`dst_${mode}`, null);
      const restored = await runScript('server/cli/restore.ts', [file], { DATABASE_URL: urlOf(target), DATA_DIR: '' }).done;
      expect(restored.code, restored.stdout + restored.stderr).toBe(0);
      const db = postgres(urlOf(target), { max: 1, onnotice: () => {} });
      try {
        await db.unsafe('create extension if not exists amcheck');
        const indexes = await db.unsafe<{ name: string }[]>(INDEXES);
        expect(indexes.length).toBeGreaterThan(10);
        for (const { name } of indexes) await db.unsafe(`select bt_index_check('${name}'::regclass, true)`);
        checkIds((await db<{ id: string }[]>`select id from partners`).map((r) => r.id), prefix, expected);
        // (The demo data's partners were seeded without audit rows: only the test's own are checked.)
        const [orphans] = await db<{ n: number }[]>`select count(*)::int as n from partners p where p.id like ${`${prefix}-%`} and not exists (select 1 from audit_events a where a.entity_type = 'partner' and a.entity_id = p.id)`;
        expect(orphans!.n).toBe(0);
        // Same rows as the source in every table (the source took no writes after the backup but the later ones).
        const src = postgres(urlOf(source), { max: 1, onnotice: () => {} });
        const count = (c: postgres.Sql, table: string) => c.unsafe<{ n: number }[]>(`select count(*)::int as n from ${table}`).then((r) => r[0]!.n);
        for (const table of ['scenarios', 'assembly_areas', 'airports', 'lift_offers', 'users', 'plans', 'aircraft_types']) {
          expect(await count(db, table), table).toBe(await count(src, table));
        }
        await src.end();
        // The next audit id follows the restored ones (sequences restored too).
        const [seq] = await db<{ ok: boolean }[]>`select nextval(pg_get_serial_sequence('audit_events', 'id')) > (select max(id) from audit_events) as ok`;
        expect(seq!.ok).toBe(true);
      } finally {
        await db.end();
      }
    }, 600_000);
  }
});
