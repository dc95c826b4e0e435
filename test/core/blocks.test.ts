import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Highs } from 'highs';
import { loadDemoData } from '../../server/seed/load-files.ts';
import { SIZES, generateScenario } from '../../bench/scenario-generator.ts';
import { buildCandidates } from '../../shared/plan/solve/candidates.ts';
import { blockModel, splitBlocks } from '../../shared/plan/solve/components.ts';
import { greedyPlan } from '../../shared/plan/solve/greedy.ts';
import { solverOptions, toHighsModel } from '../../shared/plan/solve/highs-model.ts';
import { LpBuilder } from '../../shared/plan/solve/lp-builder.ts';
import { match } from '../../shared/plan/solve/matcher.ts';
import { buildModel } from '../../shared/plan/solve/model.ts';
import { countInversions } from '../../shared/plan/checks/inversions.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { peopleOut } from './fixtures.ts';

let highs: Highs;
beforeAll(async () => { highs = await loadHighs(); });

/** A chain x0 + x1 ≤ 1, x1 + x2 ≤ 1, … of n columns, from column `first`. */
function chain(lp: LpBuilder, n: number): number[] {
  const cols = Array.from({ length: n }, () => lp.addCol(1, 0, 1, false));
  for (let i = 0; i + 1 < n; i++) lp.addRow(-Infinity, 1, [cols[i]!, cols[i + 1]!], [1, 1]);
  return cols;
}

describe('independent blocks of the matcher model', () => {
  it('splits a model into the blocks that share no row, and packs the tiny ones together', () => {
    const lp = new LpBuilder();
    const a = chain(lp, 2500);
    const tiny = Array.from({ length: 50 }, () => chain(lp, 3));
    const b = chain(lp, 3000);
    const blocks = splitBlocks(lp);
    expect(blocks.map((x) => x.cols.length)).toEqual([3000, 2500, 150]);
    expect([...blocks[0]!.cols]).toEqual(b);
    expect([...blocks[1]!.cols]).toEqual(a);
    expect([...blocks[2]!.cols]).toEqual(tiny.flat());
    // every row lies in exactly one block, with all its columns
    const rowsSeen = blocks.flatMap((x) => [...x.rows]).sort((p, q) => p - q);
    expect(rowsSeen).toEqual(Array.from({ length: lp.numRows }, (_, i) => i));
    for (const blk of blocks) {
      const cols = new Set(blk.cols);
      for (const r of blk.rows) for (let k = lp.starts[r]!; k < lp.starts[r + 1]!; k++) expect(cols.has(lp.indices[k]!)).toBe(true);
    }
  });

  it('the blocks of a Korea + Taiwan scenario solve to the LP optimum of the whole model', () => {
    const s = generateScenario(loadDemoData(), SIZES.M!, 1);
    const m = buildModel(buildCandidates(s));
    const blocks = splitBlocks(m.lp);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const solve = (data: ReturnType<typeof toHighsModel>) => {
      const model = highs.createModel(data);
      try {
        model.options.set(solverOptions(false, { simplex_strategy: 1 }));
        model.run();
        expect(model.getModelStatus()).toBe(highs.constants.modelStatus.optimal);
        return model.getObjectiveValue();
      } finally { model.dispose(); }
    };
    const whole = solve(toHighsModel(highs, m.lp, false));
    const local = new Int32Array(m.lp.numCols);
    const parts = blocks.reduce((sum, b) => sum + solve(blockModel(highs, m.lp, b, false, local)), 0);
    expect(Math.abs(parts - whole) / whole).toBeLessThan(1e-7);
  }, 60_000);

  it('out of time before the LP finishes, the plan is still valid, without inversions and never below greedy', () => {
    const s = generateScenario(loadDemoData(), SIZES.M!, 2);
    const r = match(highs, s, { timeLimitSeconds: 0.01 });
    expect(validatePlan(s, r.plan)).toEqual([]);
    expect(countInversions(s, r.plan)).toBe(0);
    expect(peopleOut(r.plan.sorties)).toBeGreaterThanOrEqual(peopleOut(greedyPlan(s).sorties));
    expect(['time_limit', 'fallback']).toContain(r.status);
  }, 60_000);
});
