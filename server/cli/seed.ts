import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemoData } from '../seed/seed-database.ts';
import { loadDemoData } from '../seed/load-files.ts';

const config = loadConfig();
const database = await connect(config);
try {
  await migrateToLatest(database.db);
  const outcome = await seedDemoData(database.db, loadDemoData());
  if (outcome.seeded) {
    console.log(`demo data loaded into ${database.kind}; accounts:`);
    for (const a of outcome.accounts) console.log(`  ${a.role.padEnd(8)} ${a.username} / ${a.password}`);
  } else {
    console.log(`nothing loaded: ${outcome.reason}`);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await database.close();
}
