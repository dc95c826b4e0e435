import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import {
  closeDerivationPool, configureDerivationPool, derivationThreads, deriveOffThread,
} from '../../server/derivation/derivation-pool.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';

/**
 * The plan checker's threads fail for real here — a thread terminated mid-task, threads that run out
 * of memory, a snapshot the check throws on — and every failure answers a status with a code and a
 * message (503 + Retry-After when the thread died, 422 when the data cannot be checked), never a bare
 * 500; nothing is stored, and the next request is checked by a fresh thread.
 */
describe('plan checker failures', () => {
  let t: TestApp;
  let planner: Session;
  let planId: string;
  let version: number;
  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans', payload: { name: 'Checked', sorties: [] } });
    expect(res.statusCode, res.body).toBe(201);
    ({ id: planId, version } = res.json() as { id: string; version: number });
  });
  afterAll(async () => {
    await configureDerivationPool({});
    await t?.close();
  });

  const plans = async () => (await t.as(planner, { method: 'GET', url: '/api/plans' })).json() as { id: string; version: number }[];

  it('a thread terminated while it checks a plan: 503 derivation_failed with Retry-After, the plan unchanged', async () => {
    await closeDerivationPool();
    const saving = t.as(planner, { method: 'PUT', url: `/api/plans/${planId}`, headers: { 'if-match': String(version) }, payload: { sorties: [] } });
    // The pool starts its thread for this task: terminate it as soon as it exists.
    while (derivationThreads().length === 0) await new Promise((r) => setTimeout(r, 1));
    await derivationThreads()[0]!.terminate();
    const res = await saving;
    expect(res.statusCode, res.body).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toMatchObject({ code: 'derivation_failed', message: expect.stringMatching(/plan checker is unavailable .*exited/) });
    const again = await t.as(planner, { method: 'GET', url: `/api/plans/${planId}` });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ version });
  });

  it('threads that run out of memory: 503 derivation_failed on create, nothing stored; the server answers on', async () => {
    const before = await plans();
    await configureDerivationPool({ maxHeapMb: 2 });
    const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans', payload: { name: 'Out of memory', sorties: [] } });
    expect(res.statusCode, res.body).toBe(503);
    expect(res.json()).toMatchObject({ code: 'derivation_failed', message: expect.stringContaining('plan checker is unavailable') });
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    await configureDerivationPool({});
    expect((await plans()).map((p) => p.id).sort()).toEqual(before.map((p) => p.id).sort());
    const ok = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans', payload: { name: 'After recovery', sorties: [] } });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('a snapshot the check throws on: 422 derivation_rejected naming why', async () => {
    const broken = { scenario: null, areas: [], airports: [], offers: [], partners: [] } as unknown as PlanningSnapshot;
    const err = await deriveOffThread(broken, [], null).then(() => null, (e: unknown) => e);
    expect(err).toMatchObject({ statusCode: 422, code: 'derivation_rejected', message: expect.stringMatching(/could not be checked on today's data: .+/) });
  });
});
