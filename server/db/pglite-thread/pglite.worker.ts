import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { errorFields, type PGliteThreadOptions, type Reply, type Request } from './protocol.ts';

/**
 * PGlite (PostgreSQL compiled to WebAssembly) runs every query synchronously on the thread that calls
 * it: on the API's thread a big plan's save held every request for seconds. Here it has a thread of
 * its own, and the API's thread only posts SQL and waits. One request at a time, in order: PGlite has
 * one session, and the API side (pglite-dialect.ts) already hands it out one transaction at a time.
 */
const port = parentPort!;
const options = workerData as PGliteThreadOptions;

const post = (reply: Reply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

let pg: PGlite;
try {
  pg = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: new Blob([options.loadDataDir]) } : {}),
  });
  post({ ready: true });
} catch (err) {
  post({ ready: false, error: errorFields(err) });
  port.close();
  throw err;
}

async function handle(req: Request): Promise<void> {
  try {
    if (req.op === 'query') {
      const res = await pg.query(req.sql, req.params);
      post({ id: req.id, ok: true, rows: res.rows, ...(res.affectedRows !== undefined ? { affectedRows: res.affectedRows } : {}) });
    } else if (req.op === 'exec') {
      const results = (await pg.exec(req.sql)).map((r) => ({ rows: r.rows, ...(r.affectedRows !== undefined ? { affectedRows: r.affectedRows } : {}) }));
      post({ id: req.id, ok: true, results });
    } else if (req.op === 'dump') {
      const tar = await (await pg.dumpDataDir(req.compression)).arrayBuffer();
      post({ id: req.id, ok: true, tar }, [tar]);
    } else {
      if (!pg.closed) await pg.close();
      post({ id: req.id, ok: true, closed: true });
      port.close();
    }
  } catch (err) {
    post({ id: req.id, ok: false, error: errorFields(err) });
  }
}

// Strictly one after another: a query never starts before the previous one has answered.
let tail = Promise.resolve();
port.on('message', (req: Request) => { tail = tail.then(() => handle(req)); });
