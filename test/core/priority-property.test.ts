import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Highs } from 'highs';
import type { Sortie } from '../../shared/schemas/domain.ts';
import { greedyPlan } from '../../shared/plan/solve/greedy.ts';
import { fixInversions } from '../../shared/plan/checks/inversions.ts';
import { match } from '../../shared/plan/solve/matcher.ts';
import { computeMetrics } from '../../shared/plan/checks/metrics.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { POLICY_PRESETS } from '../../shared/policy/presets.ts';
import { peopleOut } from './fixtures.ts';
import { bruteForceInversions } from './inversion-oracle.ts';
import { build, scenarioArb } from './scenario-arb.ts';

let highs: Highs;
beforeAll(async () => { highs = await loadHighs(); });

const presetArb = fc.constantFrom(...Object.values(POLICY_PRESETS));

describe('the most vulnerable first: properties on random scenarios', () => {
  it('a matcher plan has no fixable inversion (independent brute force), is valid and moves no fewer people than greedy', () => {
    fc.assert(fc.property(scenarioArb, presetArb, (g, policy) => {
      const s = build(g);
      s.scenario.policy = policy;
      const r = match(highs, s, { timeLimitSeconds: 5 });
      const greedy = greedyPlan(s);
      expect(validatePlan(s, r.plan)).toEqual([]);
      expect(r.warnings).toEqual([]);
      expect(bruteForceInversions(s, r.plan)).toBe(0);
      expect(computeMetrics(s, r.plan).priorityInversions).toBe(0);
      expect(peopleOut(r.plan.sorties)).toBeGreaterThanOrEqual(peopleOut(greedy.sorties));
    }), { numRuns: 50, seed: 11 });
  }, 120_000);

  it('where every area can board the same sorties, priority 1 leaves on average no later than priority 3', () => {
    // All areas on one spot: the same airports, the same ready time, so every sortie is open to everyone.
    const sameSpot = scenarioArb.map((g) => ({ ...g, areas: g.areas.map((a) => ({ ...a, city: 'seoul' as const, dLat: 0, dLon: 0 })) }));
    fc.assert(fc.property(sameSpot, presetArb, (g, policy) => {
      const s = build(g);
      s.scenario.policy = policy;
      const m = computeMetrics(s, match(highs, s, { timeLimitSeconds: 5 }).plan);
      const { p1, p3 } = m.meanDepartureHourByPriority;
      if (p1 !== null && p3 !== null) expect(p1).toBeLessThanOrEqual(p3 + 1e-9);
      // and nobody of priority 1 is left while priority 3 people leave
      if (m.outByPriority.p3 > 0) expect(m.leftByPriority.p1).toBe(0);
    }), { numRuns: 50, seed: 5 });
  }, 120_000);

  it('the post-pass on any plan: zero fixable inversions left, the same people out, no new rule broken', () => {
    // Greedy plans with their allocations shuffled between areas of a sortie make inversions on purpose.
    fc.assert(fc.property(scenarioArb, fc.integer({ min: 1, max: 1_000_000 }), (g, seed) => {
      const s = build(g);
      const greedy = greedyPlan(s);
      let x = seed;
      const rand = () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
      const ids = s.areas.map((a) => a.id);
      const scrambled: Sortie[] = greedy.sorties.map((so) => {
        const total = so.allocations.reduce((n, a) => n + a.passengers, 0);
        const target = ids[Math.floor(rand() * ids.length)]!;
        return { ...so, allocations: total > 0 ? [{ assemblyAreaId: target, passengers: total, locked: false }] : [] };
      });
      const plan = { sorties: scrambled };
      const before = validatePlan(s, plan).length;
      const fixed = fixInversions(s, plan);
      expect(bruteForceInversions(s, fixed.plan)).toBe(0);
      expect(fixed.remaining).toBe(0);
      expect(peopleOut(fixed.plan.sorties)).toBe(peopleOut(plan.sorties));
      expect(validatePlan(s, fixed.plan).length).toBeLessThanOrEqual(before);
      if (before === 0) expect(validatePlan(s, fixed.plan)).toEqual([]);
    }), { numRuns: 100, seed: 3 });
  }, 120_000);
});
