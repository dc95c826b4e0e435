import { derivePlan, type PlanBasisRecord, type PlanDerivation } from '../../shared/plan/derive.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import type { Sortie } from '../../shared/schemas/domain.ts';

export interface DeriveTask { snapshot: PlanningSnapshot; sorties: Sortie[]; basis: PlanBasisRecord | null }

/** One plan's derivation, in a pool thread: the validator, metrics and explanations block for seconds on big scenarios. */
export default function derive(task: DeriveTask): PlanDerivation {
  return derivePlan(task.snapshot, task.sorties, task.basis);
}
