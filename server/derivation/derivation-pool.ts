import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { PlanBasisRecord, PlanDerivation } from '../../shared/plan/derive.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import type { Sortie } from '../../shared/schemas/domain.ts';
import type { DeriveTask } from './derive.worker.ts';

/**
 * Plan derivation (violations, metrics, left-behind, drift) off the API's event loop, in a piscina
 * pool (maintained, Node ≥ 20, queues and restarts crashed threads). At most two threads: the machine
 * the server runs on is small, and the matcher has its own worker. Started on first use.
 */
let pool: Piscina<DeriveTask, PlanDerivation> | undefined;

function ensure(): Piscina<DeriveTask, PlanDerivation> {
  pool ??= new Piscina<DeriveTask, PlanDerivation>({
    filename: new URL('./derive.worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(2, availableParallelism() - 1)),
    idleTimeout: 60_000,
    execArgv: [],
  });
  return pool;
}

export async function deriveOffThread(snapshot: PlanningSnapshot, sorties: Sortie[], basis: PlanBasisRecord | null): Promise<PlanDerivation> {
  try {
    return await ensure().run({ snapshot, sorties, basis });
  } catch (err) {
    throw new Error(`The plan could not be checked: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Stops the pool's threads (server shutdown, tests); the next derivation starts a new pool. */
export async function closeDerivationPool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.destroy();
}
