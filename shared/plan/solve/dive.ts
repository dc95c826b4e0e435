import type { Highs, Model } from 'highs';
import type { Block } from './components.ts';
import type { LpBuilder } from './lp-builder.ts';
import { now } from './match-run.ts';

/** A solved block LP (lp-rounding.ts): its first `sortieCols` columns are its sortie columns. */
export interface DiveBlock { block: Block; model: Model; sortieCols: number; solved: boolean }

/** A column this close to an integer is rounded to it in a round (together with all such). */
const NEAR = 0.05;

/**
 * LP diving: sortie counts integral in the LP are fixed, those within NEAR of an integer rounded
 * to it, and the LP re-solved (warm: a few dual simplex iterations); when none is near, the one
 * nearest goes whichever way the LP prefers. Until every count is integral — then the last LP's
 * passenger flow is exact for them (a network flow), so the values are a plan. One-shot rounding
 * (rounding.ts) decides every count from the first LP; the dive lets the LP re-balance after each
 * decision. Bench M: rounded 1.45e-4 → dived 0.90e-4 of the bound, so the neighbourhood MIP
 * (≈ 0.3–0.9 s there) is not needed; hard seed 1: 4.9e-3 → 4.6e-5. Rounding down cannot make
 * the LP infeasible (fewer seats, people wait); a round whose rounding up does is redone rounded
 * down. Returns undefined when an LP fails; the counts may still be fractional when time ran out.
 */
export function diveBlocks(highs: Highs, lp: LpBuilder, lps: DiveBlock[], lpValues: Float64Array, seconds: number): Float64Array | undefined {
  const start = now();
  const out = Float64Array.from(lpValues);
  const optimal = highs.constants.modelStatus.optimal;
  for (const { block, model, sortieCols, solved } of lps) {
    if (!solved || sortieCols === 0) continue;
    const lower = Float64Array.from(block.cols.subarray(0, sortieCols), (g) => lp.colLower[g]!);
    const upper = Float64Array.from(block.cols.subarray(0, sortieCols), (g) => lp.colUpper[g]!);
    let v: ArrayLike<number> = Float64Array.from(block.cols, (g) => lpValues[g]!);
    for (;;) {
      const frac: number[] = [];
      for (let i = 0; i < sortieCols; i++) {
        const f = v[i]! - Math.floor(v[i]! + 1e-6);
        if (f > 1e-6) frac.push(i);
        else lower[i] = upper[i] = Math.round(v[i]!);
      }
      if (frac.length === 0) break;
      let near = frac.filter((i) => { const f = v[i]! % 1; return f < NEAR || f > 1 - NEAR; });
      if (near.length === 0) near = [frac.reduce((b, i) => (Math.abs((v[i]! % 1) - 0.5) > Math.abs((v[b]! % 1) - 0.5) ? i : b))];
      const left = seconds - (now() - start) / 1000;
      // Out of time: the counts still fractional are left to the rounding and its repair (rounding.ts).
      if (left <= 0) break;
      if (near.length === 1) {
        const i = near[0]!;
        const f = Math.floor(v[i]!);
        lower[i] = upper[i] = f + 1;
        const up = solveWith(model, sortieCols, lower, upper, left, optimal) ? model.getObjectiveValue() : -Infinity;
        lower[i] = upper[i] = f;
        if (!solveWith(model, sortieCols, lower, upper, seconds - (now() - start) / 1000, optimal)) return undefined;
        if (up > model.getObjectiveValue()) {
          lower[i] = upper[i] = f + 1;
          if (!solveWith(model, sortieCols, lower, upper, seconds - (now() - start) / 1000, optimal)) return undefined;
        }
        v = model.getSolution().colValue;
        continue;
      }
      const ups: number[] = [];
      for (const i of near) {
        const f = Math.floor(v[i]!);
        const up = v[i]! - f >= 0.5;
        lower[i] = upper[i] = up ? f + 1 : f;
        if (up) ups.push(i);
      }
      if (!solveWith(model, sortieCols, lower, upper, left, optimal)) {
        if (ups.length === 0) return undefined;
        for (const i of ups) lower[i] = upper[i] = lower[i]! - 1;
        if (!solveWith(model, sortieCols, lower, upper, seconds - (now() - start) / 1000, optimal)) return undefined;
      }
      v = model.getSolution().colValue;
    }
    for (let i = 0; i < block.cols.length; i++) out[block.cols[i]!] = v[i]!;
  }
  return out;
}

function solveWith(model: Model, n: number, lower: Float64Array, upper: Float64Array, seconds: number, optimal: number): boolean {
  if (seconds <= 0) return false;
  model.changeColsBounds({ kind: 'range', from: 0, to: n - 1 }, lower, upper);
  model.options.set({ time_limit: model.getRunTime() + Math.max(0.05, seconds) });
  model.run();
  return model.getModelStatus() === optimal;
}
