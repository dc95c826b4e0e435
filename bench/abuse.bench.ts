/**
 * npm run bench:abuse — how long hostile or huge requests stall the server's event loop.
 *
 * Seeds a scratch database (PGlite in a temporary DATA_DIR; with DATABASE_URL a scratch database on that
 * PostgreSQL server whose name contains "test", dropped after) with the demo data and the largest bench
 * scenario (bench/scenario-generator.ts, XL) and its greedy plan, then starts the real server
 * (server/main.ts) with bench/support/loop-monitor.ts preloaded. For each request below it prints the
 * server's event-loop delay (perf_hooks monitorEventLoopDelay, max and p99) and the latency of
 * GET /api/health sent every 20 ms by this process meanwhile (max, p99, count):
 *   the worst accepted polygons (at the limits of shared/limits.ts), the refused reproductions of issue 9,
 *   and plan saves over the XL scenario with its hazard zones and with zones at the scenario limit.
 * A request still running after PHASE_TIMEOUT_S (default 180) is reported as such and the run stops.
 * SIZE=M or L plans over a smaller generated scenario (a quick run); SERVER_NODE_ARGS go to the server's node
 * (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where a stall goes).
 * Figures are printed and written to bench/results/abuse-<time>.json.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { connectPGlite, connectPostgres, type DatabaseHandle } from '../server/db/connect.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { greedyPlan } from '../shared/plan/solve/greedy.ts';
import { LIMITS } from '../shared/limits.ts';
import { seedWithScenario } from './support/seed-scenario.ts';
import { polygonZone, scribble, wobblyCircle } from '../test/support/shapes.ts';
import { startServer as startBenchServer, stopServer } from './support/start-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PHASE_TIMEOUT_S = Number(process.env.PHASE_TIMEOUT_S ?? 180);
const PROBE_EVERY_MS = 20;
/** The generated scenario of the plan saves: XL (the largest) unless SIZE says M or L. */
const SIZE = process.env.SIZE ?? 'XL';

// ---- scratch database ------------------------------------------------------------------------------
const serverUrl = process.env.DATABASE_URL;
const dataDir = serverUrl ? undefined : mkdtempSync(path.join(tmpdir(), 'neo-abuse-bench-'));
const scratch = `neo_bench_abuse_test_${process.pid}`;
const scratchUrl = serverUrl ? (() => { const u = new URL(serverUrl); u.pathname = `/${scratch}`; return u.toString(); })() : undefined;
if (serverUrl && !new URL(serverUrl).pathname.includes('test')) throw new Error('DATABASE_URL must name a database whose name contains "test"');
const admin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : undefined;

