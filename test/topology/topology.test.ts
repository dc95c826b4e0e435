import { afterAll, describe, expect, it } from 'vitest';
import { killAll } from '../support/processes.ts';
import { startTopology, topologyAvailable, type Topology } from '../support/topology.ts';
import { workerCommand } from '../support/topology-processes.ts';

/**
 * The harness itself: two API processes on one fresh PostgreSQL database (and the worker once
 * `npm run worker` exists) serve the same data, and stop cleanly on SIGTERM.
 */
afterAll(killAll);

describe.skipIf(!topologyAvailable())('multi-instance topology (PostgreSQL server)', () => {
  let topo: Topology;

  it('two API instances share one database: a write on one is read on the other', async () => {
    topo = await startTopology({ apis: 2, demo: true });
    expect(topo.urls).toHaveLength(2);
    expect(new Set(topo.urls).size).toBe(2);
    expect(topo.workers).toHaveLength(workerCommand() ? 1 : 0);
    const [a, b] = topo.urls as [string, string];
    for (const base of [a, b]) expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({ status: 'ok', database: 'postgres' });
    const signIn = await fetch(`${a}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'planner', password: 'planner-demo' }) });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = ((await signIn.json()) as { csrfToken: string }).csrfToken;
    const created = await fetch(`${a}/api/partners`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: JSON.stringify({ id: 'topo-p', name: 'Topology partner', nation: 'NZ', categories: ['foreign_military'] }) });
    expect(created.status).toBe(201);
    const onB = await fetch(`${b}/api/partners/topo-p`, { headers: { cookie } });
    expect(onB.status).toBe(200);
  }, 300_000);

  it('every process exits 0 on SIGTERM', async () => {
    const exits = await topo.stop();
    expect(exits.map((e) => e.code), exits.map((e) => e.stderr).join('\n')).toEqual(exits.map(() => 0));
  }, 120_000);
});
