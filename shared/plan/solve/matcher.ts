import type { Highs, ModelData } from 'highs';
import type { Sortie } from '../../schemas/domain.ts';
import { buildCandidates, type Candidates } from './candidates.ts';
import { decodePlan } from './decode.ts';
import { greedyFromCandidates } from './greedy.ts';
import type { LpBuilder } from './lp-builder.ts';
import { buildModel, startFromPlan, type MatcherModel } from './model.ts';
import { objectiveWeights, type ObjectiveWeights } from './objective.ts';
import { fixInversions } from '../checks/inversions.ts';
import { planObjective, roundLpSolution } from './rounding.ts';
import { priorityScore } from '../checks/score.ts';
import type { PlanInput, PlanningSnapshot } from '../snapshot.ts';
import { validatePlan } from '../checks/validator.ts';

export type MatchStatus = 'optimal' | 'time_limit' | 'infeasible' | 'empty' | 'fallback';

export interface MatchOptions {
  timeLimitSeconds: number;
  /** Sorties of the current plan: their locked allocations are kept, everything else is re-planned. */
  lockedSorties?: readonly Sortie[];
  /** Sorties kept whole, exactly as they are — departed before `notBefore`, or confirmed by their
   *  partner. They count against their offer's sorties and turnaround, the airport's hourly slots
   *  and their areas' people; nobody is added to them, and their own rule breaks (an airport closed
   *  after they left) do not disqualify a plan. */
  fixedSorties?: readonly Sortie[];
  /** ISO instant: no new sortie departs before it (re-plan from now). */
  notBefore?: string;
  /** Relative MIP gap at which the solve counts as optimal (HiGHS mip_rel_gap). Default 1e-4. */
  mipRelGap?: number;
  /** Objective weights; default: from the scenario's planning policy (objective.ts). */
  weights?: ObjectiveWeights;
  /** Start the MIP from the greedy plan (default true): a valid incumbent from the first second. */
  greedyStart?: boolean;
  presolve?: 'on' | 'off' | 'choose';
  /** Extra HiGHS options (tuning experiments). */
  highsOptions?: Record<string, string | number | boolean>;
  /** mip: branch and bound from the greedy start; lp-rounding: LP relaxation (the bound), its sortie
   *  counts fixed where integral and re-solved / rounded and repaired (the plan), gap between them;
   *  auto (default): lp-rounding, then — when that is not proven optimal, the model has at most
   *  LP_ROUNDING_ABOVE_INTEGERS sortie columns and time is left — branch and bound from its plan. */
  strategy?: 'auto' | 'mip' | 'lp-rounding';
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
  /** How the plan was found: the MIP, or the rounded LP relaxation (bound = LP optimum). */
  method: 'mip' | 'lp-rounding' | 'lp-rounding+mip';
  /** The inversion post-pass: swaps made and people moved (inversions.ts). */
  postPass: { swaps: number; moved: number };
  warnings: string[];
}

const now = (): number => globalThis.performance.now();

/** Violations a plan adds: a fixed sortie's own (it flew before an airport closed) are history, not the matcher's. */
function newViolations(c: Candidates, plan: PlanInput) {
  return validatePlan(c.snapshot, plan).filter((v) => v.sortieId === undefined || !c.fixedIds.has(v.sortieId));
}

/** Sortie columns above which match() does not follow LP rounding with branch and bound (bench L: 33k, M: 4k). */
export const LP_ROUNDING_ABOVE_INTEGERS = 15_000;

const peopleOnPlan = (plan: PlanInput): number =>
  plan.sorties.reduce((n, s) => n + s.allocations.reduce((k, a) => k + a.passengers, 0), 0);

/** The rule every returned plan keeps: no fewer people out, and no lower priority-weighted score, than `other`. */
function atLeastAsGood(snapshot: PlanningSnapshot, plan: PlanInput, other: PlanInput, weights: ObjectiveWeights): boolean {
  return peopleOnPlan(plan) >= peopleOnPlan(other)
    && priorityScore(snapshot, plan, weights.priority) >= priorityScore(snapshot, other, weights.priority) - 1e-6;
}

function toHighsModel(highs: Highs, lp: LpBuilder, integer: boolean): ModelData {
  return {
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
    ...(integer ? { integrality: Int32Array.from(lp.integrality) } : {}),
  };
}

/**
 * The MIP restricted to the LP's neighbourhood: sortie columns integral in the LP are fixed there,
 * fractional ones may go to either neighbouring integer. Small after presolve; its solution is a
 * valid plan of the full model.
 */
