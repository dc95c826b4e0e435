import type { PlanningPolicy, PolicyInput, PolicyPreset } from '../../../../../shared/schemas/policy.ts';
import { POLICY_PRESETS, policyProblem, sameRanking } from '../../../../../shared/policy/presets.ts';

type Named = Exclude<PolicyPreset, 'custom'>;
export const NAMED_PRESETS: readonly Named[] = ['most_vulnerable_first', 'most_people_out', 'clear_fastest'];

// What each preset and criterion means to a crisis cell, in its words: the planner catalogue (planner:policy.preset, policy.criterion).

export type WeightKey = 'peopleOut' | 'waitingHour';
export type Level = 'p1' | 'p2' | 'p3';

/** A policy whose order or weights were edited is "custom" — unless it is exactly a preset again. */
function named(p: PlanningPolicy): PlanningPolicy {
  const match = NAMED_PRESETS.find((n) => sameRanking(p, POLICY_PRESETS[n]));
  return { ...p, preset: match ?? 'custom' };
}

export function choosePreset(name: Named): PlanningPolicy {
  return structuredClone(POLICY_PRESETS[name]);
}

export function setWeight(p: PlanningPolicy, key: WeightKey, level: Level, value: number): PlanningPolicy {
  return named({ ...p, weights: { ...p.weights, [key]: { ...p.weights[key], [level]: value } } });
}

/** Moves a criterion one place up (-1) or down (+1); people out stays first. */
export function moveCriterion(p: PlanningPolicy, index: number, by: -1 | 1): PlanningPolicy {
  const to = index + by;
  if (index <= 0 || to <= 0 || to >= p.order.length) return p;
  const order = [...p.order];
  [order[index], order[to]] = [order[to]!, order[index]!];
  return named({ ...p, order });
}

/** What is wrong with the edited policy (field, reason), checked as the server checks it; null when none. */
export function policyError(p: PlanningPolicy): { field: string; reason: string } | null {
  for (const key of ['peopleOut', 'waitingHour'] as const) {
    for (const level of ['p1', 'p2', 'p3'] as const) {
      const v = p.weights[key][level];
      const [min, max] = key === 'peopleOut' ? [1, 100] : [0, 1000];
      if (!Number.isInteger(v) || v < min || v > max) return { field: `weights.${key}.${level}`, reason: `must be a whole number from ${min} to ${max}` };
    }
  }
  const problem = policyProblem(p);
  return problem ? { field: problem[0], reason: problem[1] } : null;
}

/** The body to send: a named preset by name alone, a custom policy in full. */
export function toInput(p: PlanningPolicy): PolicyInput {
  return p.preset === 'custom' ? { preset: 'custom', order: p.order, weights: p.weights } : { preset: p.preset };
}

export const samePolicy = (a: PlanningPolicy, b: PlanningPolicy) => a.preset === b.preset && sameRanking(a, b);