async function seed() {
  if (admin) await admin.unsafe(`create database ${scratch}`);
  const h: DatabaseHandle = scratchUrl ? connectPostgres(scratchUrl, { max: 2 }) : await connectPGlite(dataDir);
  try {
    await migrateToLatest(h.db);
    const xl = await seedWithScenario(h.db, SIZE);
    const t = performance.now();
    const plan = greedyPlan(xl);
    console.log(`${SIZE} scenario: ${xl.areas.length} areas, ${xl.offers.length} offers; greedy plan of ${plan.sorties.length} sorties in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return { scenarioId: xl.scenario.id, sorties: plan.sorties.map(({ id: _id, ...s }) => s) };
  } finally {
    await h.close();
  }
}

// ---- the server, with its loop monitor -------------------------------------------------------------
let server: ChildProcess | undefined;
const replies = new Map<string, (m: Record<string, number>) => void>();

async function startServer(): Promise<string> {
  const started = await startBenchServer(
    { DEMO_DATA: 'off', ...(scratchUrl ? { DATABASE_URL: scratchUrl } : { DATABASE_URL: '', DATA_DIR: dataDir }) },
    { preload: ['./bench/support/loop-monitor.ts'], nodeArgs: process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) },
  );
  server = started.proc;
  server.on('message', (m: { type: string } & Record<string, number>) => { replies.get(m.type)?.(m); replies.delete(m.type); });
  return started.baseUrl;
}

function ask(type: 'loop-reset' | 'loop-delay'): Promise<Record<string, number>> {
  return new Promise((resolve) => {
    replies.set(type, resolve);
    server!.send(type);
  });
}

// ---- HTTP --------------------------------------------------------------------------------------------
let base = '';
let headers: Record<string, string> = {};

async function request(method: string, url: string, body?: unknown, raw?: string, extra: Record<string, string> = {}) {
  const res = await fetch(`${base}${url}`, {
    method, headers: { ...headers, ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}), ...extra },
    body: raw ?? (body !== undefined ? JSON.stringify(body) : undefined),
    signal: AbortSignal.timeout(PHASE_TIMEOUT_S * 1000),
  });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

/** GET /api/health every PROBE_EVERY_MS (at most 8 in flight) until stopped; latencies in ms. */
function probe() {
  const done: number[] = [];
  const open = new Set<number>();
  const timer = setInterval(() => {
    if (open.size >= 8) return;
    const t = performance.now();
    open.add(t);
    fetch(`${base}/api/health`).then((r) => r.arrayBuffer()).catch(() => undefined).finally(() => {
      open.delete(t);
      done.push(performance.now() - t);
    });
  }, PROBE_EVERY_MS);
  return () => {
    clearInterval(timer);
    const now = performance.now();
    const all = [...done, ...[...open].map((t) => now - t)].sort((a, b) => a - b);
    return { n: all.length, maxMs: Math.round(all[all.length - 1] ?? 0), p99Ms: Math.round(all[Math.floor(all.length * 0.99)] ?? 0) };
  };
}

interface Row { phase: string; status: number | string; requestMs: number; loopMaxMs: number; loopP99Ms: number; healthMaxMs: number; healthP99Ms: number; healthN: number; bytes: number; note: string }
const rows: Row[] = [];

async function phase(name: string, send: () => Promise<{ status: number; text: string }>, bytes = 0) {
  await ask('loop-reset');
  const stop = probe();
  const t = performance.now();
  let status: number | string;
  let note = '';
  try {
    const r = await send();
    status = r.status;
    if (r.status >= 400) note = (JSON.parse(r.text) as { message?: string }).message?.slice(0, 90) ?? '';
  } catch (err) {
    status = `no answer in ${PHASE_TIMEOUT_S} s`;
    note = err instanceof Error ? err.message : String(err);
  }
  const requestMs = Math.round(performance.now() - t);
  // Let the probes sent during the request come back.
  await new Promise((r) => setTimeout(r, 200));
  const health = stop();
  const stalled = typeof status === 'string';
  const loop = stalled ? { maxMs: NaN, p99Ms: NaN } : await ask('loop-delay');
  const row: Row = { phase: name, status, requestMs, loopMaxMs: loop.maxMs!, loopP99Ms: loop.p99Ms!, healthMaxMs: health.maxMs, healthP99Ms: health.p99Ms, healthN: health.n, bytes, note };
  rows.push(row);
  console.log(`${name.padEnd(58)} ${String(status).padStart(4)} ${String(requestMs).padStart(7)} ms | loop max ${String(loop.maxMs).padStart(7)} p99 ${String(loop.p99Ms).padStart(6)} ms | health max ${String(health.maxMs).padStart(6)} p99 ${String(health.p99Ms).padStart(5)} ms (${health.n}) ${note}`);
  if (stalled) throw new Error(`${name}: the server did not answer within ${PHASE_TIMEOUT_S} s`);
}

const deep = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

async function main() {
  const { scenarioId, sorties } = await seed();
  base = await startServer();
  const signIn = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'planner', password: 'planner-demo' }) });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  headers = { cookie, 'x-csrf-token': ((await signIn.json()) as { csrfToken: string }).csrfToken };
  const copy = (await request('POST', '/api/scenarios/korea/duplicate', { name: 'abuse bench' })).json() as { id: string; version: number };
  let version = copy.version;
  const patchZones = (v: number, zones: unknown[]) => {
    const body = { version: v, hazardZones: zones };
    return { body, bytes: JSON.stringify(body).length };
  };

  console.log(`\nserver ${base} (${scratchUrl ? 'PostgreSQL scratch database' : 'PGlite'}); limits: ${LIMITS.ringVertices} positions per ring, ${LIMITS.polygonVertices} per polygon, ${LIMITS.scenarioVertices} per scenario\n`);
  console.log(`${'request'.padEnd(58)} status   time   | server event-loop delay            | GET /api/health meanwhile`);
  await phase('idle, 1 s', async () => { await new Promise((r) => setTimeout(r, 1000)); return { status: 0, text: '' }; });

  // Accepted at the limits: one polygon of 10,000 positions (outline + hole of 5,000), then a scenario of 40,000.
  const ringN = LIMITS.ringVertices - 1;
  const worstPolygon = polygonZone('at the polygon limit', wobblyCircle(ringN, 127, 37.2, 0.3, 5), wobblyCircle(ringN, 127, 37.2, 0.1, 5));
  const one = patchZones(version, [worstPolygon]);
  await phase(`accepted: 1 zone of ${LIMITS.polygonVertices} positions`, async () => request('PATCH', `/api/scenarios/${copy.id}`, one.body), one.bytes);
  version++;
  const zonesAtLimit = Array.from({ length: LIMITS.scenarioVertices / LIMITS.polygonVertices }, (_, i) => polygonZone(`zone ${i}`,
    wobblyCircle(ringN, 126.4 + i * 0.6, 37.2, 0.25, 5), wobblyCircle(ringN, 126.4 + i * 0.6, 37.2, 0.08, 5)));
  const four = patchZones(version, zonesAtLimit);
  await phase(`accepted: ${zonesAtLimit.length} zones, ${LIMITS.scenarioVertices} positions`, async () => request('PATCH', `/api/scenarios/${copy.id}`, four.body), four.bytes);
  version++;

  // Refused: the reproductions of issue 9.
  const scribbled = { version, hazardZones: [polygonZone('scribble', scribble(6001))] };
  await phase('refused: 6,001-vertex self-crossing polygon (137 KB)', () => request('PATCH', `/api/scenarios/${copy.id}`, scribbled), JSON.stringify(scribbled).length);
  const atLimit = { version, hazardZones: [polygonZone('scribble', scribble(ringN))] };
  await phase(`refused: ${ringN}-vertex self-crossing polygon`, () => request('PATCH', `/api/scenarios/${copy.id}`, atLimit), JSON.stringify(atLimit).length);
  const deepBody = `{"username":${deep(10_000)},"password":"x"}`;
  await phase('refused: JSON 10,000 deep, anonymous POST /api/session', () => fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deepBody }).then(async (r) => ({ status: r.status, text: await r.text() })), deepBody.length);
  const keys = { version, airportStatus: Object.fromEntries(Array.from({ length: 70_000 }, (_, i) => [i.toString(36), 'open'])) };
  await phase('refused: airportStatus of 70,000 keys', () => request('PATCH', `/api/scenarios/${copy.id}`, keys), JSON.stringify(keys).length);
  const leap = { name: 'leap', countries: ['KR'], startsAt: '2027-06-30T23:59:60Z' };
  await phase('refused: scenario starting at a leap second', () => request('POST', '/api/scenarios', leap));

  // Plan saves over the largest bench scenario.
  const planBody = { name: `${SIZE} greedy`, sorties };
  const planBytes = JSON.stringify(planBody).length;
  let planId = '';
  await phase(`plan save: ${SIZE}, ${sorties.length} sorties, its 2 hazard zones (POST)`, async () => {
    const r = await request('POST', `/api/scenarios/${scenarioId}/plans?wait=true`, planBody);
    planId = String((r.json() as { id?: string }).id ?? '');
    return r;
  }, planBytes);
  if (planId) {
    await phase(`plan save: ${SIZE}, the same sorties (PUT)`, () => request('PUT', `/api/plans/${planId}`, { sorties }, undefined, { 'if-match': '1' }), planBytes);
    const xl = (await request('GET', `/api/scenarios/${scenarioId}`)).json() as { version: number; hazardZones: unknown[] };
    const withZones = { version: xl.version, hazardZones: [...xl.hazardZones, ...zonesAtLimit.slice(0, zonesAtLimit.length - 1)] };
    await phase(`${SIZE} scenario: zones up to ${LIMITS.scenarioVertices} positions (PATCH)`, () => request('PATCH', `/api/scenarios/${scenarioId}`, withZones), JSON.stringify(withZones).length);
    await phase(`plan save: ${SIZE} with those zones (PUT)`, () => request('PUT', `/api/plans/${planId}`, { sorties }, undefined, { 'if-match': '2' }), planBytes);
  }
}

async function cleanUp() {
  await stopServer(server);
  if (admin) {
    await admin.unsafe(`drop database if exists ${scratch} with (force)`).catch(() => undefined);
    await admin.end();
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

let failed = false;
try {
  await main();
} catch (err) {
  failed = true;
  console.error(err instanceof Error ? err.message : err);
} finally {
  await cleanUp();
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  const file = path.join(ROOT, `bench/results/abuse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ database: scratchUrl ? 'postgres' : 'pglite', limits: LIMITS, rows }, null, 2));
  console.log(`\nwritten to ${path.relative(ROOT, file)}`);
  process.exitCode = failed ? 1 : 0;
}
