import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connectPGlite, connectPostgres } from '../db/connect.ts';
import { DataDirInUseError } from '../db/data-dir-lock.ts';
import { requestSnapshot } from '../backup/admin-socket.ts';
import { snapshotPGlite } from '../backup/pglite-snapshot.ts';
import { logicalExport, pgDump, pgDumpVersion } from '../backup/postgres-backup.ts';
import { EXIT_IN_USE, fail, loadCliConfig } from './cli-database.ts';

/**
 * `npm run backup [-- --out FILE] [--logical]`: a consistent copy of the database while the app runs.
 *  - embedded (DATA_DIR): asks the running server over its admin socket; with no server, opens the
 *    directory itself. Writes a PGlite data-directory tarball (.pglite.tar.gz).
 *  - PostgreSQL server (DATABASE_URL): pg_dump's custom format (.pgdump) when pg_dump is installed,
 *    else (or with --logical) a JSON-lines export read in one REPEATABLE READ transaction (.jsonl.gz).
 * The file is written under a temporary name and renamed when complete: a backup that exists is whole.
 */
const { values } = parseArgs({ options: { out: { type: 'string' }, logical: { type: 'boolean', default: false } } });

const config = loadCliConfig();
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

function output(ext: string): { out: string; partial: string } {
  const out = path.resolve(values.out ?? path.join('backups', `neo-${stamp}.${ext}`));
  mkdirSync(path.dirname(out), { recursive: true });
  return { out, partial: `${out}.partial-${process.pid}` };
}

async function backup(): Promise<string> {
  const t0 = performance.now();
  if (!config.databaseUrl) {
    const { out, partial } = output('pglite.tar.gz');
    let snap = await requestSnapshot(config.dataDir).catch((err: unknown) => fail(`The server owning ${config.dataDir} could not take the backup: ${err instanceof Error ? err.message : String(err)}`));
    let how = 'from the running server';
    if (!snap) {
      try {
        const database = await connectPGlite(config.dataDir);
        try { snap = await snapshotPGlite(database); } finally { await database.close(); }
        how = 'from the stopped database';
      } catch (err) {
        if (err instanceof DataDirInUseError) fail(`${err.message}\n(its admin socket did not answer: is it an older version?)`, EXIT_IN_USE);
        throw err;
      }
    }
    writeFileSync(partial, snap.bytes, { flush: true });
    renameSync(partial, out);
    return `backup written: ${out} (${snap.bytes.length} bytes, embedded PGlite ${how}, snapshot at ${snap.at}, writes paused ${snap.ms} ms, ${Math.round(performance.now() - t0)} ms in all)`;
  }
  const version = values.logical ? null : await pgDumpVersion();
  const { out, partial } = output(version ? 'pgdump' : 'jsonl.gz');
  try {
    if (version) {
      await pgDump(config.databaseUrl, partial);
    } else {
      const database = connectPostgres(config.databaseUrl, { max: 1 });
      try { await logicalExport(database, partial); } finally { await database.close(); }
    }
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
  }
  const how = version ? `pg_dump (${version})` : values.logical ? 'logical export (--logical)' : 'logical export (pg_dump is not installed)';
  return `backup written: ${out} (${statSync(out).size} bytes, PostgreSQL server by ${how}, ${Math.round(performance.now() - t0)} ms)`;
}

backup().then((line) => console.log(line), (err: unknown) => fail(`backup failed: ${err instanceof Error ? err.message : String(err)}`));
