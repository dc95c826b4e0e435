import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';
import { LOCK_FILE } from '../../server/db/data-dir-lock.ts';

/**
 * One process owns the embedded database, proved with real processes: a server on a DATA_DIR, then a
 * second server and a CLI on the same directory while the first takes writes. Before the lock both
 * servers started and 49 of 300 acknowledged writes were lost.
 */

const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-owner-'));
const env = { ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'off', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', CLIENT_DIST: '/nonexistent', DATABASE_URL: '' };
const running = new Set<ChildProcess>();

interface Exited { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

function run(script: string, args: string[] = [], input?: string): { child: ChildProcess; done: Promise<Exited>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => { stdout += b.toString(); });
  child.stderr!.on('data', (b: Buffer) => { stderr += b.toString(); });
  child.stdin!.end(input ?? '');
  const done = new Promise<Exited>((resolve) => child.on('exit', (code, signal) => { running.delete(child); resolve({ code, signal, stdout, stderr }); }));
  return { child, done, output: () => stdout + stderr };
}

async function startServer() {
  const s = run('server/main.ts');
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /listening on http:\/\/localhost:(\d+)/.exec(s.output());
      if (m) { clearInterval(timer); resolve(Number(m[1])); }
    }, 100);
    void s.done.then((e) => { clearInterval(timer); reject(new Error(`server exited ${e.code}: ${e.stderr}`)); });
  });
  return { ...s, base: `http://127.0.0.1:${port}` };
}

afterAll(() => {
  for (const c of running) c.kill('SIGKILL');
});

describe('one process owns the embedded database', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let headers: Record<string, string>;

  it('a second server and every CLI on the same DATA_DIR exit at once naming the owner; the first keeps serving and loses no write', async () => {
    server = await startServer();
    const setup = await fetch(`${server.base}/api/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'chief', password: 'first-planner-pw' }) });
    expect(setup.status).toBe(201);
    const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;
    headers = { cookie, 'x-csrf-token': ((await setup.json()) as { csrfToken: string }).csrfToken, 'content-type': 'application/json' };

    // 120 acknowledged writes while a second server, migrate, seed, import and user:add all try the directory.
    const writes = Array.from({ length: 120 }, (_, i) => fetch(`${server.base}/api/partners`, { method: 'POST', headers, body: JSON.stringify({ id: `p-${i}`, name: `Partner ${i}`, nation: 'NZ', categories: ['foreign_military'] }) }));
    const second = run('server/main.ts');
    const clis = [
      run('server/cli/migrate.ts'),
      run('server/cli/seed.ts'),
      run('server/cli/import.ts', ['server/seed/data/airports.csv', '--kind', 'airports']),
      run('server/cli/user-add.ts', ['--username', 'sneaky', '--role', 'planner'], 'a-long-password\n'),
    ];
    const statuses = await Promise.all(writes.map(async (w) => (await w).status));
    expect(statuses.filter((s) => s === 201)).toHaveLength(120);

    for (const p of [second, ...clis]) {
      const e = await p.done;
      expect(e.code, e.stdout + e.stderr).toBe(3);
      expect(e.stderr).toContain(`in use by process ${server.child.pid} on host`);
      expect(e.stderr).toContain('node server/main.ts');
      expect(e.stderr).toMatch(/stop that process first/);
      expect(e.stderr).toMatch(/DATABASE_URL/);
      expect(e.stderr).toMatch(/Accounts and Import pages/);
    }
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
    const partners = (await (await fetch(`${server.base}/api/partners`, { headers })).json()) as unknown[];
    expect(partners).toHaveLength(120);
    const users = (await (await fetch(`${server.base}/api/users`, { headers })).json()) as { username: string }[];
    expect(users.map((u) => u.username)).toEqual(['chief']); // user:add printed no "created", and created nothing
  }, 240_000);

  it('after a clean stop the lock is gone, the data is whole (amcheck) and a CLI may open the directory', async () => {
    server.child.kill('SIGTERM');
    expect((await server.done).code).toBe(0);
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    const add = await run('server/cli/user-add.ts', ['--username', 'second', '--role', 'reader'], 'another-long-password\n').done;
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toContain('created reader second');

    const pg = await PGlite.create({ dataDir, extensions: { amcheck } });
    try {
      expect((await pg.query<{ n: number }>('select count(*)::int as n from partners')).rows[0]!.n).toBe(120);
      await pg.exec('create extension if not exists amcheck');
      const indexes = await pg.query<{ name: string }>(`select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid
        join pg_am am on am.oid = c.relam join pg_namespace n on n.oid = c.relnamespace where am.amname = 'btree' and n.nspname = 'public'`);
      expect(indexes.rows.length).toBeGreaterThan(10);
      for (const { name } of indexes.rows) await pg.query(`select bt_index_check('public.${name}'::regclass, true)`);
    } finally {
      await pg.close();
    }
  }, 240_000);

  it('a lock left by a killed server is taken over by the next process', async () => {
    const s = await startServer();
    s.child.kill('SIGKILL');
    await s.done;
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
    const migrate = await run('server/cli/migrate.ts').done;
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain('migrations up to date (pglite)');
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  }, 240_000);
});
