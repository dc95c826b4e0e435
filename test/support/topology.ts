import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { createDatabase } from './db.ts';
import { startProcesses, type Topology, type TopologyOptions } from './topology-processes.ts';

export type { Topology } from './topology-processes.ts';

/**
 * For multi-instance tests (test/topology/): a fresh copy of the migrated template database on the
 * PostgreSQL server (with the demo data when `demo`), N API processes and M workers on it. `stop()`
 * ends the processes with SIGTERM and drops the copy. Only on the PostgreSQL server: skip with
 * `describe.skipIf(!topologyAvailable())`.
 */
export function topologyAvailable(): boolean {
  return inject('dbTemplates').kind === 'postgres';
}

export interface TestTopology extends Topology {
  /** The exits of the processes, then the copy is dropped. */
  stop(): ReturnType<Topology['stop']>;
}

export async function startTopology(opts: Omit<TopologyOptions, 'databaseUrl'> & { demo?: boolean } = {}): Promise<TestTopology> {
  const t = inject('dbTemplates');
  if (t.kind !== 'postgres') throw new Error('the multi-instance topology needs the PostgreSQL server: run with DATABASE_URL set');
  const admin = postgres(t.url, { max: 1, onnotice: () => {} });
  const name = `neo_test_f_${t.demo.split('_').pop()}_topo_${randomBytes(4).toString('hex')}`;
  try {
    await createDatabase(admin, name, opts.demo ? t.demo : t.empty);
  } catch (err) {
    await admin.end();
    throw err;
  }
  const u = new URL(t.url);
  u.pathname = `/${name}`;
  const drop = async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  let topology: Topology;
  try {
    topology = await startProcesses({ ...opts, databaseUrl: u.toString() });
  } catch (err) {
    await drop();
    throw err;
  }
  const stopProcesses = topology.stop.bind(topology);
  return Object.assign(topology, {
    async stop() {
      const exits = await stopProcesses();
      await drop();
      return exits;
    },
  });
}
