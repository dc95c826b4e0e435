import { withDatabase } from './cli-database.ts';

await withDatabase(async (database) => {
  console.log(`migrations up to date (${database.kind})`);
}, { migrateLog: (m) => console.log(m) });
