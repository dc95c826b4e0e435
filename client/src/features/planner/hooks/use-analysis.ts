import { useDeferredValue, useMemo } from 'react';
import type { Sortie } from '../../../../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../../../../shared/plan/snapshot.ts';
import { validatePlan } from '../../../../../shared/plan/checks/validator.ts';
import { computeMetrics } from '../../../../../shared/plan/checks/metrics.ts';
import { explainLeftBehind } from '../../../../../shared/plan/checks/explain.ts';
import type { LeftBehind, PlanMetrics, Violation } from '../api/plan-types.ts';

export interface Analysis {
  violations: Violation[];
  metrics: PlanMetrics | null;
  leftBehind: LeftBehind | null;
  /** The analysis lags the latest edit (React is still computing it). */
  stale: boolean;
  error: unknown;
}

/**
 * The plan checked in the page with the same code the server runs (shared/plan): violations, metrics
 * and who is left behind follow every edit before it is saved. Deferred so typing stays responsive.
 */
export function useAnalysis(snapshot: PlanningSnapshot | null, sorties: Sortie[]): Analysis | null {
  const deferredSorties = useDeferredValue(sorties);
  const deferredSnapshot = useDeferredValue(snapshot);
  const result = useMemo(() => {
    if (!deferredSnapshot) return null;
    const plan = { sorties: deferredSorties };
    try {
      return {
        violations: validatePlan(deferredSnapshot, plan),
        metrics: computeMetrics(deferredSnapshot, plan),
        leftBehind: explainLeftBehind(deferredSnapshot, plan),
        error: null,
      };
    } catch (error) {
      return { violations: [], metrics: null, leftBehind: null, error };
    }
  }, [deferredSnapshot, deferredSorties]);
  if (!result) return null;
  return { ...result, stale: deferredSorties !== sorties || deferredSnapshot !== snapshot };
}
