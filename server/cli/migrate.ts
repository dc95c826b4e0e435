import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';

const config = loadConfig();
const database = await connect(config);
try {
  await migrateToLatest(database.db, (m) => console.log(m));
  console.log(`migrations up to date (${database.kind})`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await database.close();
}
