/**
 * What a matcher run reports while it works, so a planner sees it is alive and how good the plan is so far.
 * The solver (`match()`, option `onProgress`) calls it at each phase change and whenever the bound or the
 * best plan improves; the matcher worker posts it to the job queue, which stores the latest one on the job
 * and streams it to clients as a server-sent event. Plain data: it crosses worker and process boundaries.
 */
export type MatchPhase = 'queued' | 'model' | 'greedy' | 'lp' | 'rounding' | 'mip' | 'post-pass' | 'decode' | 'done';

export interface MatchProgress {
  phase: MatchPhase;
  /** Seconds since the solve started. */
  elapsedSeconds: number;
  /** Best proven bound on the objective (people-out weighted score), when known. */
  bound?: number;
  /** Objective of the best plan found so far, when there is one. */
  best?: number;
  /** Relative gap between best and bound (0 = proven optimal), when both are known. */
  gap?: number;
  /** People out in the best plan so far. */
  peopleOut?: number;
}

export type ProgressListener = (progress: MatchProgress) => void;
