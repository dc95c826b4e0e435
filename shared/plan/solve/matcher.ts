import type { Highs } from 'highs';
import type { Sortie } from '../../schemas/domain.ts';
import { buildCandidates, type Candidates } from './candidates.ts';
import { perKmCost } from './flow.ts';
import { greedyFromCandidates } from './greedy.ts';
import { solverOptions, toHighsModel } from './highs-model.ts';
import { lpRounding } from './lp-rounding.ts';
import { MatchRun, now, peopleOnPlan } from './match-run.ts';
import { pruneDominatedSlots } from './dominance.ts';
import { mergeAreas } from './merge.ts';
import { buildModel } from './model.ts';
import { ModelSpace } from './model-space.ts';
import { objectiveWeights, type ObjectiveWeights } from './objective.ts';
import { priorityScore } from '../checks/score.ts';
import { expandSeatShares } from './seat-shares.ts';
import type { MatchPhase, ProgressListener } from '../progress.ts';
import type { PlanInput, PlanningSnapshot } from '../snapshot.ts';

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
  /** Called at each phase change and when the bound or the best plan improves (progress.ts). Synchronous, must not throw. */
  onProgress?: ProgressListener;
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
  /** The inversion post-pass on the returned plan: swaps made and people moved (inversions.ts). */
  postPass: { swaps: number; moved: number };
  warnings: string[];
  /** Seconds spent in each phase (profiling, bench). */
  phases: Partial<Record<MatchPhase, number>>;
}

/** Sortie columns above which match() does not follow LP rounding with branch and bound (bench L: 33k, M: 4k). */
export const LP_ROUNDING_ABOVE_INTEGERS = 15_000;

/**
 * Optimal plan for the snapshot: builds the time-expanded MIP (see model.ts), solves it with the
 * given HiGHS instance, decodes and validates it. Pure apart from the solver's wall clock and the
 * progress listener. Every plan on the way goes through MatchRun.offer (valid, ≥ greedy, inversion
 * post-pass, better objective), so the returned plan is the best such one, whatever stopped the run.
 */
export function match(highs: Highs, snapshot: PlanningSnapshot, options: MatchOptions): MatchResult {
  const share = expandSeatShares(snapshot);
  if (share.snapshot === snapshot) return matchExpanded(highs, snapshot, options);
  const result = matchExpanded(highs, share.snapshot, {
    ...options, lockedSorties: share.toExpanded(options.lockedSorties), fixedSorties: share.toExpanded(options.fixedSorties),
  });
  return { ...result, plan: share.restore(result.plan) };
}

function matchExpanded(highs: Highs, snapshot: PlanningSnapshot, options: MatchOptions): MatchResult {
  const t0 = now();
  const weights = options.weights ?? objectiveWeights(snapshot.scenario.policy);
  const run = new MatchRun(snapshot, weights, t0, options.onProgress);
  const c = buildCandidates(snapshot, options.lockedSorties, {
    fixedSorties: options.fixedSorties,
    notBeforeMs: options.notBefore === undefined ? undefined : Date.parse(options.notBefore),
  });
  run.enter('greedy');
  const greedy = greedyFromCandidates(c);
  run.enter('model');
  const tol = options.mipRelGap ?? 1e-4;
  // The model's candidates: areas of the same reach merged, departure slots that cannot matter dropped.
  const merged = mergeAreas(c, mergeLooseness(c, weights, tol, greedy));
  const merge = { ...merged, cm: pruneDominatedSlots(merged.cm) };
  const m = buildModel(merge.cm, weights);
  const space = new ModelSpace(c, merge, m);
  const { lp } = m;
  const size: ModelSize = {
    columns: lp.numCols, rows: lp.numRows, nonzeros: lp.numNonzeros,
    integers: lp.integrality.reduce((s, v) => s + v, 0),
  };
  run.enter('post-pass');
  run.start(space, greedy);
  let solveSeconds = 0;
  let method: MatchResult['method'] = 'mip';
  const finish = (status: MatchStatus): MatchResult => {
    run.enter('done');
    const gap = run.gap();
    const proven = gap !== null && gap <= tol;
    return {
      plan: run.best, status: status === 'empty' || status === 'infeasible' || proven ? (proven && status !== 'empty' ? 'optimal' : status) : status === 'optimal' ? 'time_limit' : status,
      gap: status === 'empty' ? 0 : gap, objective: run.objective, bestBound: run.bound, solveSeconds, model: size, method,
      postPass: run.postPass, warnings: run.warnings, phases: run.phases,
      score: priorityScore(snapshot, run.best, weights.priority), totalSeconds: run.elapsedSeconds(),
    };
  };
  if (lp.numCols === 0 || m.x.length === 0) return finish('empty');

  const strategy = options.strategy ?? 'auto';
  let status: MatchStatus = 'fallback';
  if (strategy !== 'mip') {
    method = 'lp-rounding';
    const solveStart = now();
    const lpDone = lpRounding(highs, run, space, { mipRelGap: tol, debugLog: options.debugLog, highsOptions: options.highsOptions },
      Math.max(0.2, options.timeLimitSeconds - run.elapsedSeconds()));
    solveSeconds += (now() - solveStart) / 1000;
    status = lpDone ? 'time_limit' : 'fallback';
    const gap = run.gap();
    // Branch and bound only when the rounding is not proven optimal, the model is small enough
    // for it, and there is time; it starts from the best plan so far.
    if (strategy === 'lp-rounding' || !lpDone || (gap !== null && gap <= tol)
      || size.integers > LP_ROUNDING_ABOVE_INTEGERS || options.timeLimitSeconds - run.elapsedSeconds() < 1) return finish(status);
    method = 'lp-rounding+mip';
  }
  const solveStart = now();
  status = branchAndBound(highs, run, space, options, tol) ?? status;
  solveSeconds += (now() - solveStart) / 1000;
  return finish(status);
}

