/**
 * Messages between the API's thread and the thread that runs PGlite (pglite.worker.ts). Plain data
 * only: everything crosses a MessagePort by structured clone (Dates, typed arrays and BigInts survive).
 */
export interface PGliteThreadOptions {
  /** On disk when set (the caller holds the DATA_DIR lock); in memory otherwise. */
  dataDir?: string;
  /** A data-directory tarball (PGlite dumpDataDir) to start from, transferred to the thread. */
  loadDataDir?: ArrayBuffer;
}

export type Request =
  | { id: number; op: 'query'; sql: string; params: unknown[] }
  /** Several statements without parameters (pg-boss's install and maintenance scripts). */
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'dump'; compression: 'none' | 'gzip' | 'auto' }
  | { id: number; op: 'close' };

/** A PostgreSQL error's fields (code, constraint, detail, table …) as PGlite raised them. */
export interface ErrorFields { message: string; name: string; [field: string]: unknown }

export type Reply =
  | { ready: true }
  | { ready: false; error: ErrorFields }
  | { id: number; ok: true; rows: unknown[]; affectedRows?: number }
  | { id: number; ok: true; results: { rows: unknown[]; affectedRows?: number }[] }
  | { id: number; ok: true; tar: ArrayBuffer }
  | { id: number; ok: true; closed: true }
  | { id: number; ok: false; error: ErrorFields };

/** An error's own fields: postMessage would keep only its message and stack, and the error handler reads `code`. */
export function errorFields(err: unknown): ErrorFields {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const out: ErrorFields = { name: err.name, message: err.message };
  for (const [k, v] of Object.entries(err)) {
    if (v === undefined || typeof v === 'function' || (typeof v === 'object' && v !== null)) continue;
    out[k] = v;
  }
  return out;
}
