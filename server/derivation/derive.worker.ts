import { derivePlan, type PlanBasisRecord, type PlanDerivation } from '../../shared/plan/derive.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import type { Sortie } from '../../shared/schemas/domain.ts';

export interface DeriveTask { snapshot: PlanningSnapshot; sorties: Sortie[]; basis: PlanBasisRecord | null }
/**
 * What a task answers: the derivation, or why the check threw on this data. A throw is answered, not
 * rethrown, so that a rejected task means the thread itself failed (died, ran out of memory).
 */
export type DeriveResult = { ok: true; derivation: PlanDerivation } | { ok: false; message: string };

/** One plan's derivation, in a pool thread: the validator, metrics and explanations block for seconds on big scenarios. */
export default function derive(task: DeriveTask): DeriveResult {
  try {
    return { ok: true, derivation: derivePlan(task.snapshot, task.sorties, task.basis) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
