import type { Sortie } from '../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { greedyPlan } from '../../shared/plan/greedy.ts';

export interface SolveOptions {
  timeLimitSeconds: number;
  /** Sorties carrying only the locked allocations: kept as they are, the rest is re-planned. */
  locked?: Sortie[];
}
export interface SolveOutput {
  sorties: Sortie[];
  /** How the plan was found: status, proven gap, seconds — stored with the plan. */
  solve: Record<string, unknown>;
}
export interface PlanSolver {
  solve(snapshot: PlanningSnapshot, options: SolveOptions): Promise<SolveOutput>;
  close(): Promise<void>;
}

// TEMPORARY until the MIP worker (server/matcher) lands: the greedy baseline, in-process.
export function createPlanSolver(): PlanSolver {
  return {
    async solve(snapshot, options) {
      const t0 = performance.now();
      const plan = greedyPlan(snapshot, options.locked);
      return { sorties: plan.sorties, solve: { status: 'greedy', gap: null, seconds: (performance.now() - t0) / 1000 } };
    },
    async close() {},
  };
}
