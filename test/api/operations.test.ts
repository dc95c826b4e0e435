import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createPlanSolver, type PlanSolver } from '../../server/services/plan-solver.ts';
import { testApp, type TestApp } from '../support/app.ts';

// /api/metrics (who may scrape) and overload shedding, through app.inject.

let t: TestApp;
beforeAll(async () => { t = await testApp(); });
afterAll(async () => { await t?.close(); });

describe('/api/metrics', () => {
  it('serves Prometheus text to loopback clients: request latencies, event-loop lag, queue hooks', async () => {
    await t.app.inject({ method: 'GET', url: '/api/countries' });
    t.app.operationalMetrics.setQueueDepth(() => ({ waiting: 3, running: 1 }));
    t.app.operationalMetrics.jobDuration.observe({ kind: 'plan', outcome: 'done' }, 2.5);
    const res = await t.app.inject({ method: 'GET', url: '/api/metrics', remoteAddress: '127.0.0.1' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/api\/countries"[^}]*status_code="401"/);
    expect(res.body).toContain('nodejs_eventloop_lag_p99_seconds');
    expect(res.body).toContain('neo_queue_depth{state="waiting"} 3');
    expect(res.body).toContain('neo_job_duration_seconds_count{kind="plan",outcome="done"} 1');
  });

  it('refuses other addresses without a token, and a wrong token when one is set', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/metrics', remoteAddress: '192.0.2.7' })).statusCode).toBe(403);
    const solver: PlanSolver = createPlanSolver();
    const token = 'a-metrics-token-of-length';
    const other: App = await buildApp({ database: t.database, solver, config: loadConfig({ DEMO_DATA: 'off', CLIENT_DIST: '/nonexistent', METRICS_TOKEN: token }) });
    try {
      const at = (headers: Record<string, string>) => other.inject({ method: 'GET', url: '/api/metrics', remoteAddress: '192.0.2.7', headers });
      expect((await at({})).statusCode).toBe(401);
      expect((await at({ authorization: 'Bearer wrong-token-wrong-token' })).statusCode).toBe(403);
      expect((await at({ authorization: `Bearer ${token}` })).statusCode).toBe(200);
    } finally {
      await other.close();
      await solver.close();
    }
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});

describe('overload shedding', () => {
  it('answers 503 overloaded with Retry-After while over the limit; liveness still answers', async () => {
    const solver: PlanSolver = createPlanSolver();
    // A heap limit of 1 MiB: always over it, once under-pressure has taken its first sample.
    const over: App = await buildApp({ database: t.database, solver, config: loadConfig({ DEMO_DATA: 'off', CLIENT_DIST: '/nonexistent', OVERLOAD_MAX_HEAP_MB: '1', OVERLOAD_RETRY_AFTER_S: '7' }) });
    try {
      await over.ready();
      await new Promise((r) => setTimeout(r, 1200));
      const res = await over.inject({ method: 'GET', url: '/api/countries' });
      expect(res.statusCode, res.body).toBe(503);
      expect(res.headers['retry-after']).toBe('7');
      expect(res.json()).toMatchObject({ code: 'overloaded' });
      expect((await over.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await over.close();
      await solver.close();
    }
  });
});
