import { chmodSync, existsSync, lstatSync, mkdirSync, realpathSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseHandle } from '../db/connect.ts';
import { snapshotPGlite } from './pglite-snapshot.ts';

/**
 * The running server owns its DATA_DIR (server/db/data-dir-lock.ts), so `npm run backup` cannot open
 * it: it asks the server over a Unix socket instead. The socket lies in a directory of mode 0700 that
 * only the server's user may enter: file permissions are the authentication, as with PostgreSQL's
 * local peer connections, and no password has to be handed to a cron job. It is kept out of DATA_DIR
 * so the data directory holds only the database (and a copy of it never carries a socket).
 */
export function adminSocketPath(dataDir: string): string {
  const dir = realpathSync(dataDir);
  const hash = createHash('sha256').update(dir).digest('hex').slice(0, 16);
  return path.join(tmpdir(), `neo-admin-${process.getuid?.() ?? 'u'}-${hash}`, 'admin.sock');
}

export async function listenAdminSocket(dataDir: string, database: DatabaseHandle, log: { info(o: object, m: string): void }): Promise<Server> {
  const socket = adminSocketPath(dataDir);
  const dir = path.dirname(socket);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = lstatSync(dir);
  if (!st.isDirectory() || st.uid !== process.getuid?.()) throw new Error(`${dir} is not a directory of this user: refusing to put the admin socket there`);
  chmodSync(dir, 0o700);
  // We hold the DATA_DIR lock, so a socket left here is a dead server's.
  rmSync(socket, { force: true });
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/backup') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('POST /backup is the only admin command\n');
      return;
    }
    snapshotPGlite(database).then((s) => {
      log.info({ bytes: s.bytes.length, ms: s.ms, at: s.at }, 'backup snapshot taken');
      res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': s.bytes.length, 'x-snapshot-at': s.at, 'x-snapshot-ms': String(s.ms) }).end(s.bytes);
    }, (err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`backup failed: ${err instanceof Error ? err.message : String(err)}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(socket, resolve); });
  chmodSync(socket, 0o600);
  return server;
}

export async function closeAdminSocket(server: Server): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Asks the server owning `dataDir` for a snapshot; null when no server listens there. */
export function requestSnapshot(dataDir: string): Promise<{ bytes: Buffer; at: string; ms: number } | null> {
  if (!existsSync(dataDir)) return Promise.reject(new Error(`DATA_DIR ${path.resolve(dataDir)} does not exist`));
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: adminSocketPath(dataDir), method: 'POST', path: '/backup' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (b: Buffer) => chunks.push(b));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        if (res.statusCode !== 200) return reject(new Error(body.toString() || `the server answered ${res.statusCode}`));
        resolve({ bytes: body, at: String(res.headers['x-snapshot-at']), ms: Number(res.headers['x-snapshot-ms']) });
      });
      res.on('error', reject);
    });
    req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ENOENT' || err.code === 'ECONNREFUSED' ? resolve(null) : reject(err)));
    req.end();
  });
}
