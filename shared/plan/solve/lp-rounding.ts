import type { Highs, Model } from 'highs';
import type { Candidates } from './candidates.ts';
import { decodePlan } from './decode.ts';
import { solverOptions, toHighsModel } from './highs-model.ts';
import { now, type MatchRun } from './match-run.ts';
import type { MatcherModel } from './model.ts';
import { roundLpSolution } from './rounding.ts';

export interface RoundingOptions {
  mipRelGap: number;
  debugLog?: boolean;
  highsOptions?: Record<string, string | number | boolean>;
}

/**
 * Large models: the LP relaxation gives a valid upper bound; its sortie counts rounded and repaired
 * (rounding.ts), then the passenger flow re-solved exactly for those sorties (warm, in the same
 * model: with the sortie counts fixed it is a network flow, so its solution is integral) give a
 * valid plan. When that is not within the gap and time is left, a MIP restricted to the LP's
 * neighbourhood (fixAndSolve) tries for a better one. Every plan goes to run.offer(), which keeps
 * the best; returns whether the LP finished (the bound is then run.bound).
 */
export function lpRounding(highs: Highs, run: MatchRun, c: Candidates, m: MatcherModel, options: RoundingOptions, seconds: number): boolean {
  const start = now();
  const left = () => seconds - (now() - start) / 1000;
  run.enter('lp');
  const model = highs.createModel(toHighsModel(highs, m.lp, false));
  try {
    // Serial dual simplex: HiGHS' default choice costs 6× the CPU for the same iterations on these
    // models in WebAssembly (bench M: 1.83 s → 0.29 s CPU for the LP).
    model.options.set(solverOptions(options.debugLog, { time_limit: seconds, presolve: 'on', simplex_strategy: 1, ...options.highsOptions }));
    // No simplex callback: called per iteration across the WebAssembly boundary it cost more than the LP itself.
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) {
      run.warnings.push(`The LP relaxation did not finish (status ${model.getModelStatus()}); the greedy plan is returned without a bound.`);
      return false;
    }
    const lpValues = model.getSolution().colValue;
    // The LP optimum within HiGHS' tolerances; nudged up so the bound stays a bound.
    const lpObjective = model.getObjectiveValue();
    run.setBound(lpObjective + 1e-7 * Math.max(1, Math.abs(lpObjective)));
    run.enter('rounding');
    const rounded = roundLpSolution(c, m, lpValues);
    run.offer(decodePlan(c, m, solveFlow(highs, model, m, rounded, Math.max(0.2, left())) ?? rounded), 'rounded');
    // Reserve for decoding, repair and validation (≈ 3 s on XL).
    const budget = left() - Math.max(0.5, 0.1 * seconds);
    if (budget > 0.3 && (run.gap() ?? Infinity) > options.mipRelGap) {
      run.enter('mip');
      const fixed = fixAndSolve(highs, run, m, lpValues, options, Math.min(budget, Math.max(1, 0.35 * seconds)));
      if (fixed) run.offer(decodePlan(c, m, fixed), 'fix-and-solve');
    }
    return true;
  } catch (err) {
    run.warnings.push(`The solver failed: ${err instanceof Error ? err.message : String(err)}`);
    return run.bound !== null;
  } finally {
    model.dispose();
  }
}

/** Re-solves the passenger columns of the (solved) LP `model` with the sortie counts fixed at `values`. */
function solveFlow(highs: Highs, model: Model, m: MatcherModel, values: Float64Array, seconds: number): Float64Array | undefined {
  if (m.x.length === 0) return undefined;
  // The sortie columns are the model's first columns (model.ts adds them first).
  const counts = Float64Array.from(m.x, (xv) => values[xv.col]!);
  model.changeColsBounds({ kind: 'range', from: 0, to: m.x.length - 1 }, counts, counts);
  model.options.set({ time_limit: seconds });
  model.run();
  if (model.getModelStatus() !== highs.constants.modelStatus.optimal) return undefined;
  return model.getSolution().colValue;
}

/**
 * The MIP restricted to the LP's neighbourhood: sortie columns integral in the LP are fixed there,
 * fractional ones may go to either neighbouring integer. Small after presolve; its solution is a
 * valid plan of the full model.
 */
function fixAndSolve(highs: Highs, run: MatchRun, m: MatcherModel, lpValues: Float64Array, options: RoundingOptions, seconds: number): Float64Array | undefined {
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
    model.options.set(solverOptions(options.debugLog, { time_limit: seconds, mip_rel_gap: 1e-5, presolve: 'on' }));
    model.run({ [highs.constants.callbackType.mipInterrupt]: () => { run.reportIfDue(); } });
    if (Number(model.info.get('primal_solution_status')) !== 2) return undefined;
    return model.getSolution().colValue;
  } catch {
    return undefined;
  } finally {
    model.dispose();
  }
}
