import { loadConfig, ConfigError } from './config.ts';
import { connect } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { buildApp } from './app.ts';
import { createPlanSolver } from './services/plan-solver.ts';
import { seedDemoData } from './seed/seed-database.ts';
import { loadDemoData } from './seed/load-files.ts';
import { DataDirInUseError } from './db/data-dir-lock.ts';
import { setupStatus } from './services/setup.service.ts';
import { createShutdown, exitOnSignals, type Shutdown } from './lib/shutdown.ts';
import { registerHttpDrain } from './lib/http-drain.ts';
import { closeAdminSocket, listenAdminSocket } from './backup/admin-socket.ts';

// Boot: config → database → migrations → demo data (first start only) → listen. Any failure before
// listening stops the process with one clear line instead of a half-working server.
let shuttingDown: Shutdown | undefined;
async function main() {
  const config = loadConfig();
  const database = await connect(config);
  const where = database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL server (DATABASE_URL)';
  console.log(`NEO planner: database ${where}`);
  await migrateToLatest(database.db, (m) => console.log(`  ${m}`));
  if (config.demoData) {
    const outcome = await seedDemoData(database.db, loadDemoData());
    if (outcome.seeded) {
      console.log('  demo data loaded. Demo accounts (change them before real use):');
      for (const a of outcome.accounts.slice(0, 4)) console.log(`    ${a.role.padEnd(8)} ${a.username} / ${a.password}`);
      if (outcome.accounts.length > 4) console.log(`    … and ${outcome.accounts.length - 4} more liaisons (liaison-<partner> / liaison-demo)`);
    }
  }
  const solver = createPlanSolver();
  // The registry exists before the app so that parts built with it (the job queue) register too; its
  // log is the app's once that exists.
  let log: { info(o: object, m: string): void; warn(o: object, m: string): void } = { info: () => {}, warn: (o, m) => console.warn(m, o) };
  const shutdown = createShutdown({ log: { info: (o, m) => log.info(o, m), warn: (o, m) => log.warn(o, m) } });
  shuttingDown = shutdown;
  const app = await buildApp({ database, config, solver, shutdown, logger: { level: config.logLevel } });
  log = app.log;
  registerHttpDrain(shutdown, app, config.shutdownDrainSeconds * 1000);
  shutdown.register('resources', 'matcher-pool', () => solver.close());
  // Last: closing the database releases the DATA_DIR lock, so the next owner may start.
  shutdown.register('database', 'database', () => database.close());
  exitOnSignals(shutdown);
  if (database.kind === 'pglite') {
    // `npm run backup` cannot open the directory this process owns: it asks over this socket.
    const admin = await listenAdminSocket(config.dataDir, database, app.log);
    shutdown.register('resources', 'admin-socket', () => closeAdminSocket(admin));
  }
  await app.listen({ port: config.port, host: config.host });
  solver.warm().catch((err: unknown) => { if (!shutdown.closing) app.log.warn({ err }, 'matcher warm-up failed; the first plan will start it'); });
  const port = (app.server.address() as { port: number } | null)?.port ?? config.port;
  console.log(`NEO planner listening on http://localhost:${port} (API docs: http://localhost:${port}/api/docs)`);
  const status = await setupStatus(database.db);
  if (status.firstRun) console.log(`  no account yet: open http://localhost:${port}/ to create the first planner`);
  else if (status.demoAccounts.length) console.log(`  demo accounts: ${status.demoAccounts.map((a) => `${a.username} / ${a.password}`).join(', ')}`);
}

main().catch((err: unknown) => {
  // A signal during the last steps of the start (the first-run check after listening) closes the database under
  // them: that is a shutdown, whose own report decides the exit code, not a failed start (which exited 1).
  if (shuttingDown?.closing) return;
  if (err instanceof DataDirInUseError) {
    console.error(`NEO planner did not start.\n${err.message}`);
    process.exit(3);
  }
  const msg = err instanceof ConfigError || (err instanceof Error && err.name === 'MigrationError')
    ? err.message
    : err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
  console.error(`NEO planner failed to start: ${msg}`);
  process.exit(1);
});
