import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { newOperation, step } from '../support/operation.ts';
import { openSseClient, type SseClient } from '../support/sse-client.ts';
import { buildApp, type App } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { connectPostgres, type DatabaseHandle } from '../../server/db/connect.ts';
import { createPlanSolver } from '../../server/services/plan-solver.ts';
import type { OperationSortie } from '../../shared/schemas/operation.ts';

/**
 * Live board updates over the event bus. On PGlite one server (in-process bus); on the PostgreSQL server
 * (DATABASE_URL) a second server instance on the same database: a change written through the first reaches
 * a client of the second (LISTEN/NOTIFY).
 */
describe('operation events (GET /api/operations/:id/events)', () => {
  let t: TestApp;
  let planner: Session;
  let reader: Session;
  let op: Awaited<ReturnType<typeof newOperation>>;
  let second: { app: App; handle: DatabaseHandle | null; solver: ReturnType<typeof createPlanSolver> } | undefined;
  let base: string;
  let client: SseClient | undefined;

  beforeAll(async () => {
    t = await testApp();
    planner = await t.signIn('planner');
    reader = await t.signIn('reader');
    op = await newOperation(t, planner, { clockHours: 30 });
    let listening: App = t.app;
    if (t.database.url) {
      const handle = connectPostgres(t.database.url, { max: 3 });
      const solver = createPlanSolver();
      const app = await buildApp({ database: handle, config: loadConfig({ DEMO_DATA: 'off', CLIENT_DIST: '/nonexistent' }), solver });
      second = { app, handle, solver };
      listening = app;
    }
    await listening.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(listening.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    client?.close();
    if (second) { await second.app.close(); await second.solver.close(); await second.handle?.close(); }
    await t?.close();
  });

  it('tells an open board of a departure within 2 s, through the other instance when there are two', async () => {
    client = await openSseClient(`${base}/api/operations/${op.view.operation.id}/events`, { cookie: reader.cookie });
    expect(client.status).toBe(200);
    await client.waitFor((e) => e.event === 'ready', 5000);
    const s = op.view.sorties[0]!;
    const tasked = (await step(t, planner, op.view.operation.id, s, 'task')).json() as OperationSortie;
    const started = Date.now();
    const res = await step(t, planner, op.view.operation.id, tasked, 'depart', { departedAt: s.plannedDepartAt, manifest: [] });
    expect(res.statusCode, res.body).toBe(200);
    const e = await client.waitFor((x) => x.event === 'changed' && (x.data as { state?: string }).state === 'departed', 2000);
    expect(e.data).toMatchObject({ what: 'sortie', sortieId: s.sortieId, operationId: op.view.operation.id });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(second ? 'postgres: two instances' : 'pglite: one instance').toBeTruthy();
  });

  it('refuses a liaison (403) and an unknown operation (404) before the stream starts', async () => {
    const liaison = await t.signIn('liaison', { partnerId: op.partners[0] });
    expect((await fetch(`${base}/api/operations/${op.view.operation.id}/events`, { headers: { cookie: liaison.cookie } })).status).toBe(403);
    expect((await fetch(`${base}/api/operations/nope/events`, { headers: { cookie: reader.cookie } })).status).toBe(404);
    expect((await fetch(`${base}/api/operations/${op.view.operation.id}/events`)).status).toBe(401);
  });
});
