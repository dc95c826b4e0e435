import { afterAll, describe, expect, it } from 'vitest';
import { killAll } from '../support/processes.ts';
import { startTopology, topologyAvailable, type Topology } from '../support/topology.ts';
import { openSseClient } from '../support/sse-client.ts';
import type { Job } from '../../shared/schemas/jobs.ts';

/**
 * Matcher jobs across processes on the PostgreSQL server: two API instances that solve nothing themselves
 * (JOB_WORKER=off) and `npm run worker` processes. Events travel by LISTEN/NOTIFY.
 */
afterAll(killAll);

async function signIn(base: string) {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'planner', password: 'planner-demo' }) });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  return { cookie, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' } };
}

describe.skipIf(!topologyAvailable())('matcher jobs: two API instances and a worker process', () => {
  let topo: Topology;

  it('a job submitted on one instance is solved by the worker, and its events reach an SSE client of the other', async () => {
    topo = await startTopology({ apis: 2, workers: 1, demo: true, env: { JOB_WORKER: 'off', JOB_EXPIRY_MARGIN_S: '5', JOB_MAINTENANCE_S: '1' } });
    const [a, b] = topo.urls as [string, string];
    const s = await signIn(a);
    const res = await fetch(`${a}/api/scenarios/korea/plans`, { method: 'POST', headers: s.headers, body: JSON.stringify({ name: 'Across instances', timeLimitSeconds: 20 }) });
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: Job };
    const sse = await openSseClient(`${b}/api/jobs/${job.id}/events`, { cookie: s.cookie });
    const done = await sse.waitFor((e) => e.event === 'succeeded' || e.event === 'failed', 180_000);
    expect(done.event).toBe('succeeded');
    expect(sse.events.some((e) => e.event === 'progress')).toBe(true);
    const planId = (done.data as { job: Job }).job.resultPlanId;
    expect((await fetch(`${b}/api/plans/${planId}`, { headers: { cookie: s.cookie } })).status).toBe(200);
  }, 300_000);

  it('a killed worker\'s job is retried by another worker', async () => {
    const [a, b] = topo.urls as [string, string];
    const s = await signIn(a);
    const res = await fetch(`${a}/api/scenarios/concurrent/plans`, { method: 'POST', headers: s.headers, body: JSON.stringify({ name: 'Worker killed', timeLimitSeconds: 30 }) });
    const { job } = (await res.json()) as { job: Job };
    const sse = await openSseClient(`${b}/api/jobs/${job.id}/events`, { cookie: s.cookie });
    await sse.waitFor((e) => e.event === 'progress' && (e.data as { progress: { phase: string } }).progress.phase === 'model', 120_000);
    const first = topo.workers[0]!;
    await first.stop('SIGKILL');
    await topo.startWorker();
    const done = await sse.waitFor((e) => e.event === 'succeeded' || e.event === 'failed', 240_000);
    expect(done.event).toBe('succeeded');
    const final = (done.data as { job: Job }).job;
    expect(final.attempts).toBe(2);
  }, 300_000);

  it('every process exits on SIGTERM', async () => {
    const exits = await topo.stop();
    expect(exits.filter((e) => e.signal !== 'SIGKILL').map((e) => e.code)).toEqual(exits.filter((e) => e.signal !== 'SIGKILL').map(() => 0));
  }, 120_000);
});
