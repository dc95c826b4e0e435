/**
 * npm run bench:api — load test of the HTTP API as deployed: docker-compose.yml's topology (scripts/topology.ts's
 * processes) — two API instances (JOB_WORKER=off) and one worker (`npm run worker`) — on a scratch database of
 * the PostgreSQL server of DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test; its name must contain
 * "test"), seeded with the demo data and the largest bench scenario (bench/scenario-generator.ts, SIZE=XL).
 * While the worker solves that scenario (SOLVES runs queued, default 3, so it is busy throughout), autocannon
 * spreads its connections over both instances and runs:
 *   1. reads by all roles for READ_SECONDS (default 20), the plans list and a plan's summary among them;
 *   2. GET /api/plans alone, then GET /api/plans/:id/summary alone, ENDPOINT_SECONDS each (default 8);
 *   3. a mixed run of MIXED_REQUESTS (default 4000) requests, 3 in 12 a write (offers by two liaisons,
 *      assembly areas by the planner), run to completion so every write sent gets its answer.
 * Prints req/s, p50/p99 latency and errors per run, the worker's jobs, the machine's cores and load, and
 * accounts for every write: sent, answered 201, rows stored, audit rows written. Exits 1 when the target (reads
 * ≥ 1,000 req/s, p99 < 50 ms, no error) or the accounting fails. The scratch database is dropped at the end.
 */
import { cpus, loadavg } from 'node:os';
import autocannon, { type Request, type Result } from 'autocannon';
import postgres from 'postgres';
import { connectPostgres } from '../server/db/connect.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { startProcesses, type Topology } from '../test/support/topology-processes.ts';
import { seedWithScenario } from './support/seed-scenario.ts';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const READ_SECONDS = Number(process.env.READ_SECONDS ?? 20);
const ENDPOINT_SECONDS = Number(process.env.ENDPOINT_SECONDS ?? 8);
const MIXED_REQUESTS = Number(process.env.MIXED_REQUESTS ?? 4000);
// A multiple of the two instances: autocannon deals its connections out over the URLs in turn.
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 8);
const SIZE = process.env.SIZE ?? 'XL';
const SOLVES = Number(process.env.SOLVES ?? 3);
const TARGET = { readsPerSecond: 1000, p99Ms: 50 };

