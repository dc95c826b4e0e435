import type { Highs, Model } from 'highs';
import { diveBlocks, type DiveBlock } from './dive.ts';
import { blockModel, splitBlocks } from './components.ts';
import { solverOptions } from './highs-model.ts';
import { now, type MatchRun } from './match-run.ts';
import type { MatcherModel } from './model.ts';
import type { ModelSpace } from './model-space.ts';
import { roundLpSolution } from './rounding.ts';

export interface RoundingOptions {
  mipRelGap: number;
  debugLog?: boolean;
  highsOptions?: Record<string, string | number | boolean>;
}

/** One independent block of the model (components.ts) and its HiGHS LP. */
type BlockLp = DiveBlock;

/**
 * Large models: the LP relaxation gives a valid upper bound; its sortie counts rounded and repaired
 * (rounding.ts), then the passenger flow re-solved exactly for those sorties (warm, in the same
 * model: with the sortie counts fixed it is a network flow, so its solution is integral) give a
 * valid plan. When that is not within the gap, an LP dive (dive.ts) tries for a better one, and
 * when that is not within the gap either and time is left, a MIP restricted to the LP's
 * neighbourhood (fixAndSolve). Each independent block of the model (a
 * theatre no offer links to another) is solved on its own. Every plan goes to run.offer(), which
 * keeps the best; returns whether the LP finished (the bound is then run.bound).
 */
export function lpRounding(highs: Highs, run: MatchRun, space: ModelSpace, options: RoundingOptions, seconds: number): boolean {
  const { m } = space;
  const start = now();
  const left = () => seconds - (now() - start) / 1000;
  run.enter('lp');
  const { lp } = m;
  const local = new Int32Array(lp.numCols);
  const lps: BlockLp[] = [];
  try {
    const lpValues = new Float64Array(lp.numCols);
    let lpObjective = 0;
    let unsolved = 0;
    // Smallest first: when time runs short, as many parts as possible are solved.
    for (const block of splitBlocks(lp).reverse()) {
      const model = highs.createModel(blockModel(highs, lp, block, false, local));
      let sortieCols = 0;
      while (sortieCols < block.cols.length && block.cols[sortieCols]! < m.x.length) sortieCols++;
      const b: BlockLp = { block, model, sortieCols, solved: false };
      lps.push(b);
      // Serial dual simplex: HiGHS' default choice costs 6× the CPU for the same iterations on these
      // models in WebAssembly (bench M: 1.83 s → 0.29 s CPU for the LP). No scaling: the matrix is
      // seats and ones already, and unscaled the dual simplex needs fewer iterations and less work
      // per iteration (bench L Korea block 6.1 → 4.4 s, Taiwan 1.8 → 1.3 s CPU, same optimum). No presolve:
      // with one chain row per arrival (flow-chain.ts) it finds little to remove and cost more than it
      // saved (bench L: 5.4 → 3.7 s CPU for the LP).
      model.options.set(solverOptions(options.debugLog, { presolve: 'off', simplex_strategy: 1, simplex_scale_strategy: 0, ...options.highsOptions }));
      limitFromNow(model, left());
      // No simplex callback: called per iteration across the WebAssembly boundary it cost more than the LP itself.
      model.run();
      if (model.getModelStatus() !== highs.constants.modelStatus.optimal) { unsolved++; continue; }
      b.solved = true;
      const v = model.getSolution().colValue;
      for (let i = 0; i < block.cols.length; i++) lpValues[block.cols[i]!] = v[i]!;
      lpObjective += model.getObjectiveValue();
    }
    if (unsolved === lps.length) {
      run.warnings.push('The LP relaxation did not finish in time; the greedy plan is returned without a bound.');
      return false;
    }
    // Anytime: a block whose LP did not finish gets no sorties from it — the repair in
    // roundLpSolution flies its sorties earliest first, as greedy would — and there is no bound.
    if (unsolved > 0) run.warnings.push(`The LP relaxation of ${unsolved} of ${lps.length} independent parts did not finish in time; they are planned by the repair heuristic and the plan has no bound.`);
    // The LP optimum within HiGHS' tolerances; nudged up so the bound stays a bound.
    else run.setBound(lpObjective + 1e-7 * Math.max(1, Math.abs(lpObjective)));
    run.enter('rounding');
    const rounded = roundLpSolution(space.cm, m, lpValues);
    run.offer(space.decode(solveFlow(highs, lps, rounded, Math.max(0.2, left()))), 'rounded');
    // Not yet within the gap: an LP dive (dive.ts), repaired and its flow re-solved like the rounding.
    if (unsolved === 0 && (run.gap() ?? Infinity) > options.mipRelGap) {
      const dived = diveBlocks(highs, lp, lps, lpValues, Math.max(0.2, 0.25 * left()));
      if (dived) run.offer(space.decode(solveFlow(highs, lps, roundLpSolution(space.cm, m, dived), Math.max(0.2, left()))), 'dived');
    }
    // Reserve for decoding, repair and validation (≈ 3 s on XL).
    const budget = left() - Math.max(0.5, 0.1 * seconds);
    if (unsolved === 0 && budget > 0.3 && (run.gap() ?? Infinity) > options.mipRelGap) {
      run.enter('mip');
      const fixed = fixAndSolve(highs, run, m, lps, lpValues, Math.min(budget, Math.max(1, 0.35 * seconds)));
      if (fixed) run.offer(space.decode(fixed), 'fix-and-solve');
    }
    return true;
  } catch (err) {
    run.warnings.push(`The solver failed: ${err instanceof Error ? err.message : String(err)}`);
    return run.bound !== null;
  } finally {
    for (const b of lps) b.model.dispose();
  }
}

