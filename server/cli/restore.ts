import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connectPGlite, connectPostgres } from '../db/connect.ts';
import { DataDirInUseError } from '../db/data-dir-lock.ts';
import { assertEmptyDatabase, assertEmptyDataDir, detectFormat, restoreLogical, restorePgDump, restorePGlite, RestoreRefused } from '../backup/restore.ts';
import { EXIT_IN_USE, fail, loadCliConfig } from './cli-database.ts';

/**
 * `npm run restore -- FILE`: loads a backup into an EMPTY database — DATA_DIR (embedded) or the database
 * of DATABASE_URL — and refuses one that holds anything, naming it (exit 4). Start the server on it after.
 */
const EXIT_REFUSED = 4;
const { positionals } = parseArgs({ allowPositionals: true });
const file = positionals[0];
if (!file || positionals.length > 1) fail('usage: npm run restore -- BACKUP_FILE   (into the empty DATA_DIR, or the empty database of DATABASE_URL)', 2);
if (!existsSync(file)) fail(`${file}: no such file`, 2);

const config = loadCliConfig();

async function restore(): Promise<string> {
  const format = detectFormat(file!);
  const t0 = performance.now();
  const took = () => `${Math.round(performance.now() - t0)} ms`;
  if (!config.databaseUrl) {
    if (format === 'pg_dump') throw new RestoreRefused(`${file} is a pg_dump archive: it loads into a PostgreSQL server (set DATABASE_URL to an empty database)`);
    if (format === 'pglite') {
      const r = await restorePGlite(file!, config.dataDir);
      return `restored ${file} into DATA_DIR ${config.dataDir} (${r.tables} tables, ${took()})`;
    }
    assertEmptyDataDir(config.dataDir);
    const database = await connectPGlite(config.dataDir);
    try {
      const r = await restoreLogical(file!, database);
      return `restored ${file} into DATA_DIR ${config.dataDir} (${r.tables} tables, ${r.rows} rows, ${took()})`;
    } finally {
      await database.close();
    }
  }
  if (format === 'pglite') throw new RestoreRefused(`${file} is an embedded (PGlite) data directory: restore it into an empty DATA_DIR with DATABASE_URL unset`);
  const name = new URL(config.databaseUrl).pathname.slice(1) || '(default)';
  const database = connectPostgres(config.databaseUrl, { max: 1 });
  try {
    await assertEmptyDatabase(database, name);
    if (format === 'pg_dump') {
      await restorePgDump(file!, config.databaseUrl);
      return `restored ${file} into database ${name} with pg_restore (${took()})`;
    }
    const r = await restoreLogical(file!, database);
    return `restored ${file} into database ${name} (${r.tables} tables, ${r.rows} rows, ${took()})`;
  } finally {
    await database.close();
  }
}

restore().then((line) => console.log(line), (err: unknown) => {
  if (err instanceof RestoreRefused) fail(`restore refused: ${err.message}`, EXIT_REFUSED);
  if (err instanceof DataDirInUseError) fail(err.message, EXIT_IN_USE);
  fail(`restore failed: ${err instanceof Error ? err.message : String(err)}`);
});
