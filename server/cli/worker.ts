import { hostname } from 'node:os';
import { loadConfig, ConfigError } from '../config.ts';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createEventBus } from '../events/bus.ts';
import { createJobQueue } from '../jobs/job-queue.ts';
import { createPlanSolver } from '../services/plan-solver.ts';
import { createShutdown, exitOnSignals } from '../lib/shutdown.ts';
import { LIMITS } from '../../shared/limits.ts';

/**
 * `npm run worker`: a process that only solves matcher jobs, on any machine that reaches the PostgreSQL
 * server — the same runner as the server's embedded worker (server/jobs). Start N of them for N solves at once.
 */
async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) {
    console.error('npm run worker needs DATABASE_URL (a PostgreSQL server). The embedded database is owned by one process: its jobs are solved by the server itself (JOB_WORKER=embedded, the default).');
    process.exit(2);
  }
  const database = await connect(config);
  await migrateToLatest(database.db);
  const log = {
    info: (o: object, m: string) => console.log(JSON.stringify({ level: 'info', msg: m, ...o })),
    warn: (o: object, m: string) => console.warn(JSON.stringify({ level: 'warn', msg: m, ...o })),
    error: (o: object, m: string) => console.error(JSON.stringify({ level: 'error', msg: m, err: String((o as { err?: unknown }).err ?? '') })),
  };
  const solver = createPlanSolver();
  const bus = createEventBus(database);
  await bus.ready();
  const shutdown = createShutdown({ log });
  const jobs = await createJobQueue({ database, bus, solver, log }, {
    queueLimit: config.matcherQueueLimit, perUser: config.matcherJobsPerUser, expiryMarginSeconds: config.jobExpiryMarginS,
    graceSeconds: LIMITS.matcherGraceSeconds, maintenanceSeconds: config.jobMaintenanceS, embeddedWorker: true,
  });
  shutdown.register('jobs', 'matcher jobs', () => jobs.stop());
  shutdown.register('resources', 'matcher', () => solver.close());
  shutdown.register('resources', 'bus', () => bus.close());
  shutdown.register('database', 'database', () => database.close());
  exitOnSignals(shutdown);
  await solver.warm().catch(() => undefined);
  console.log(`NEO planner worker ready (pid ${process.pid} on ${hostname()}): solving matcher jobs`);
}

main().catch((err: unknown) => {
  const msg = err instanceof ConfigError ? err.message : err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
  console.error(`NEO planner worker failed to start: ${msg}`);
  process.exit(1);
});
