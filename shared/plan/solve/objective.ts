import type { PlanningPolicy, PolicyCriterion } from '../../schemas/policy.ts';
import { DEFAULT_POLICY } from '../../policy/presets.ts';

/**
 * The matcher's objective (maximised), derived from the scenario's planning policy. People out
 * (valued by priority, ≥ 1 a head) comes first; each later criterion gets a per-person budget a
 * fifth of the one before (0.05, 0.01, 0.002, 0.0004), so for every single person the whole cost
 * of a lower criterion stays below a fifth of a unit of the one above it, and all of them together
 * below a twentieth of a person out. That is lexicographic per person, not over the whole plan:
 * whole-plan weights (≈ people × hours per level) would need ratios of 1e8 per level and drown the
 * lower levels in the solver's tolerances. What a per-person weighting cannot promise exactly —
 * who of the waiting boards first — the inversion post-pass (inversions.ts) makes exact.
 */
export interface ObjectiveWeights {
  /** Value of one person out, by priority (the policy's peopleOut weights). */
  priority: [number, number, number];
  /** Cost of one person waiting the whole horizon, by priority (earliness budget × weight / max weight). */
  waiting: [number, number, number];
  /** Cost of one person leaving in the last hour; convex in the hour ((h/H)^4), a proxy for the last departure. */
  clearance: number;
  /** Cost of one person travelling the longest allowed road leg. */
  maxGroundPenalty: number;
  /** Cost of one sortie flown (so the plan does not fly aircraft it does not need). */
  perSortie: number;
}

const BUDGETS = [0.05, 0.01, 0.002, 0.0004];

export function objectiveWeights(policy: PlanningPolicy = DEFAULT_POLICY): ObjectiveWeights {
  const budget = (c: PolicyCriterion) => BUDGETS[policy.order.indexOf(c) - 1] ?? 0;
  const w = policy.weights.waitingHour;
  const maxWait = Math.max(w.p1, w.p2, w.p3);
  const e = budget('earliness');
  const o = policy.weights.peopleOut;
  return {
    priority: [o.p1, o.p2, o.p3],
    waiting: maxWait > 0 ? [e * w.p1 / maxWait, e * w.p2 / maxWait, e * w.p3 / maxWait] : [0, 0, 0],
    clearance: budget('clearance'),
    maxGroundPenalty: budget('groundTravel'),
    perSortie: budget('sorties'),
  };
}

/** The cost of boarding at grid slot `slot` of `slots` for one person whose waiting weighs `waitCost`. */
export function boardingCost(w: ObjectiveWeights, waitCost: number, slot: number, slots: number): number {
  const f = (slot + 1) / Math.max(1, slots);
  return waitCost * f + w.clearance * f ** 4;
}
