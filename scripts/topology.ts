import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { connectPostgres } from '../server/db/connect.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { startProcesses } from '../test/support/topology-processes.ts';

/**
 * docker-compose.yml's topology as processes on this machine: two API instances on their own ports and
 * the worker (`npm run worker`), all on one fresh database of the PostgreSQL server of DATABASE_URL.
 *   npm run topology            start it, print the URLs, stop on Ctrl-C (the database is dropped)
 *   npm run topology -- --test  CI: start it, check it, stop it (every exit 0), then run the
 *                               multi-instance tests (vitest project "topology"), which start their own
 */
const { values } = parseArgs({ options: { test: { type: 'boolean', default: false }, apis: { type: 'string', default: '2' } } });
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const admin = postgres(url, { max: 1, onnotice: () => {} });
const name = `neo_test_topology_${process.pid}`;
const u = new URL(url);
u.pathname = `/${name}`;

function check(ok: boolean, what: string): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) process.exitCode = 1;
}

async function main(): Promise<void> {
  await admin.unsafe(`create database ${name}`);
  const h = connectPostgres(u.toString(), { max: 1 });
  await migrateToLatest(h.db);
  await h.close();
  const t0 = performance.now();
  const topo = await startProcesses({ databaseUrl: u.toString(), apis: Number(values.apis), env: { DEMO_DATA: 'on', LOG_LEVEL: 'warn' } });
  console.log(`topology up in ${Math.round(performance.now() - t0)} ms: API ${topo.urls.join(' ')}; ${topo.workers.length} worker(s) (pids ${topo.workers.map((w) => w.child.pid).join(', ') || '—'}); database ${name}`);
  if (!values.test) {
    await new Promise<void>((resolve) => { process.once('SIGINT', resolve); process.once('SIGTERM', resolve); });
  } else {
    for (const base of topo.urls) check((await fetch(`${base}/api/health`)).ok, `${base}/api/health`);
    const [a, b] = topo.urls as [string, string];
    const signIn = await fetch(`${a}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'planner', password: 'planner-demo' }) });
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const csrf = signIn.ok ? ((await signIn.json()) as { csrfToken: string }).csrfToken : '';
    const write = await fetch(`${a}/api/partners`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: JSON.stringify({ id: 'topology-check', name: 'Topology check', nation: 'NZ', categories: ['foreign_military'] }) });
    check(write.status === 201, `a write on ${a} (${write.status})`);
    check((await fetch(`${b}/api/partners/topology-check`, { headers: { cookie } })).status === 200, `read back on ${b}`);
  }
  const exits = await topo.stop();
  check(exits.every((e) => e.code === 0), `every process exited 0 on SIGTERM (${exits.map((e) => e.code).join(', ')})`);
}

main()
  .catch((err: unknown) => { console.error(err); process.exitCode = 1; })
  .finally(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    if (values.test && !process.exitCode) {
      const r = spawnSync('npx', ['vitest', 'run', '--project', 'topology'], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
      process.exitCode = r.status ?? 1;
    }
  });
