import type { Sortie } from '../schemas/domain.ts';
import { explainLeftBehind, type LeftBehind } from './checks/explain.ts';
import { diffInputs, planBasis, type InputChange, type PlanBasis } from './inputs.ts';
import { computeMetrics, type PlanMetrics } from './checks/metrics.ts';
import type { PlanningSnapshot } from './snapshot.ts';
import { validatePlan } from './checks/validator.ts';
import type { Violation } from './checks/violations.ts';

/** Bumped whenever the validator, metrics or explanations change meaning: stored derivations are then recomputed. */
export const DERIVATION_VERSION = 3;
/** Changes listed on a plan; the rest are counted. */
export const MAX_LISTED_CHANGES = 200;

export interface ListedChange extends InputChange {
  /** A violation the plan did not have on its inputs names this input (offer, airport, area, zone …). */
  breaksPlan: boolean;
}

/** How today's data differs from what the plan was planned on. */
export interface PlanDrift {
  /** False for plans stored before inputs were recorded: nothing to compare with. */
  known: boolean;
  changed: boolean;
  changes: ListedChange[];
  moreChanges: number;
  /** Violations today that the plan did not have on its inputs: the change breaks the plan. */
  newViolations: number;
  breaks: boolean;
}

export interface PlanDerivation {
  violations: Violation[];
  metrics: PlanMetrics;
  leftBehind: LeftBehind;
  /** What this derivation was computed on: stored as the plan's basis when the plan is saved or approved. */
  inputs: PlanBasis;
  drift: PlanDrift;
}

export interface PlanBasisRecord { inputs: PlanBasis; violationKeys: string[] }

export const violationKey = (v: Violation): string =>
  [v.rule, v.sortieId ?? '', v.offerId ?? '', v.airportId ?? '', v.assemblyAreaId ?? ''].join('|');

/** Which new violations an input change accounts for. */
function breaks(change: InputChange, fresh: Violation[], inputs: PlanBasis): boolean {
  switch (change.kind) {
    case 'offer': return fresh.some((v) => v.offerId === change.id);
    case 'airport': return fresh.some((v) => v.airportId === change.id);
    case 'area': return fresh.some((v) => v.assemblyAreaId === change.id);
    case 'hazard': return fresh.some((v) => v.rule === 'airport_in_hazard' || v.rule === 'ground_hazard_crossing');
    case 'rule': return fresh.some((v) => v.rule === 'access_denied' && v.airportId !== undefined
      && (v.airportId === change.params.scopeId || inputs.airports[v.airportId]?.country === change.params.scopeId));
    case 'scenario': return fresh.length > 0;
  }
}

export function assessDrift(basis: PlanBasisRecord | null, inputs: PlanBasis, violations: Violation[], scenarioId: string): PlanDrift {
  if (!basis) return { known: false, changed: false, changes: [], moreChanges: 0, newViolations: 0, breaks: false };
  const had = new Set(basis.violationKeys);
  const fresh = violations.filter((v) => !had.has(violationKey(v)));
  const all = diffInputs(basis.inputs, inputs, scenarioId);
  const changes = all.map((c) => ({ ...c, breaksPlan: breaks(c, fresh, inputs) }))
    .sort((a, b) => Number(b.breaksPlan) - Number(a.breaksPlan));
  return {
    known: true, changed: all.length > 0, changes: changes.slice(0, MAX_LISTED_CHANGES),
    moreChanges: Math.max(0, changes.length - MAX_LISTED_CHANGES), newViolations: fresh.length, breaks: fresh.length > 0,
  };
}

/**
 * Everything the server derives from a plan's sorties on one snapshot of the data: violations,
 * metrics, who is left behind and why, and how the data differs from what the plan was planned on.
 * Pure; the server runs it in a worker thread (server/derivation).
 */
export function derivePlan(snapshot: PlanningSnapshot, sorties: Sortie[], basis: PlanBasisRecord | null): PlanDerivation {
  const plan = { sorties };
  const violations = validatePlan(snapshot, plan);
  const inputs = planBasis(snapshot);
  return {
    violations,
    metrics: computeMetrics(snapshot, plan),
    leftBehind: explainLeftBehind(snapshot, plan),
    inputs,
    drift: assessDrift(basis, inputs, violations, snapshot.scenario.id),
  };
}

/** The derivation of a plan just saved (or approved) on this data: it becomes the plan's basis, so nothing has changed yet. */
export function asPlanned(d: PlanDerivation): PlanDerivation {
  return { ...d, drift: { known: true, changed: false, changes: [], moreChanges: 0, newViolations: 0, breaks: false } };
}