function fixAndSolve(highs: Highs, m: MatcherModel, lpValues: Float64Array, options: MatchOptions, seconds: number): Float64Array | undefined {
  const data = toHighsModel(highs, m.lp, true);
  const lower = Float64Array.from(data.colLower);
  const upper = Float64Array.from(data.colUpper);
  for (const xv of m.x) {
    const v = lpValues[xv.col]!;
    const f = Math.floor(v + 1e-6);
    lower[xv.col] = f;
    upper[xv.col] = v - f < 1e-6 ? f : Math.min(f + 1, m.lp.colUpper[xv.col]!);
  }
  const model = highs.createModel({ ...data, colLower: lower, colUpper: upper });
  try {
    model.options.set({
      output_flag: options.debugLog === true,
      log_to_console: options.debugLog === true,
      time_limit: seconds,
      mip_rel_gap: 1e-5,
      presolve: 'on',
      random_seed: 1,
    });
    model.run();
    if (Number(model.info.get('primal_solution_status')) !== 2) return undefined;
    return model.getSolution().colValue;
  } catch {
    return undefined;
  } finally {
    model.dispose();
  }
}

/**
 * Large models: the LP relaxation gives a valid upper bound; its sortie counts rounded and
 * repaired give a valid plan (see rounding.ts); the better of that plan and the greedy one is
 * returned with its proven gap to the bound (null when the LP did not finish).
 */
