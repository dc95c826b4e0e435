import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { PlanBasisRecord, PlanDerivation } from '../../shared/plan/derive.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import type { Sortie } from '../../shared/schemas/domain.ts';
import type { DeriveResult, DeriveTask } from './derive.worker.ts';
import { derivationRejected, derivationUnavailable } from './derivation-error.ts';

/**
 * Plan derivation (violations, metrics, left-behind, drift) off the API's event loop, in a piscina
 * pool (maintained, Node ≥ 20, queues and restarts crashed threads). At most two threads: the machine
 * the server runs on is small, and the matcher has its own worker. Started on first use.
 */
let pool: Piscina<DeriveTask, DeriveResult> | undefined;
let options: { maxHeapMb?: number } = {};
/** Why the last pool was given up, to say in the answers of the tasks it took down with it. */
let lastFailure: string | undefined;

const describe = (err: unknown): string => {
  const e = err as { code?: unknown; message?: unknown };
  return e?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'a checking thread ran out of memory' : String(e?.message ?? err);
};

function ensure(): Piscina<DeriveTask, DeriveResult> {
  if (pool) return pool;
  const p = new Piscina<DeriveTask, DeriveResult>({
    filename: new URL('./derive.worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(2, availableParallelism() - 1)),
    idleTimeout: 60_000,
    execArgv: [],
    // A bound on each thread's heap: a derivation that would grow past it kills its thread, not the server.
    ...(options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb } } : {}),
  });
  // A thread that dies while it holds no task (at start-up, say) is reported here: unheard, the event
  // would crash the server, and piscina would not start threads for the queued tasks again. Give the
  // pool up instead: its queued tasks are rejected (503), and the next task starts a fresh pool.
  const giveUp = (why: string) => {
    lastFailure = why;
    if (pool === p) pool = undefined;
    void p.destroy();
  };
  p.on('error', (err: unknown) => giveUp(describe(err)));
  // A thread that exits before it is ready leaves the tasks queued for it waiting for good (piscina
  // starts the next thread only on the next run): give the pool up when none is left to take them.
  p.on('workerDestroy', () => queueMicrotask(() => {
    if (pool === p && p.threads.length === 0 && p.queueSize > 0) giveUp('a checking thread exited before it could start');
  }));
  pool = p;
  return p;
}

/** Sets the threads' heap limit (DERIVATION_MAX_HEAP_MB); a running pool is replaced on its next use. */
export async function configureDerivationPool(o: { maxHeapMb?: number }): Promise<void> {
  if (o.maxHeapMb === options.maxHeapMb) return;
  options = { ...o };
  await closeDerivationPool();
}

/**
 * A thread that throws answers 422 (this data cannot be checked); a thread that dies or cannot start
 * answers 503 with Retry-After (piscina starts a new one for the next task). Never a bare 500.
 */
export async function deriveOffThread(snapshot: PlanningSnapshot, sorties: Sortie[], basis: PlanBasisRecord | null): Promise<PlanDerivation> {
  let result: DeriveResult;
  try {
    result = await ensure().run({ snapshot, sorties, basis });
  } catch (err) {
    const why = describe(err);
    throw derivationUnavailable(why === 'Terminating worker thread' && lastFailure ? lastFailure : why);
  }
  if (!result.ok) throw derivationRejected(result.message);
  return result.derivation;
}

/** The pool's live threads (an operator's view; the crash test terminates one). */
export function derivationThreads(): readonly Worker[] {
  return pool?.threads ?? [];
}

/** Stops the pool's threads (server shutdown, tests); the next derivation starts a new pool. */
export async function closeDerivationPool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.destroy();
}