const adminName = new URL(ADMIN_URL).pathname.slice(1);
if (!adminName.includes('test')) throw new Error(`DATABASE_URL must name a database whose name contains "test" (got "${adminName}")`);
const scratch = `neo_bench_test_${process.pid}`;
const scratchUrl = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${scratch}`;
  return u.toString();
})();

const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
let topology: Topology | undefined;

async function seed() {
  const h = connectPostgres(scratchUrl, { max: 2 });
  try {
    await migrateToLatest(h.db);
    return await seedWithScenario(h.db, SIZE);
  } finally {
    await h.close();
  }
}

interface Who { cookie: string; csrf: string }
async function signIn(base: string, username: string, password: string): Promise<Who> {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!res.ok) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('neo_session='))!.split(';')[0]!;
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function call<T>(base: string, who: Who, method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${url}`, {
    method, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

// Reads accept gzip as every browser does: large plan answers are remembered gzipped (server/lib/body-cache.ts).
const get = (who: Who, p: string): Request => ({ method: 'GET', path: p, headers: { cookie: who.cookie, 'accept-encoding': 'gzip, deflate, br' } });

/** A write whose answers are counted: sent when autocannon builds it, stored when it answers 201. */
function write(who: Who, p: string, body: unknown, tally: { sent: number; created: number; other: Record<number, number> }): Request {
  return {
    method: 'POST', path: p, body: JSON.stringify(body),
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/json' },
    setupRequest: (req) => { tally.sent++; return req; },
    onResponse: (status) => {
      if (status === 201) tally.created++;
      else tally.other[status] = (tally.other[status] ?? 0) + 1;
    },
  };
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

function report(title: string, r: Result, reads: boolean) {
  const codes = Object.entries(r.statusCodeStats).map(([c, s]) => `${c}×${s.count}`).join(' ');
  console.log(`\n${title}`);
  console.log(`  ${r.requests.total} requests in ${r.duration.toFixed(1)} s: ${r.requests.average.toFixed(0)} req/s (${CONNECTIONS} connections)`);
  console.log(`  latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`);
  console.log(`  errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}; status ${codes}; load ${load()}`);
  const failures: string[] = [];
  if (r.errors + r.timeouts + r.non2xx > 0) failures.push(`${r.errors + r.timeouts + r.non2xx} errors`);
  if (reads && r.requests.average < TARGET.readsPerSecond) failures.push(`${r.requests.average.toFixed(0)} req/s < ${TARGET.readsPerSecond}`);
  if (reads && r.latency.p99 >= TARGET.p99Ms) failures.push(`p99 ${r.latency.p99} ms ≥ ${TARGET.p99Ms} ms`);
  return failures;
}

interface JobView { id: string; state: string }

async function main() {
  await admin.unsafe(`drop database if exists ${scratch} with (force)`);
  await admin.unsafe(`create database ${scratch}`);
  const t0 = performance.now();
  const big = await seed();
  console.log(`seeded demo + ${SIZE} (${big.areas.length} areas, ${big.offers.length} offers) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  topology = await startProcesses({ databaseUrl: scratchUrl, apis: 2, workers: 1, env: { JOB_WORKER: 'off', LOG_LEVEL: 'warn' } });
  const urls = topology.urls;
  const [base] = urls as [string];
  console.log(`API ${urls.join(' ')}, ${topology.workers.length} worker; database ${scratch} (PostgreSQL ${(await admin`show server_version`)[0]!.server_version}); ${cpus().length} cores, load ${load()}`);

  const planner = await signIn(base, 'planner', 'planner-demo');
  const reader = await signIn(base, 'reader', 'reader-demo');
  const raf = await signIn(base, 'liaison-raf', 'liaison-demo');
  const usaf = await signIn(base, 'liaison-usaf', 'liaison-demo');
  // An approved plan, so readers have a plan to open and liaisons a tasking to read (solved by the worker).
  const plan = await call<{ id: string; sorties: unknown[] }>(base, planner, 'POST', '/api/scenarios/korea/plans?wait=true', { name: 'Bench plan' });
  await call(base, planner, 'POST', `/api/plans/${plan.id}/approve`);
  console.log(`approved plan ${plan.id} with ${plan.sorties.length} sorties`);
  // The worker's load while the API is read: the largest scenario, queued a few times (one run at a time).
  const solves: JobView[] = [];
  for (let i = 0; i < SOLVES; i++) solves.push((await call<{ job: JobView }>(urls[i % urls.length]!, planner, 'POST', `/api/scenarios/${big.scenario.id}/plans`, { name: `Bench ${SIZE} ${i}` })).job);
  const jobStates = async () => (await Promise.all(solves.map((j) => call<JobView>(base, planner, 'GET', `/api/jobs/${j.id}`)))).map((j) => j.state).join(', ');
  console.log(`queued ${SOLVES} ${SIZE} solves: ${await jobStates()}`);

  const reads: Request[] = [
    get(planner, '/api/lift-offers?status=submitted'),
    get(reader, '/api/plans'),
    get(raf, '/api/lift-offers'),
    get(planner, '/api/airports?country=KR'),
    get(usaf, '/api/tasking'),
    get(reader, '/api/countries'),
    get(raf, '/api/session'),
    get(reader, `/api/plans/${plan.id}`),
    get(planner, `/api/plans/${plan.id}/summary`),
  ];
  // Each read alone, one at a time: its own service time, apart from queueing behind the others.
  // On every instance in turn, so the runs below measure instances that have each answered every read once.
  console.log(`\n0. each read alone, 5 in a row on each of the ${urls.length} instances (median / max ms, body size as sent)`);
  for (const r of reads) {
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5 * urls.length; i++) {
      const t = performance.now();
      const res = await fetch(`${urls[i % urls.length]}${r.path}`, { headers: r.headers });
      bytes = Number(res.headers.get('content-length') ?? 0) || (await res.clone().arrayBuffer()).byteLength;
      await res.arrayBuffer();
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    console.log(`  ${r.path.padEnd(60)} ${ms[Math.floor(ms.length / 2)]!.toFixed(0).padStart(6)} / ${ms.at(-1)!.toFixed(0).padStart(6)}  ${(bytes / 1024).toFixed(0).padStart(7)} KiB`);
  }
  if (process.env.BENCH_DUMP) {
    const res = await fetch(`${base}/api/plans/${plan.id}/summary`, { headers: reads[8]!.headers });
    (await import('node:fs')).writeFileSync(process.env.BENCH_DUMP, Buffer.from(await res.arrayBuffer()));
    return false;
  }
  const run = (opts: { duration?: number; amount?: number; requests: Request[] }) =>
    autocannon({ url: urls, connections: CONNECTIONS, timeout: 10, ...opts });

  const readRun = await run({ duration: READ_SECONDS, requests: reads });
  const failures = report(`1. reads by planner, reader and liaisons over both instances, ${READ_SECONDS} s (worker jobs now: ${await jobStates()})`, readRun, true);
  for (const [name, req] of [['GET /api/plans', reads[1]!], ['GET /api/plans/:id/summary', reads[8]!]] as const) {
    const r = await run({ duration: ENDPOINT_SECONDS, requests: [req] });
    failures.push(...report(`2. ${name} alone, ${ENDPOINT_SECONDS} s (worker jobs now: ${await jobStates()})`, r, true).map((f) => `${name}: ${f}`));
  }

  const db = postgres(scratchUrl, { max: 1, onnotice: () => {} });
  const counts = async () => (await db<{ offers: number; areas: number; audit: number }[]>`
    select (select count(*)::int from lift_offers where note = 'bench') as offers,
           (select count(*)::int from assembly_areas where name like 'Bench area%') as areas,
           (select count(*)::int from audit_events where action = 'create' and entity_type in ('lift_offer', 'assembly_area')) as audit`)[0]!;
  const before = await counts();
  const tallies = { offers: { sent: 0, created: 0, other: {} }, areas: { sent: 0, created: 0, other: {} } };
  const offer = (partnerId: string) => ({
    category: 'foreign_military', aircraftType: 'Airbus A400M Atlas', seatsPerSortie: 116, sorties: 4, aircraftCount: 1, partnerId,
    availableFrom: '2027-04-02T00:00:00Z', availableTo: '2027-04-06T00:00:00Z', originAirportIds: ['RKSO', 'RKSI'], destinationAirportId: 'RJTY',
    turnaroundHours: 8, note: 'bench',
  });
  const mixed: Request[] = [
    ...reads.slice(0, 4),
    write(raf, '/api/lift-offers', offer('gb-raf'), tallies.offers),
    ...reads.slice(4),
    write(usaf, '/api/lift-offers', offer('us-usaf'), tallies.offers),
    write(planner, '/api/assembly-areas', { country: 'KR', zone: 'KR-main', name: 'Bench area', lat: 37.5, lon: 127, residents: 10 }, tallies.areas),
  ];
  const mixedRun = await run({ amount: MIXED_REQUESTS, requests: mixed });
  failures.push(...report(`3. mixed reads and writes, ${MIXED_REQUESTS} requests (3 writes in every ${mixed.length})`, mixedRun, false));

  const after = await counts();
  const stored = { offers: after.offers - before.offers, areas: after.areas - before.areas, audit: after.audit - before.audit };
  console.log('\nwrites accounted for');
  for (const [name, t] of Object.entries(tallies)) {
    const rows = stored[name as 'offers' | 'areas'];
    console.log(`  ${name.padEnd(7)} sent ${t.sent}, answered 201 ${t.created}, other ${JSON.stringify(t.other)}, rows stored ${rows}`);
    if (t.sent !== t.created || rows !== t.created) failures.push(`${name}: sent ${t.sent}, 201 ${t.created}, stored ${rows}`);
  }
  const created = tallies.offers.created + tallies.areas.created;
  console.log(`  audit rows written ${stored.audit} for ${created} writes`);
  if (stored.audit !== created) failures.push(`audit rows ${stored.audit} ≠ writes ${created}`);
  await db.end();
  console.log(`worker jobs at the end: ${await jobStates()}`);

  console.log(failures.length === 0
    ? `\nPASS: reads ${readRun.requests.average.toFixed(0)} req/s (≥ ${TARGET.readsPerSecond}), p99 ${readRun.latency.p99} ms (< ${TARGET.p99Ms}), no errors, every write stored once with its audit row`
    : `\nFAIL: ${failures.join('; ')}`);
  return failures.length === 0;
}

let ok = false;
// Ctrl-C still stops the processes and drops the scratch database (below).
process.once('SIGINT', () => { void topology?.stop().finally(() => admin.unsafe(`drop database if exists ${scratch} with (force)`)).finally(() => process.exit(130)); });
try {
  ok = await main();
} catch (err) {
  console.error(err);
} finally {
  const exits = await topology?.stop();
  for (const e of exits ?? []) {
    if (e.code !== 0) console.error(`a process exited ${e.code ?? e.signal}:\n${e.stderr.slice(-3000)}\n${e.stdout.slice(-2000)}`);
  }
  await admin.unsafe(`drop database if exists ${scratch} with (force)`).catch((e: unknown) => console.error('drop failed:', e));
  await admin.end();
}
process.exit(ok ? 0 : 1);
