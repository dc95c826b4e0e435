import { execFile } from 'node:child_process';
import { closeSync, createReadStream, existsSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { constants, createGunzip, gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseHandle } from '../db/connect.ts';
import { LOCK_FILE } from '../db/data-dir-lock.ts';
import { migrateToLatest, TsMigrationProvider } from '../db/migrate.ts';
import { clearTables, loadRows, resetSequences, tablesInLoadOrder, userRelations } from '../repositories/backup.repository.ts';
import { LOGICAL_FORMAT } from './postgres-backup.ts';

const run = promisify(execFile);

export type BackupFormat = 'pglite' | 'pg_dump' | 'logical';

export class RestoreRefused extends Error { override readonly name = 'RestoreRefused'; }

/** What a backup file is, from its first bytes: a PGlite data directory, a pg_dump archive or our JSON lines. */
export function detectFormat(file: string): BackupFormat {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(64 * 1024);
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  if (head.subarray(0, 5).toString() === 'PGDMP') return 'pg_dump';
  if (n >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    // Both others are gzip: ours starts with its header line, a tar with a file name.
    const start = gunzipSync(head.subarray(0, n), { finishFlush: constants.Z_SYNC_FLUSH }).subarray(0, 64).toString();
    return start.includes(`"format":"${LOGICAL_FORMAT}"`) ? 'logical' : 'pglite';
  }
  throw new RestoreRefused(`${file} is not a backup of the NEO planner (neither a PGlite data directory, a pg_dump archive nor a logical export)`);
}

/** Refuses a data directory that exists and holds anything: restore never merges into or overwrites data. */
export function assertEmptyDataDir(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  const entries = readdirSync(dataDir);
  if (entries.length) {
    throw new RestoreRefused(`DATA_DIR ${path.resolve(dataDir)} is not empty (${entries.length} entries: ${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}). A restore loads only into an empty database: choose a new DATA_DIR, or move this one away first.`);
  }
}

export async function assertEmptyDatabase(database: DatabaseHandle, name: string): Promise<void> {
  const relations = await userRelations(database.db);
  if (relations.length) {
    throw new RestoreRefused(`Database ${name} is not empty (${relations.length} tables and views: ${relations.slice(0, 5).join(', ')}${relations.length > 5 ? ', …' : ''}). A restore loads only into an empty database: create a new one (createdb) and point DATABASE_URL at it.`);
  }
}

/**
 * A PGlite snapshot into an empty DATA_DIR: unpacked by PGlite into a new sibling directory, checked to
 * open, the copied owner lock removed, then renamed into place, so a failed restore leaves no half
 * directory under the name a server would start on.
 */
export async function restorePGlite(file: string, dataDir: string): Promise<{ tables: number }> {
  assertEmptyDataDir(dataDir);
  const target = path.resolve(dataDir);
  const staging = `${target}.restoring-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    const pg = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([readFileSync(file)]) });
    const tables = (await pg.query<{ n: number }>(`select count(*)::int as n from pg_tables where schemaname = 'public'`)).rows[0]!.n;
    await pg.close();
    rmSync(path.join(staging, LOCK_FILE), { force: true });
    assertEmptyDataDir(dataDir);
    if (existsSync(target)) rmdirSync(target);
    renameSync(staging, target);
    return { tables };
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}

export async function restorePgDump(file: string, url: string): Promise<void> {
  await run('pg_restore', ['--exit-on-error', '--single-transaction', '--no-owner', '--no-privileges', '--dbname', url, file], { maxBuffer: 16 * 1024 * 1024 });
}

interface LogicalHeader { format: string; migrations: string[]; tables: string[] }

/**
 * Our JSON-lines export into an empty database (PGlite or server): migrate to the backup's schema,
 * empty what the migrations seeded, load every table in foreign-key order, set the sequences — all in
 * one transaction, so a failure leaves the database empty again.
 */
export async function restoreLogical(file: string, database: DatabaseHandle): Promise<{ tables: number; rows: number }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = JSON.parse(String(first.value)) as LogicalHeader;
  if (header.format !== LOGICAL_FORMAT) throw new RestoreRefused(`${file} is not a logical backup of the NEO planner`);
  const known = Object.keys(await new TsMigrationProvider().getMigrations());
  const missing = header.migrations.filter((m) => !known.includes(m));
  const extra = known.filter((m) => !header.migrations.includes(m));
  if (missing.length || extra.length) {
    throw new RestoreRefused(`The backup's schema differs from this version's: ${missing.length ? `migrations unknown here: ${missing.join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `migrations the backup lacks: ${extra.join(', ')}` : ''}. Restore with the version that made it.`);
  }
  await migrateToLatest(database.db);
  let rows = 0;
  await database.db.transaction().execute(async (tx) => {
    await clearTables(tx, await tablesInLoadOrder(tx));
    for (let l = await lines.next(); !l.done; l = await lines.next()) {
      if (!l.value) continue;
      const { table, rows: page } = JSON.parse(l.value) as { table: string; rows: unknown[] };
      await loadRows(tx, table, page.map((r) => JSON.stringify(r)));
      rows += page.length;
    }
    await resetSequences(tx);
  });
  return { tables: header.tables.length, rows };
}
