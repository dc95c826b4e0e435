import type { Highs } from 'highs';
import type { Sortie } from '../schemas/domain.ts';
import { buildCandidates } from './candidates.ts';
import { decodePlan } from './decode.ts';
import { greedyFromCandidates } from './greedy.ts';
import { DEFAULT_WEIGHTS, buildModel, startFromPlan, type ObjectiveWeights } from './model.ts';
import { priorityScore } from './score.ts';
import type { PlanInput, PlanningSnapshot } from './snapshot.ts';
import { validatePlan } from './validator.ts';

export type MatchStatus = 'optimal' | 'time_limit' | 'infeasible' | 'empty' | 'fallback';

export interface MatchOptions {
  timeLimitSeconds: number;
  /** Sorties of the current plan: their locked allocations are kept, everything else is re-planned. */
  lockedSorties?: readonly Sortie[];
  /** Relative MIP gap at which the solve counts as optimal (HiGHS mip_rel_gap). Default 1e-4. */
  mipRelGap?: number;
  weights?: ObjectiveWeights;
  /** Start the MIP from the greedy plan (default true): a valid incumbent from the first second. */
  greedyStart?: boolean;
  presolve?: 'on' | 'off' | 'choose';
  /** Extra HiGHS options (tuning experiments). */
  highsOptions?: Record<string, string | number | boolean>;
  /** Print the HiGHS log (benchmarks, debugging). */
  debugLog?: boolean;
}

export interface ModelSize { columns: number; integers: number; rows: number; nonzeros: number }

export interface MatchResult {
  plan: PlanInput;
  /** optimal: proven within mipRelGap; time_limit: best plan found, see gap; empty: nothing to plan;
   *  fallback: the solver gave no usable plan, the greedy plan is returned (see warnings). */
  status: MatchStatus;
  /** Proven relative gap between the plan and the best bound (0 when optimal), null when unknown. */
  gap: number | null;
  objective: number | null;
  bestBound: number | null;
  /** Σ priority weight × people out of the returned plan. */
  score: number;
  solveSeconds: number;
  totalSeconds: number;
  model: ModelSize;
  warnings: string[];
}

const now = (): number => globalThis.performance.now();

/**
 * Optimal plan for the snapshot: builds the time-expanded MIP (see model.ts), solves it with the
 * given HiGHS instance, decodes and validates it. Pure apart from the solver's wall clock.
 */
export function match(highs: Highs, snapshot: PlanningSnapshot, options: MatchOptions): MatchResult {
  const t0 = now();
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const c = buildCandidates(snapshot, options.lockedSorties);
  const greedy = greedyFromCandidates(c);
  const m = buildModel(c, weights);
  const { lp } = m;
  const size: ModelSize = {
    columns: lp.numCols, rows: lp.numRows, nonzeros: lp.numNonzeros,
    integers: lp.integrality.reduce((s, v) => s + v, 0),
  };
  const warnings: string[] = [];
  const finish = (plan: PlanInput, status: MatchStatus, extra: Partial<MatchResult> = {}): MatchResult => ({
    plan, status, gap: null, objective: null, bestBound: null, solveSeconds: 0,
    score: priorityScore(snapshot, plan, weights.priority), totalSeconds: (now() - t0) / 1000,
    model: size, warnings, ...extra,
  });
  if (lp.numCols === 0 || m.x.length === 0) return finish(greedy, 'empty', { gap: 0 });

  const model = highs.createModel({
    numCols: lp.numCols,
    numRows: lp.numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(lp.colCost),
    colLower: Float64Array.from(lp.colLower),
    colUpper: Float64Array.from(lp.colUpper, (v) => (v === Infinity ? highs.infinity : v)),
    rowLower: Float64Array.from(lp.rowLower, (v) => (v === -Infinity ? -highs.infinity : v)),
    rowUpper: Float64Array.from(lp.rowUpper, (v) => (v === Infinity ? highs.infinity : v)),
    matrix: {
      format: 'csr', numRows: lp.numRows, numCols: lp.numCols,
      starts: Int32Array.from(lp.starts), indices: Int32Array.from(lp.indices), values: Float64Array.from(lp.values),
    },
    integrality: Int32Array.from(lp.integrality),
  });
  let values: Float64Array | undefined;
  let status: MatchStatus = 'fallback';
  let gap: number | null = null;
  let objective: number | null = null;
  let bestBound: number | null = null;
  const solveStart = now();
  try {
    const elapsed = (now() - t0) / 1000;
    model.options.set({
      output_flag: options.debugLog === true,
      log_to_console: options.debugLog === true,
      time_limit: Math.max(0.2, options.timeLimitSeconds - elapsed),
      mip_rel_gap: options.mipRelGap ?? 1e-4,
      random_seed: 1,
      // HiGHS presolve costs more than it saves on these sparse models (1.5 s vs 0.2 s on a demo).
      presolve: options.presolve ?? 'off',
      ...options.highsOptions,
    });
    if (options.greedyStart !== false) {
      const start = startFromPlan(c, m, greedy);
      if (start) model.setSolution({ colValue: start });
      else warnings.push('The greedy plan could not seed the solver.');
    }
    model.run(options.debugLog === true
      ? { [highs.constants.callbackType.logging]: (e: { message?: string }) => { globalThis.console.log((e.message ?? '').trimEnd()); } }
      : undefined);
    const code = model.getModelStatus();
    const S = highs.constants.modelStatus;
    const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
    if (code === S.infeasible) status = 'infeasible';
    else if (hasSolution) {
      values = model.getSolution().colValue;
      status = code === S.optimal ? 'optimal' : 'time_limit';
      objective = model.getObjectiveValue();
      bestBound = Number(model.info.get('mip_dual_bound'));
      gap = code === S.optimal ? Math.min(Number(model.info.get('mip_gap')), options.mipRelGap ?? 1e-4) : Number(model.info.get('mip_gap'));
    } else warnings.push(`The solver stopped (status ${code}) without a plan.`);
  } catch (err) {
    warnings.push(`The solver failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    model.dispose();
  }
  const solveSeconds = (now() - solveStart) / 1000;
  if (!values) return finish(greedy, status === 'infeasible' ? 'infeasible' : 'fallback', { solveSeconds });

  const plan = decodePlan(c, m, values);
  const violations = validatePlan(snapshot, plan);
  if (violations.length > 0) {
    warnings.push(`The solver's plan broke ${violations.length} rule(s) (first: ${violations[0]!.message}); the greedy plan is returned instead.`);
    return finish(greedy, 'fallback', { solveSeconds });
  }
  if (priorityScore(snapshot, plan, weights.priority) < priorityScore(snapshot, greedy, weights.priority) - 1e-6) {
    warnings.push('The greedy plan moves more people than the solver\'s best plan within the time limit; it is returned instead.');
    return finish(greedy, status, { solveSeconds, gap, objective, bestBound });
  }
  return finish(plan, status, { solveSeconds, gap, objective, bestBound });
}
