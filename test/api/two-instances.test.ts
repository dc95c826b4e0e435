import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { connectPostgres, type DatabaseHandle } from '../../server/db/connect.ts';
import { createPlanSolver, type PlanSolver } from '../../server/services/plan-solver.ts';
import { testDatabase, type TestDatabase } from '../support/db.ts';

// Two API instances on one database, over real HTTP: nothing about a session or a sign-in window may
// live in one process only. On the PostgreSQL server each instance has its own connection pool; on
// PGlite (one process owns it) they share the handle, which still proves no state is kept per app.

let database: TestDatabase;
let second: DatabaseHandle | undefined;
const apps: App[] = [];
const solvers: PlanSolver[] = [];
const base: string[] = [];

async function instance(handle: DatabaseHandle) {
  const solver = createPlanSolver();
  const app = await buildApp({ database: handle, solver, config: loadConfig({ DEMO_DATA: 'off', CLIENT_DIST: '/nonexistent' }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  apps.push(app);
  solvers.push(solver);
  base.push(`http://127.0.0.1:${(app.server.address() as { port: number }).port}`);
}

beforeAll(async () => {
  database = await testDatabase({ demo: true });
  second = database.url ? connectPostgres(database.url, { max: 5 }) : undefined;
  await instance(database);
  await instance(second ?? database);
});
afterAll(async () => {
  for (const a of apps) await a.close();
  for (const s of solvers) await s.close();
  await second?.close();
  await database?.dispose();
});

interface Who { cookie: string; csrf: string }
async function signIn(on: number, username: string, password: string): Promise<{ status: number; who?: Who }> {
  const res = await fetch(`${base[on]}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) return { status: res.status };
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('neo_session='))!.split(';')[0]!;
  return { status: 200, who: { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken } };
}
async function call(on: number, who: Who, method: string, url: string, body?: unknown) {
  const res = await fetch(`${base[on]}${url}`, {
    method, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  await res.arrayBuffer();
  return res.status;
}

const area = (name: string) => ({ country: 'KR', zone: 'KR-main', name, lat: 37.5, lon: 127, residents: 10 });

async function newAccount(username: string, role: 'planner' | 'reader') {
  const planner = (await signIn(0, 'planner', 'planner-demo')).who!;
  expect(await call(0, planner, 'POST', '/api/users', { username, password: 'a-long-password', role })).toBe(201);
  return planner;
}

describe('two API instances on one database', () => {
  it('a sign-out on one: the very next request on the other is 401, read or write', async () => {
    const { who } = await signIn(0, 'reader', 'reader-demo');
    // Both instances have served the session (a per-process cache would have it now).
    expect(await call(0, who!, 'GET', '/api/countries')).toBe(200);
    expect(await call(1, who!, 'GET', '/api/countries')).toBe(200);
    expect(await call(0, who!, 'DELETE', '/api/session')).toBe(204);
    expect(await call(1, who!, 'GET', '/api/countries')).toBe(401);
    expect(await call(1, who!, 'GET', '/api/session')).toBe(401);
  });

  it('a demoted planner: the next write on the other instance is 403, the next read of planner data too', async () => {
    const planner = await newAccount('two-inst-demoted', 'planner');
    const { who } = await signIn(1, 'two-inst-demoted', 'a-long-password');
    expect(await call(1, who!, 'POST', '/api/assembly-areas', area('Before demotion'))).toBe(201);
    expect(await call(1, who!, 'GET', '/api/users')).toBe(200);
    expect(await call(0, planner, 'PATCH', '/api/users/two-inst-demoted', { role: 'reader' })).toBe(200);
    expect(await call(1, who!, 'POST', '/api/assembly-areas', area('After demotion'))).toBe(403);
    expect(await call(1, who!, 'GET', '/api/users')).toBe(403);
    const stored = await database.db.selectFrom('assembly_areas').select('name').where('name', '=', 'After demotion').execute();
    expect(stored).toEqual([]);
  });

  it('a disabled account: its next request on the other instance is 401', async () => {
    const planner = await newAccount('two-inst-disabled', 'reader');
    const { who } = await signIn(1, 'two-inst-disabled', 'a-long-password');
    expect(await call(1, who!, 'GET', '/api/countries')).toBe(200);
    expect(await call(0, planner, 'PATCH', '/api/users/two-inst-disabled', { disabled: true })).toBe(200);
    expect(await call(1, who!, 'GET', '/api/countries')).toBe(401);
  });

  it('the sign-in rate limit is counted across both instances', async () => {
    await newAccount('two-inst-limited', 'reader');
    const codes: number[] = [];
    // Ten wrong passwords, alternating between the instances: one shared window of ten.
    for (let i = 0; i < 10; i++) codes.push((await signIn(i % 2, 'two-inst-limited', `wrong-${i}`)).status);
    expect(codes).toEqual(Array(10).fill(401));
    expect((await signIn(0, 'two-inst-limited', 'a-long-password')).status).toBe(429);
    expect((await signIn(1, 'two-inst-limited', 'a-long-password')).status).toBe(429);
    // Counted per username: another account from the same address still signs in on either.
    expect((await signIn(1, 'planner', 'planner-demo')).status).toBe(200);
  });
});
