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

/**
 * What boarding at grid slot `slot` of `slots` is worth for one person whose waiting weighs
 * `waitCost`, against staying behind: a person left behind waits the whole horizon (and holds the
 * clearance open), so each hour earlier is a gain. Charging only those who board would make the
 * solver pick the cheapest waiters — priority 3 — for scarce seats.
 */
export function boardingValue(w: ObjectiveWeights, waitCost: number, slot: number, slots: number): number {
  const f = (slot + 1) / (Math.max(1, slots) + 1);
  return waitCost * (1 - f) + w.clearance * (1 - f ** 4);
}

/** Priorities (0-based) the model keeps apart because they are worth or cost differently. */
export interface PriorityClass {
  priorities: number[];
  /** Value of one person out (the policy's peopleOut weight). */
  value: number;
  /** Cost of one person waiting the whole horizon. */
  waiting: number;
}

/**
 * Adjacent priorities with the same value and waiting cost share one class, so "most people out"
 * (all equal) keeps the pooled model's size; "most vulnerable first" gets one class per priority.
 */
export function priorityClasses(w: ObjectiveWeights): PriorityClass[] {
  const classes: PriorityClass[] = [];
  for (let p = 0; p < 3; p++) {
    const last = classes[classes.length - 1];
    if (last && last.value === w.priority[p] && last.waiting === w.waiting[p]) last.priorities.push(p);
    else classes.push({ priorities: [p], value: w.priority[p]!, waiting: w.waiting[p]! });
  }
  return classes;
}
