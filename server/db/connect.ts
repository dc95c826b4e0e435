import { mkdirSync } from 'node:fs';
import { Kysely } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import type { Database } from './database.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { PGliteThread } from './pglite-thread/pglite-thread.ts';

export type DatabaseKind = 'pglite' | 'postgres';
export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The embedded instance in its thread, when kind is 'pglite' (the backup and the tests dump it). */
  pglite?: PGliteThread;
  /** The postgres.js client, when kind is 'postgres' (the event bus LISTENs through it). */
  sql?: postgres.Sql;
  /** The server's URL, when kind is 'postgres' (pg-boss opens its own small pool to it). */
  url?: string;
  close(): Promise<void>;
}

/** A real PostgreSQL server through postgres.js. */
export function connectPostgres(url: string, options: { max?: number } = {}): DatabaseHandle {
  const sqlClient = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const db = new Kysely<Database>({ dialect: new PostgresJSDialect({ postgres: sqlClient }) });
  // Closing waits for running queries at most END_TIMEOUT_S, then cuts them: a request whose client timed out
  // must not hold the process's exit past its shutdown hook's bound (bench:api saw an instance exit 1 so).
  const close = async () => { await sqlClient.end({ timeout: END_TIMEOUT_S }); await db.destroy(); };
  return { db, kind: 'postgres', sql: sqlClient, url, close };
}

/** Seconds a closing pool waits for running queries (below the shutdown hook's 10 s). */
const END_TIMEOUT_S = 5;

/**
 * An embedded PGlite, in a thread of its own so that its queries never hold the event loop: on disk
 * when a directory is given, in memory otherwise. A directory is locked for this process (the lock is
 * the process's, taken here on the main thread) before PGlite touches it; a second process gets
 * DataDirInUseError naming the owner.
 */
export async function connectPGlite(dataDir?: string, loadDataDir?: Blob): Promise<DatabaseHandle> {
  const load = loadDataDir ? { loadDataDir: await loadDataDir.arrayBuffer() } : {};
  if (!dataDir) return wrapPGlite(await PGliteThread.start(load));
  mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  let pg: PGliteThread;
  try {
    pg = await PGliteThread.start({ dataDir, ...load });
  } catch (err) {
    lock.release();
    throw err;
  }
  const handle = wrapPGlite(pg);
  return {
    ...handle,
    close: async () => {
      try { await handle.close(); } finally { lock.release(); }
    },
  };
}

function wrapPGlite(pg: PGliteThread): DatabaseHandle {
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pg) });
  return { db, kind: 'pglite', pglite: pg, close: () => db.destroy() };
}

export async function connect(config: { databaseUrl: string | undefined; dataDir: string }): Promise<DatabaseHandle> {
  return config.databaseUrl ? connectPostgres(config.databaseUrl) : connectPGlite(config.dataDir);
}
