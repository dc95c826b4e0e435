import { Type, type Static } from 'typebox';

// The scenario's planning policy: what counts as a better plan, in order. Stored with the scenario,
// copied into each plan when it is planned. Pure shape here; presets and checks in shared/policy.

export const PolicyCriterion = Type.Union([
  Type.Literal('peopleOut'), Type.Literal('earliness'), Type.Literal('clearance'),
  Type.Literal('groundTravel'), Type.Literal('sorties'),
]);
export type PolicyCriterion = Static<typeof PolicyCriterion>;

export const PolicyPreset = Type.Union([
  Type.Literal('most_vulnerable_first'), Type.Literal('most_people_out'), Type.Literal('clear_fastest'), Type.Literal('custom'),
]);
export type PolicyPreset = Static<typeof PolicyPreset>;

const strict = { additionalProperties: false } as const;
const Weight = (max: number, min: number) => Type.Integer({ minimum: min, maximum: max });
const ByPriority = (min: number, max: number, description: string) => Type.Object({
  p1: Weight(max, min), p2: Weight(max, min), p3: Weight(max, min),
}, { ...strict, description });

export const PolicyWeights = Type.Object({
  /** Value of one person out, by priority (1 = a head count). */
  peopleOut: ByPriority(1, 100, 'value of one person out, by priority; p1 ≥ p2 ≥ p3'),
  /** Cost of one hour of waiting, by priority: a priority-1 hour costs at least a priority-3 hour. */
  waitingHour: ByPriority(0, 1000, 'cost of one person-hour of waiting, by priority; p1 ≥ p2 ≥ p3'),
}, strict);
export type PolicyWeights = Static<typeof PolicyWeights>;

export const PlanningPolicy = Type.Object({
  preset: PolicyPreset,
  /** The criteria from most to least important; people out always comes first. */
  order: Type.Array(PolicyCriterion, { minItems: 5, maxItems: 5 }),
  weights: PolicyWeights,
}, strict);
export type PlanningPolicy = Static<typeof PlanningPolicy>;

/** What a client sends: a named preset alone, or a preset ("custom" or named) with its order and weights. */
export const PolicyInput = Type.Object({
  preset: PolicyPreset,
  order: Type.Optional(PlanningPolicy.properties.order),
  weights: Type.Optional(PolicyWeights),
}, strict);
export type PolicyInput = Static<typeof PolicyInput>;
