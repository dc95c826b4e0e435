import type { Candidates } from './candidates.ts';
import { decodePlan } from './decode.ts';
import { perKmCost } from './flow.ts';
import { extraKm, fromNodes, toNodes } from './merge-plan.ts';
import type { AreaMerge } from './merge.ts';
import type { MatcherModel } from './model.ts';
import { startFromPlan } from './plan-values.ts';
import { planObjective } from './rounding.ts';
import type { PlanInput } from '../snapshot.ts';

/**
 * The model and the plans it stands for. The model is built on merged candidates (merge.ts): its
 * columns and values speak of nodes, plans of areas. This maps between the two — column values to
 * a plan on the areas, a plan to the model's column values and objective.
 */
export class ModelSpace {
  constructor(readonly c: Candidates, readonly merge: AreaMerge, readonly m: MatcherModel) {}

  /** The candidates the model was built on. */
  get cm(): Candidates { return this.merge.cm; }

  /** Column values (sortie counts integral) to a plan on the areas. */
  decode(values: Float64Array): PlanInput {
    return fromNodes(this.c, this.merge, decodePlan(this.cm, this.m, values));
  }

  /** The plan's column values in the model (a MIP start); undefined when it does not map. */
  values(plan: PlanInput): Float64Array | undefined {
    return startFromPlan(this.cm, this.m, toNodes(this.c, this.merge, plan));
  }

  /** The model's objective for the plan, each road leg at its own length; undefined when it does not map. */
  objective(plan: PlanInput): number | undefined {
    const v = planObjective(this.cm, this.m, toNodes(this.c, this.merge, plan));
    return v === undefined ? undefined : v - perKmCost(this.c, this.m.weights) * extraKm(this.c, this.merge, plan);
  }
}
