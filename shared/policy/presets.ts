import type { PlanningPolicy, PolicyCriterion, PolicyInput, PolicyPreset } from '../schemas/policy.ts';

type Named = Exclude<PolicyPreset, 'custom'>;

/**
 * The presets a planner picks from. All count every person the same for "people out" (so no
 * preset leaves more people behind than another); they differ in what an hour of waiting costs
 * by priority and in whether the last departure (clearance) outranks the waiting.
 */
export const POLICY_PRESETS: Record<Named, PlanningPolicy> = {
  most_vulnerable_first: {
    preset: 'most_vulnerable_first',
    order: ['peopleOut', 'earliness', 'clearance', 'groundTravel', 'sorties'],
    weights: { peopleOut: { p1: 1, p2: 1, p3: 1 }, waitingHour: { p1: 10, p2: 3, p3: 1 } },
  },
  most_people_out: {
    preset: 'most_people_out',
    order: ['peopleOut', 'earliness', 'groundTravel', 'clearance', 'sorties'],
    weights: { peopleOut: { p1: 1, p2: 1, p3: 1 }, waitingHour: { p1: 1, p2: 1, p3: 1 } },
  },
  clear_fastest: {
    preset: 'clear_fastest',
    order: ['peopleOut', 'clearance', 'earliness', 'groundTravel', 'sorties'],
    weights: { peopleOut: { p1: 1, p2: 1, p3: 1 }, waitingHour: { p1: 3, p2: 2, p3: 1 } },
  },
};

export const DEFAULT_POLICY: PlanningPolicy = POLICY_PRESETS.most_vulnerable_first;

export const CRITERIA: readonly PolicyCriterion[] = ['peopleOut', 'earliness', 'clearance', 'groundTravel', 'sorties'];

/** A deep copy of a preset (callers may edit the result). */
export function presetPolicy(name: Named): PlanningPolicy {
  return structuredClone(POLICY_PRESETS[name]);
}

/**
 * Domain checks the schema cannot state: a permutation with people out first, and weights that
 * never rank a lower priority above a higher one. Returns [field, reason] or undefined.
 */
export function policyProblem(p: PlanningPolicy): [string, string] | undefined {
  if (new Set(p.order).size !== CRITERIA.length) return ['order', `must list each of ${CRITERIA.join(', ')} once`];
  if (p.order[0] !== 'peopleOut') return ['order[0]', 'must be "peopleOut": the matcher never leaves someone behind for another criterion'];
  for (const key of ['peopleOut', 'waitingHour'] as const) {
    const w = p.weights[key];
    if (w.p1 < w.p2) return [`weights.${key}.p1`, 'must be at least weights.' + key + '.p2: priority 1 never weighs less than priority 2'];
    if (w.p2 < w.p3) return [`weights.${key}.p2`, 'must be at least weights.' + key + '.p3: priority 2 never weighs less than priority 3'];
  }
  if (p.preset !== 'custom' && !sameRanking(p, POLICY_PRESETS[p.preset])) {
    return ['preset', `the order and weights differ from the "${p.preset}" preset: send preset "custom" (or the preset's own values)`];
  }
  return undefined;
}

const sameWeights = (a: PlanningPolicy['weights']['peopleOut'], b: PlanningPolicy['weights']['peopleOut']) =>
  a.p1 === b.p1 && a.p2 === b.p2 && a.p3 === b.p3;

/** Same order and weights (the preset name aside). */
export function sameRanking(a: PlanningPolicy, b: PlanningPolicy): boolean {
  return a.order.every((c, i) => b.order[i] === c)
    && sameWeights(a.weights.peopleOut, b.weights.peopleOut) && sameWeights(a.weights.waitingHour, b.weights.waitingHour);
}

/**
 * A client's policy: a named preset alone stands for its values; "custom" (or a preset with
 * edits) must carry order and weights. Returns the full policy or [field, reason].
 */
export function resolvePolicy(input: PolicyInput): PlanningPolicy | [string, string] {
  const base = input.preset === 'custom' ? undefined : POLICY_PRESETS[input.preset];
  const order = input.order ?? base?.order;
  const weights = input.weights ?? base?.weights;
  if (!order) return ['order', 'is required with preset "custom"'];
  if (!weights) return ['weights', 'is required with preset "custom"'];
  const policy: PlanningPolicy = structuredClone({ preset: input.preset, order, weights });
  return policyProblem(policy) ?? policy;
}