function lpRounding(
  highs: Highs, c: Candidates, m: MatcherModel, greedy: PlanInput, options: MatchOptions, seconds: number,
  finish: (plan: PlanInput, status: MatchStatus, extra?: Partial<MatchResult>) => MatchResult, warnings: string[],
): MatchResult {
  const weights = m.weights;
  const solveStart = now();
  const model = highs.createModel(toHighsModel(highs, m.lp, false));
  let lpValues: Float64Array | undefined;
  let bound: number | null = null;
  try {
    model.options.set({
      output_flag: options.debugLog === true,
      log_to_console: options.debugLog === true,
      time_limit: seconds,
      presolve: 'on',
      random_seed: 1,
      ...options.highsOptions,
    });
    model.run();
    if (model.getModelStatus() === highs.constants.modelStatus.optimal) {
      lpValues = model.getSolution().colValue;
      // The LP optimum within HiGHS' tolerances; nudged up so the bound stays a bound.
      const lpObjective = model.getObjectiveValue();
      bound = lpObjective + 1e-7 * Math.max(1, Math.abs(lpObjective));
    } else warnings.push(`The LP relaxation did not finish (status ${model.getModelStatus()}); the greedy plan is returned without a bound.`);
  } catch (err) {
    warnings.push(`The solver failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    model.dispose();
  }
  let plan = greedy;
  let objective = planObjective(c, m, plan) ?? null;
  const consider = (candidate: PlanInput, what: string) => {
    const violations = newViolations(c, candidate);
    if (violations.length > 0) {
      warnings.push(`The ${what} plan broke ${violations.length} rule(s) (first: ${violations[0]!.message}); it is not used.`);
      return;
    }
    if (!atLeastAsGood(c.snapshot, candidate, greedy, weights)) return;
    const obj = planObjective(c, m, candidate);
    if (obj === undefined || (objective !== null && obj <= objective + 1e-9 && plan !== greedy)) return;
    plan = candidate;
    objective = obj;
  };
  if (lpValues) {
    consider(roundLpSolution(c, m, lpValues), 'rounded');
    // Reserve for decoding, repair and validation (≈ 3 s on XL).
    const left = seconds - (now() - solveStart) / 1000 - Math.max(0.5, 0.1 * seconds);
    const gapNow = objective !== null && bound !== null ? (bound - objective) / Math.abs(bound) : Infinity;
    if (left > 0.3 && gapNow > (options.mipRelGap ?? 1e-4)) {
      const fixedValues = fixAndSolve(highs, m, lpValues, options, Math.min(left, Math.max(1, 0.35 * seconds)));
      if (fixedValues) consider(roundLpSolution(c, m, fixedValues), 'fix-and-solve');
    }
  }
  const solveSeconds = (now() - solveStart) / 1000;
  const gap = bound !== null && objective !== null ? Math.max(0, (bound - objective) / Math.max(1e-9, Math.abs(bound))) : null;
  const status: MatchStatus = gap !== null && gap <= (options.mipRelGap ?? 1e-4) ? 'optimal' : lpValues ? 'time_limit' : 'fallback';
  return finish(plan, status, { solveSeconds, gap, objective, bestBound: bound, method: 'lp-rounding' });
}

/**
 * Optimal plan for the snapshot: builds the time-expanded MIP (see model.ts), solves it with the
 * given HiGHS instance, decodes and validates it. Pure apart from the solver's wall clock.
 */
export function match(highs: Highs, snapshot: PlanningSnapshot, options: MatchOptions): MatchResult {
  const t0 = now();
  const weights = options.weights ?? objectiveWeights(snapshot.scenario.policy);
  const c = buildCandidates(snapshot, options.lockedSorties, {
    fixedSorties: options.fixedSorties,
    notBeforeMs: options.notBefore === undefined ? undefined : Date.parse(options.notBefore),
  });
  const greedy = greedyFromCandidates(c);
  const m = buildModel(c, weights);
  const { lp } = m;
  const size: ModelSize = {
    columns: lp.numCols, rows: lp.numRows, nonzeros: lp.numNonzeros,
    integers: lp.integrality.reduce((s, v) => s + v, 0),
  };
  const warnings: string[] = [];
  // Every returned plan goes through the inversion post-pass. Status, objective and gap are the
  // solver's plan's, before it: the model pools an airport's waiting people without their
  // priority, so it cannot value who of them boards first — the post-pass decides that exactly,
  // re-seating people between seats they could all take, never changing how many are out.
  const finish = (solved: PlanInput, status: MatchStatus, extra: Partial<MatchResult> = {}): MatchResult => {
    const post = fixInversions(snapshot, solved, c.fixedIds);
    const plan = post.swaps > 0 ? post.plan : solved;
    if (post.remaining > 0) warnings.push(`${post.remaining} sortie(s) still carry a fixable priority inversion after ${post.swaps} swaps.`);
    return {
      gap: null, objective: null, bestBound: null, solveSeconds: 0, model: size, method: 'mip', warnings, ...extra,
      plan, status, postPass: { swaps: post.swaps, moved: post.moved },
      score: priorityScore(snapshot, plan, weights.priority), totalSeconds: (now() - t0) / 1000,
    };
  };
  if (lp.numCols === 0 || m.x.length === 0) return finish(greedy, 'empty', { gap: 0 });

  const elapsedAtBuild = (now() - t0) / 1000;
  const strategy = options.strategy ?? 'auto';
  let first: MatchResult | undefined;
  if (strategy !== 'mip') {
    first = lpRounding(highs, c, m, greedy, options, Math.max(0.2, options.timeLimitSeconds - elapsedAtBuild), (plan, status, extra) => finish(plan, status, extra), warnings);
    const left = options.timeLimitSeconds - (now() - t0) / 1000;
    // Branch and bound only when the rounding is not proven optimal, the model is small enough
    // for it, and there is time; it starts from the better plan.
    if (strategy === 'lp-rounding' || first.status === 'optimal' || first.status === 'fallback'
      || size.integers > LP_ROUNDING_ABOVE_INTEGERS || left < 1) return first;
  }
  const startPlan = first?.plan ?? greedy;
  const model = highs.createModel(toHighsModel(highs, lp, true));
  let values: Float64Array | undefined;
  let status: MatchStatus = 'fallback';
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
      const start = startFromPlan(c, m, startPlan);
      if (start) model.setSolution({ colValue: start });
      else warnings.push('The start plan could not seed the solver.');
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
      bestBound = Number(model.info.get('mip_dual_bound'));
    } else warnings.push(`The solver stopped (status ${code}) without a plan.`);
  } catch (err) {
    warnings.push(`The solver failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    model.dispose();
  }
  const solveSeconds = (now() - solveStart) / 1000 + (first?.solveSeconds ?? 0);
  const boundOf = (mip: number | null) => (first?.bestBound != null && mip !== null ? Math.min(first.bestBound, mip) : first?.bestBound ?? mip);
  const result = (plan: PlanInput, st: MatchStatus, mipBound: number | null): MatchResult => {
    const bound = boundOf(mipBound);
    const obj = planObjective(c, m, plan) ?? null;
    const g = bound !== null && obj !== null ? Math.max(0, (bound - obj) / Math.max(1e-9, Math.abs(bound))) : null;
    const proven = g !== null && g <= (options.mipRelGap ?? 1e-4);
    return finish(plan, proven ? 'optimal' : st === 'optimal' ? 'time_limit' : st, {
      solveSeconds, gap: g, objective: obj, bestBound: bound, method: first ? 'lp-rounding+mip' : 'mip',
    });
  };
  if (!values) {
    if (first) return { ...first, solveSeconds, totalSeconds: (now() - t0) / 1000 };
    return finish(greedy, status === 'infeasible' ? 'infeasible' : 'fallback', { solveSeconds });
  }
  const plan = decodePlan(c, m, values);
  const violations = newViolations(c, plan);
  if (violations.length > 0) {
    warnings.push(`The solver's plan broke ${violations.length} rule(s) (first: ${violations[0]!.message}); the best other plan is returned instead.`);
    return result(startPlan, first ? first.status : 'fallback', bestBound);
  }
  if (!atLeastAsGood(snapshot, plan, startPlan, weights)) {
    if (!first) warnings.push('The greedy plan moves more people than the solver\'s best plan within the time limit; it is returned instead.');
    return result(startPlan, status, bestBound);
  }
  return result(plan, status, bestBound);
}
