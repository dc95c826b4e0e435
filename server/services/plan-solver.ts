import type { Sortie } from '../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import type { ProgressListener } from '../../shared/plan/progress.ts';
import { closeMatcher, runMatcher } from '../matcher/run-matcher.ts';

export interface SolveOptions {
  timeLimitSeconds: number;
  /** Sorties carrying only the locked allocations: kept as they are, the rest is re-planned. */
  locked?: Sortie[];
  /** Re-plan from an instant: sorties kept whole (departed before it, or confirmed), and no new departure before it. */
  fixed?: Sortie[];
  notBefore?: string;
  /** Progress reports of the run (server/jobs stores and streams them). */
  onProgress?: ProgressListener;
  /** Aborting stops the run within a second (its worker thread is terminated). */
  signal?: AbortSignal;
}
export interface SolveOutput {
  sorties: Sortie[];
  /** How the plan was found (status, proven gap, seconds, model size, warnings): stored with the plan. */
  solve: Record<string, unknown>;
}
export interface PlanSolver {
  solve(snapshot: PlanningSnapshot, options: SolveOptions): Promise<SolveOutput>;
  /** Starts the worker and loads HiGHS now, so the first plan a planner asks for does not wait for it. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The MIP matcher in its worker thread (server/matcher), as the routes use it. A run that fails or overruns
 * rejects with a MatcherError (504/422/503 with its code), which the error handler answers as it is.
 * `graceSeconds`: how long past its time limit a run may take before it is stopped (tests set it small).
 */
export function createPlanSolver(opts: { graceSeconds?: number } = {}): PlanSolver {
  return {
    async solve(snapshot, options) {
      const r = await runMatcher(snapshot, {
        timeLimitSeconds: options.timeLimitSeconds, lockedSorties: options.locked ?? [],
        fixedSorties: options.fixed ?? [], ...(options.notBefore ? { notBefore: options.notBefore } : {}),
        graceSeconds: opts.graceSeconds,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.signal ? { signal: options.signal } : {}),
      });
      return {
        sorties: r.plan.sorties,
        solve: {
          status: r.status, gap: r.gap, objective: r.objective, bestBound: r.bestBound, score: r.score,
          solveSeconds: r.solveSeconds, seconds: r.totalSeconds, model: r.model, warnings: r.warnings,
          timeLimitSeconds: options.timeLimitSeconds,
        },
      };
    },
    async warm() {
      const scenario: PlanningSnapshot['scenario'] = {
        id: 'warm-up', name: 'warm-up', description: '', countries: ['JP'], startsAt: new Date().toISOString(), horizonHours: 1,
        ground: { roadFactor: 1.3, groundSpeedKmh: 50, maxGroundKm: 400, processingHours: 2 },
        airportStatus: {}, accessRules: [], hazardZones: [], version: 1,
      };
      await runMatcher({ scenario, areas: [], airports: [], offers: [], partners: [] }, { timeLimitSeconds: 1 });
    },
    close: () => closeMatcher(),
  };
}
