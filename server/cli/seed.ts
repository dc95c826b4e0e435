import { withDatabase } from './cli-database.ts';
import { seedDemoData } from '../seed/seed-database.ts';
import { loadDemoData } from '../seed/load-files.ts';

await withDatabase(async (database) => {
  const outcome = await seedDemoData(database.db, loadDemoData());
  if (outcome.seeded) {
    console.log(`demo data loaded into ${database.kind}; accounts:`);
    for (const a of outcome.accounts) console.log(`  ${a.role.padEnd(8)} ${a.username} / ${a.password}`);
  } else {
    console.log(`nothing loaded: ${outcome.reason}`);
  }
});
