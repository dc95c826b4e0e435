import type { Plan as PlanRow } from '../../../../../shared/schemas/api.ts';
import type { Violation } from '../../../../../shared/plan/checks/violations.ts';
import type { PlanMetrics } from '../../../../../shared/plan/checks/metrics.ts';
import type { LeftBehind } from '../../../../../shared/plan/checks/explain.ts';

/** The API's Plan with its derived parts typed (the schema leaves them open). */
export type Plan = Omit<PlanRow, 'violations' | 'metrics' | 'leftBehind' | 'solve'> & {
  violations: Violation[];
  metrics: PlanMetrics | null;
  leftBehind: LeftBehind | null;
  solve: { status?: string; gap?: number | null; seconds?: number; solveSeconds?: number; editedBy?: string } | null;
};
export type { LeftBehind, PlanMetrics, Violation };
