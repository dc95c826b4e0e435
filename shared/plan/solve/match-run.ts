import type { ModelSpace } from './model-space.ts';
import type { ObjectiveWeights } from './objective.ts';
import { fixInversions } from '../checks/inversions.ts';
import { priorityScore } from '../checks/score.ts';
import { validatePlan } from '../checks/validator.ts';
import type { MatchPhase, MatchProgress, ProgressListener } from '../progress.ts';
import type { PlanInput, PlanningSnapshot } from '../snapshot.ts';

export const now = (): number => globalThis.performance.now();

export const peopleOnPlan = (plan: PlanInput): number =>
  plan.sorties.reduce((n, s) => n + s.allocations.reduce((k, a) => k + a.passengers, 0), 0);

/** Callbacks inside the solver report at most this often (phase changes and new plans always report). */
const REPORT_EVERY_MS = 250;

/**
 * One match() call's bookkeeping: the phase and the time spent in each, the best plan so far (always
 * valid, never fewer people out than greedy, through the inversion post-pass), the proven bound,
 * and the progress reports. Every plan the solver finds is offered here; only a better one is kept,
 * so whatever the run is stopped by, the best plan is a complete, consistent plan.
 */
export class MatchRun {
  readonly warnings: string[] = [];
  readonly phases: Partial<Record<MatchPhase, number>> = {};
  best: PlanInput = { sorties: [] };
  objective: number | null = null;
  bound: number | null = null;
  postPass = { swaps: 0, moved: 0 };
  private phase: MatchPhase = 'model';
  private phaseStart: number;
  private lastReport = -Infinity;
  private space!: ModelSpace;
  private greedy!: PlanInput;

  constructor(readonly snapshot: PlanningSnapshot, readonly weights: ObjectiveWeights, readonly t0: number, private readonly listener?: ProgressListener) {
    this.phaseStart = t0;
    this.report();
  }

  /** The model is built and greedy has planned: greedy (through the post-pass) is the first incumbent. */
  start(space: ModelSpace, greedy: PlanInput): void {
    this.space = space;
    this.greedy = greedy;
    const polished = this.polish(greedy);
    this.best = polished.plan;
    this.postPass = polished.postPass;
    this.objective = space.m.x.length > 0 ? space.objective(this.best) ?? null : null;
  }

  enter(phase: MatchPhase): void {
    const t = now();
    this.phases[this.phase] = (this.phases[this.phase] ?? 0) + (t - this.phaseStart) / 1000;
    this.phase = phase;
    this.phaseStart = t;
    this.report();
  }

  elapsedSeconds(): number { return (now() - this.t0) / 1000; }

  gap(): number | null {
    if (this.bound === null || this.objective === null) return null;
    return Math.max(0, (this.bound - this.objective) / Math.max(1e-9, Math.abs(this.bound)));
  }

  setBound(bound: number): void {
    if (this.bound !== null && bound >= this.bound) return;
    this.bound = bound;
    this.reportIfDue();
  }

  /** A plan the solver found: kept if it is valid, at least as good as greedy and better than the best so far. */
  offer(candidate: PlanInput, what: string): boolean {
    const violations = validatePlan(this.snapshot, candidate).filter((v) => v.sortieId === undefined || !this.space.c.fixedIds.has(v.sortieId));
    if (violations.length > 0) {
      this.warnings.push(`The ${what} plan broke ${violations.length} rule(s) (first: ${violations[0]!.message}); it is not used.`);
      return false;
    }
    if (!this.atLeastAsGood(candidate, this.greedy)) return false;
    const polished = this.polish(candidate);
    const objective = this.space.objective(polished.plan);
    if (objective === undefined || (this.objective !== null && objective <= this.objective + 1e-9)) return false;
    this.best = polished.plan;
    this.objective = objective;
    this.postPass = polished.postPass;
    this.report();
    return true;
  }

  /** The rule every returned plan keeps: no fewer people out, and no lower priority-weighted score, than `other`. */
  private atLeastAsGood(plan: PlanInput, other: PlanInput): boolean {
    return peopleOnPlan(plan) >= peopleOnPlan(other)
      && priorityScore(this.snapshot, plan, this.weights.priority) >= priorityScore(this.snapshot, other, this.weights.priority) - 1e-6;
  }

  /** The inversion post-pass: re-seats people between seats they could all take; people out unchanged. */
  private polish(plan: PlanInput): { plan: PlanInput; postPass: { swaps: number; moved: number } } {
    const post = fixInversions(this.snapshot, plan, this.space.c.fixedIds);
    if (post.remaining > 0) this.warnings.push(`${post.remaining} sortie(s) still carry a fixable priority inversion after ${post.swaps} swaps.`);
    return { plan: post.swaps > 0 ? post.plan : plan, postPass: { swaps: post.swaps, moved: post.moved } };
  }

  reportIfDue(): void {
    if (now() - this.lastReport >= REPORT_EVERY_MS) this.report();
  }

  report(): void {
    if (!this.listener) return;
    this.lastReport = now();
    const p: MatchProgress = { phase: this.phase, elapsedSeconds: this.elapsedSeconds() };
    if (this.bound !== null) p.bound = this.bound;
    if (this.objective !== null) p.best = this.objective;
    const gap = this.gap();
    if (gap !== null) p.gap = gap;
    if (this.greedy) p.peopleOut = peopleOnPlan(this.best);
    try {
      this.listener(p);
    } catch {
      // A progress display that fails must not fail the run.
    }
  }
}