/**
 * The rounded sortie counts with the passenger columns of each solved block re-solved exactly for
 * them (warm, in the block's LP); a block that was not solved, or whose re-solve does not finish,
 * keeps the rounded values (decodePlan tops up free seats from them).
 */
function solveFlow(highs: Highs, lps: BlockLp[], values: Float64Array, seconds: number): Float64Array {
  const start = now();
  const out = Float64Array.from(values);
  for (const { block, model, sortieCols, solved } of lps) {
    if (!solved) continue;
    // The sortie columns are the model's first columns (model.ts adds them first), so each block's too.
    if (sortieCols > 0) {
      const counts = Float64Array.from(block.cols.subarray(0, sortieCols), (g) => values[g]!);
      model.changeColsBounds({ kind: 'range', from: 0, to: sortieCols - 1 }, counts, counts);
    }
    limitFromNow(model, seconds - (now() - start) / 1000);
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) continue;
    const v = model.getSolution().colValue;
    for (let i = 0; i < block.cols.length; i++) out[block.cols[i]!] = v[i]!;
  }
  return out;
}

/**
 * The MIP restricted to the LP's neighbourhood: sortie columns integral in the LP are fixed there,
 * fractional ones may go to either neighbouring integer. Small after presolve; its solution is a
 * valid plan of the full model. Block by block, each with a share of the time by its size (what one
 * leaves over goes to the next); a block without a solution in its time gives no plan at all (the
 * rounded one stays the best).
 */
function fixAndSolve(highs: Highs, run: MatchRun, m: MatcherModel, lps: BlockLp[], lpValues: Float64Array, seconds: number): Float64Array | undefined {
  const start = now();
  const { lp } = m;
  const local = new Int32Array(lp.numCols);
  const out = new Float64Array(lp.numCols);
  const total = lps.reduce((s, b) => s + b.block.cols.length, 0);
  let before = 0;
  for (const { block, sortieCols } of lps) {
    const data = blockModel(highs, lp, block, true, local);
    const lower = Float64Array.from(data.colLower);
    const upper = Float64Array.from(data.colUpper);
    for (let i = 0; i < sortieCols; i++) {
      const g = block.cols[i]!;
      const v = lpValues[g]!;
      const f = Math.floor(v + 1e-6);
      lower[i] = f;
      upper[i] = v - f < 1e-6 ? f : Math.min(f + 1, lp.colUpper[g]!);
    }
    before += block.cols.length;
    // Time up to the end of this block's share (what an earlier block left over carries on).
    const until = seconds * (before / total) - (now() - start) / 1000;
    const model = highs.createModel({ ...data, colLower: lower, colUpper: upper });
    try {
      model.options.set(solverOptions(false, { time_limit: Math.max(0.1, until), mip_rel_gap: 1e-5, presolve: 'on', ...NO_PRIMAL_HEURISTICS }));
      // No callback: crossing into JavaScript at every interrupt check cost more than the search.
      model.run();
      run.reportIfDue();
      if (Number(model.info.get('primal_solution_status')) !== 2) return undefined;
      const v = model.getSolution().colValue;
      for (let i = 0; i < block.cols.length; i++) out[block.cols[i]!] = v[i]!;
    } catch {
      return undefined;
    } finally {
      model.dispose();
    }
  }
  return out;
}

/**
 * The neighbourhood MIP has few free integers and starts from an LP that is nearly integral: its
 * branching finds the plan, and HiGHS' primal heuristics only cost time there (bench M: 0.86 →
 * 0.38 s CPU for the same plan).
 */
const NO_PRIMAL_HEURISTICS = {
  mip_heuristic_run_feasibility_jump: false, mip_heuristic_run_rins: false, mip_heuristic_run_rens: false,
  mip_heuristic_run_root_reduced_cost: false, mip_heuristic_run_zi_round: false, mip_heuristic_run_shifting: false,
};

/** HiGHS' time limit counts a model's run time over all its runs: this sets a limit `seconds` from now. */
function limitFromNow(model: Model, seconds: number): void {
  model.options.set({ time_limit: model.getRunTime() + Math.max(0.05, seconds) });
}