/**
 * How loose merging may make the bound (person-km, merge.ts): at most half the gap tolerance of an
 * objective of at least greedy's people out at the lowest value a head, so a plan within the
 * tolerance of the exact LP bound is still within it of the merged one most of the time.
 */
function mergeLooseness(c: Candidates, weights: ObjectiveWeights, tol: number, greedy: PlanInput): number {
  const perKm = perKmCost(c, weights);
  return perKm > 0 ? (0.5 * tol * peopleOnPlan(greedy) * Math.min(...weights.priority)) / perKm : Infinity;
}

/** The full MIP from the best plan so far; offers its plan to `run`. Returns its status, undefined when it gave nothing. */
function branchAndBound(highs: Highs, run: MatchRun, space: ModelSpace, options: MatchOptions, tol: number): MatchStatus | undefined {
  run.enter('mip');
  const model = highs.createModel(toHighsModel(highs, space.m.lp, true));
  try {
    model.options.set(solverOptions(options.debugLog, {
      time_limit: Math.max(0.2, options.timeLimitSeconds - run.elapsedSeconds()),
      mip_rel_gap: tol,
      // HiGHS presolve costs more than it saves on these sparse models (1.5 s vs 0.2 s on a demo).
      presolve: options.presolve ?? 'off',
      ...options.highsOptions,
    }));
    if (options.greedyStart !== false) {
      const start = space.values(run.best);
      if (start) model.setSolution({ colValue: start });
      else run.warnings.push('The start plan could not seed the solver.');
    }
    const T = highs.constants.callbackType;
    model.run({
      [T.mipInterrupt]: (e) => {
        const bound = e.data.mip_dual_bound;
        if (bound !== undefined && Number.isFinite(bound)) run.setBound(bound);
        run.reportIfDue();
      },
      ...(options.debugLog === true ? { [T.logging]: (e: { message?: string }) => { globalThis.console.log((e.message ?? '').trimEnd()); } } : {}),
    });
    const code = model.getModelStatus();
    const S = highs.constants.modelStatus;
    if (code === S.infeasible) return 'infeasible';
    if (Number(model.info.get('primal_solution_status')) !== 2) {
      run.warnings.push(`The solver stopped (status ${code}) without a plan.`);
      return undefined;
    }
    const bound = Number(model.info.get('mip_dual_bound'));
    if (Number.isFinite(bound)) run.setBound(bound);
    const values = model.getSolution().colValue;
    run.enter('decode');
    run.offer(space.decode(values), 'solver\'s');
    return code === S.optimal ? 'optimal' : 'time_limit';
  } catch (err) {
    run.warnings.push(`The solver failed: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  } finally {
    model.dispose();
  }
}
