import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Highs } from 'highs';
import { greedyPlan } from '../../shared/plan/solve/greedy.ts';
import { match } from '../../shared/plan/solve/matcher.ts';
import { priorityScore } from '../../shared/plan/checks/score.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { peopleOut } from './fixtures.ts';
import { build, scenarioArb } from './scenario-arb.ts';

let highs: Highs;
beforeAll(async () => { highs = await loadHighs(); });

describe('matcher properties', () => {
  it('its plan always passes the validator and never moves fewer people than greedy', () => {
    fc.assert(fc.property(scenarioArb, (g) => {
      const s = build(g);
      const r = match(highs, s, { timeLimitSeconds: 5 });
      const greedy = greedyPlan(s);
      expect(validatePlan(s, greedy)).toEqual([]);
      expect(validatePlan(s, r.plan)).toEqual([]);
      expect(r.warnings).toEqual([]);
      expect(priorityScore(s, r.plan)).toBeGreaterThanOrEqual(priorityScore(s, greedy) - 1e-6);
      expect(peopleOut(r.plan.sorties)).toBeGreaterThanOrEqual(peopleOut(greedy.sorties));
    }), { numRuns: 60, seed: 42 });
  }, 60_000);

  it('LP rounding: valid, never fewer people than greedy, its gap honest against the MIP optimum', () => {
    fc.assert(fc.property(scenarioArb, (g) => {
      const s = build(g);
      const r = match(highs, s, { timeLimitSeconds: 5, strategy: 'lp-rounding' });
      const greedy = greedyPlan(s);
      expect(validatePlan(s, r.plan)).toEqual([]);
      expect(r.warnings).toEqual([]);
      expect(priorityScore(s, r.plan)).toBeGreaterThanOrEqual(priorityScore(s, greedy) - 1e-6);
      expect(peopleOut(r.plan.sorties)).toBeGreaterThanOrEqual(peopleOut(greedy.sorties));
      if (r.status === 'empty') return;
      const exact = match(highs, s, { timeLimitSeconds: 5, mipRelGap: 0, strategy: 'mip' });
      expect(r.bestBound).not.toBeNull();
      expect(r.objective!).toBeLessThanOrEqual(r.bestBound! + 1e-9);
      if (exact.status === 'optimal') {
        expect(exact.objective!).toBeLessThanOrEqual(r.bestBound! + 1e-6);
        expect(r.objective!).toBeLessThanOrEqual(exact.objective! + 1e-6);
      }
      expect(r.gap!).toBeGreaterThanOrEqual(0);
    }), { numRuns: 60, seed: 7 });
  }, 120_000);
});
