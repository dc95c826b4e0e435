import type { Sortie } from '../../../../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../../../../shared/plan/snapshot.ts';
import { validatePlan } from '../../../../../shared/plan/checks/validator.ts';
import type { Violation } from '../../../../../shared/plan/checks/violations.ts';

// A rule and what it is about; not the sentence, whose numbers change with every count.
const key = (v: Violation) => [v.rule, v.sortieId, v.assemblyAreaId, v.airportId, v.offerId].join('|');

/** The violations an edit would add to the plan: the same validator the page and the server run. */
export function brokenBy(snapshot: PlanningSnapshot, before: readonly Violation[], after: readonly Sortie[]): Violation[] {
  const had = new Set(before.map(key));
  return validatePlan(snapshot, { sorties: [...after] }).filter((v) => !had.has(key(v)));
}
