import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { checkpoint } from '../repositories/backup.repository.ts';
import type { DatabaseHandle } from '../db/connect.ts';

const gzip = promisify(gzipCallback);

export interface Snapshot { bytes: Buffer; at: string; ms: number }

/**
 * A consistent copy of an embedded database while it serves writes. The Kysely connection is held for
 * the whole copy: PGlite has one session and our dialect hands it out one transaction at a time
 * (server/db/pglite-dialect.ts), so no transaction is half-done while the files are read, and every
 * write acknowledged before is in them. CHECKPOINT first puts those writes in the data files, so a
 * restore starts without WAL replay. Writes wait meanwhile (measured: see reports/ops.md).
 */
export async function snapshotPGlite(database: DatabaseHandle): Promise<Snapshot> {
  const pg = database.pglite;
  if (!pg) throw new Error('not an embedded database');
  const copy = await database.db.connection().execute(async (conn) => {
    const t0 = performance.now();
    await checkpoint(conn);
    const at = new Date().toISOString();
    // Uncompressed while writes wait; compressed after, on libuv's thread pool, while they go on.
    const tar = await pg.dumpDataDir('none');
    return { tar: Buffer.from(await tar.arrayBuffer()), at, ms: Math.round(performance.now() - t0) };
  });
  return { bytes: await gzip(copy.tar), at: copy.at, ms: copy.ms };
}
