import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { createGzip } from 'node:zlib';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/connect.ts';
import { tableRows, tablesInLoadOrder } from '../repositories/backup.repository.ts';

const run = promisify(execFile);
export const LOGICAL_FORMAT = 'neo-logical-backup';

/** pg_dump's version line when it is installed, else null. */
export async function pgDumpVersion(): Promise<string | null> {
  try {
    return (await run('pg_dump', ['--version'])).stdout.trim();
  } catch {
    return null;
  }
}

/**
 * pg_dump's custom format: one consistent snapshot (it reads in a REPEATABLE READ transaction) while
 * the instances keep writing, restorable with pg_restore into any PostgreSQL of that major version or later.
 */
export async function pgDump(url: string, out: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--file', out, '--dbname', url], { maxBuffer: 16 * 1024 * 1024 });
}

/**
 * Without pg_dump: every table's rows as JSON lines (gzip), all read in one REPEATABLE READ, READ ONLY
 * transaction, so the copy is one consistent snapshot however long it takes and writes never wait.
 * The first line names the format and the migrations the schema had; restore re-creates that schema
 * by migrating and then loads the rows (server/backup/restore.ts).
 */
export async function logicalExport(database: DatabaseHandle, out: string): Promise<{ tables: number; rows: number }> {
  const gzip = createGzip();
  const file = createWriteStream(out);
  gzip.pipe(file);
  const write = async (line: string) => { if (!gzip.write(`${line}\n`)) await once(gzip, 'drain'); };
  let rows = 0;
  const tables = await database.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(async (tx) => {
    const order = await tablesInLoadOrder(tx);
    const migrations = (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(tx)).rows.map((r) => r.name);
    await write(JSON.stringify({ format: LOGICAL_FORMAT, version: 1, at: new Date().toISOString(), engine: database.kind, migrations, tables: order }));
    for (const table of order) {
      for await (const page of tableRows(tx, table)) {
        rows += page.length;
        await write(`{"table":${JSON.stringify(table)},"rows":[${page.join(',')}]}`);
      }
    }
    return order.length;
  });
  gzip.end();
  await once(file, 'close');
  return { tables, rows };
}
