import { loadConfig, ConfigError, type Config } from '../config.ts';
import { connect, type DatabaseHandle } from '../db/connect.ts';
import { DataDirInUseError } from '../db/data-dir-lock.ts';
import { migrateToLatest } from '../db/migrate.ts';

/** Exit status of a command that found the embedded database owned by another process. */
export const EXIT_IN_USE = 3;

/** Prints a one-line reason (or the lock owner's message) and exits; never a silent or bare stack exit. */
export function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** The settings, or exit 2 with the configuration error. */
export function loadCliConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    fail(err instanceof ConfigError ? err.message : String(err), 2);
  }
}

/**
 * Opens the database for a command-line tool: config, lock (PGlite), migrations, then `fn`, then close.
 * A DATA_DIR held by a running server stops here at once, naming the owner, before anything is read
 * or written.
 */
export async function withDatabase(fn: (database: DatabaseHandle, config: Config) => Promise<void>, opts: { migrateLog?: (m: string) => void } = {}): Promise<void> {
  const config = loadCliConfig();
  let database: DatabaseHandle;
  try {
    database = await connect(config);
  } catch (err) {
    if (err instanceof DataDirInUseError) fail(err.message, EXIT_IN_USE);
    throw err;
  }
  try {
    await migrateToLatest(database.db, opts.migrateLog);
    await fn(database, config);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}
