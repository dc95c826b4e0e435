import { Worker } from 'node:worker_threads';
import type { ErrorFields, PGliteThreadOptions, Reply, Request } from './protocol.ts';

export interface QueryAnswer<R> { rows: R[]; affectedRows?: number }

/** An error raised in the database thread, with the fields PGlite gave it (code, constraint, detail …). */
export class PGliteThreadError extends Error {
  constructor(fields: ErrorFields) {
    super(fields.message);
    Object.assign(this, fields);
    this.name = fields.name;
  }
}

type Pending = { resolve(v: Reply): void; reject(e: Error): void };
type Body<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * The embedded database in a thread of its own (pglite.worker.ts), used through the same three calls the
 * Kysely dialect, pg-boss and the backup need: query, exec, dumpDataDir, close. @electric-sql/pglite's own PGliteWorker
 * does not do this on Node: it is written for browser Web Workers (navigator.locks, BroadcastChannel
 * leader election between tabs; pglite issue #398), so this is a small request/answer protocol over the
 * worker's port instead.
 */
export class PGliteThread {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped: Error | undefined;
  #closed = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: Reply) => {
      if (!('id' in m)) return;
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      this.refIfBusy();
      p?.resolve(m);
    });
    // A thread that dies (out of memory, a crash in the WebAssembly) takes the database with it: every
    // waiting and later query fails with the reason, rather than waiting for good.
    const fail = (err: Error) => {
      this.stopped ??= err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on('error', (err) => fail(new Error(`the embedded database thread failed: ${err.message}`, { cause: err })));
    worker.on('exit', (code) => fail(new Error(`the embedded database thread stopped (exit code ${code})`)));
  }

  /** Starts the thread and opens the database in it; rejects with PGlite's own error if that fails. */
  static async start(options: PGliteThreadOptions = {}): Promise<PGliteThread> {
    const worker = new Worker(new URL('./pglite.worker.mjs', import.meta.url), {
      workerData: options,
      transferList: options.loadDataDir ? [options.loadDataDir] : [],
      execArgv: [],
    });
    const first = await new Promise<Reply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the embedded database thread stopped while opening (exit code ${code})`)));
    });
    if ('ready' in first && !first.ready) {
      await worker.terminate();
      throw new PGliteThreadError(first.error);
    }
    const thread = new PGliteThread(worker);
    thread.refIfBusy();
    return thread;
  }

  get closed(): boolean { return this.#closed; }

  /**
   * The thread keeps the process alive only while a request waits on it: an idle open database must not
   * stop a CLI from exiting (as with PGlite on the main thread), but a pending query must not be dropped.
   */
  private refIfBusy(): void {
    if (this.pending.size > 0) this.worker.ref();
    else this.worker.unref();
  }

  private call(body: Body<Request>): Promise<Reply> {
    if (this.#closed) return Promise.reject(new Error('the embedded database is closed'));
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.refIfBusy();
      this.worker.postMessage({ ...body, id } as Request);
    }).then((reply) => {
      if ('ok' in reply && !reply.ok) throw new PGliteThreadError(reply.error);
      return reply;
    });
  }

  async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryAnswer<R>> {
    const r = await this.call({ op: 'query', sql, params: [...params] });
    if (!('rows' in r)) throw new Error('unexpected answer to a query');
    return { rows: r.rows as R[], ...(r.affectedRows !== undefined ? { affectedRows: r.affectedRows } : {}) };
  }

  /** Several statements without parameters, one answer each (PGlite's exec). */
  async exec(sql: string): Promise<QueryAnswer<Record<string, unknown>>[]> {
    const r = await this.call({ op: 'exec', sql });
    if (!('results' in r)) throw new Error('unexpected answer to exec');
    return r.results as QueryAnswer<Record<string, unknown>>[];
  }

  /** A tarball of the data directory (the caller makes sure no transaction is half-done). */
  async dumpDataDir(compression: 'none' | 'gzip' | 'auto' = 'auto'): Promise<Blob> {
    const r = await this.call({ op: 'dump', compression });
    if (!('tar' in r)) throw new Error('unexpected answer to a dump');
    return new Blob([r.tar]);
  }

  /** Closes PGlite in its thread (its files flushed), then the thread. */
  async close(): Promise<void> {
    if (this.#closed) return;
    if (!this.stopped) {
      try { await this.call({ op: 'close' }); } finally { this.#closed = true; }
    }
    this.#closed = true;
    await this.worker.terminate();
  }
}
