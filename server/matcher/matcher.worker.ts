import { parentPort } from 'node:worker_threads';
import highsLoader from 'highs';
import { match, type MatchOptions } from '../../shared/plan/solve/matcher.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import type { MatchProgress } from '../../shared/plan/progress.ts';

export type SolveRequest =
  | { id: number; warm?: false; snapshot: PlanningSnapshot; options: MatchOptions }
  /** Load HiGHS and run one tiny MIP through it, so the first real solve does not pay for it. */
  | { id: number; warm: true };
export type SolveReply =
  | { id: number; ok: true; result: ReturnType<typeof match>; peakRssBytes: number }
  | { id: number; ok: true; warmed: true; peakRssBytes: number }
  | { id: number; ok: false; error: string }
  /** While run `id` solves: its phase, bound, best plan and gap (shared/plan/progress.ts). Plain data. */
  | { type: 'progress'; id: number; progress: MatchProgress }
  /** Sent once, when the worker can take requests: a run's time budget starts when it is handed over. */
  | { ready: true };

// One HiGHS instance per worker, loaded once (≈ 50 ms); each solve creates and disposes its own model.
const highsReady = highsLoader();
// Ready even when HiGHS failed to load: each request then answers with that error.
void highsReady.finally(() => parentPort!.postMessage({ ready: true } satisfies SolveReply)).catch(() => undefined);

parentPort!.on('message', async (req: SolveRequest) => {
  try {
    const highs = await highsReady;
    if (req.warm === true) {
      const model = highs.createModel({
        numCols: 2, numRows: 1, sense: highs.constants.objectiveSense.maximize,
        colCost: Float64Array.of(1, 2), colLower: Float64Array.of(0, 0), colUpper: Float64Array.of(3, 3),
        rowLower: Float64Array.of(-highs.infinity), rowUpper: Float64Array.of(4.5),
        matrix: { format: 'csr', numRows: 1, numCols: 2, starts: Int32Array.of(0, 2), indices: Int32Array.of(0, 1), values: Float64Array.of(1, 1) },
        integrality: Int32Array.of(1, 1),
      });
      try {
        model.options.set({ output_flag: false, log_to_console: false });
        model.run();
      } finally {
        model.dispose();
      }
      parentPort!.postMessage({ id: req.id, ok: true, warmed: true, peakRssBytes: process.resourceUsage().maxRSS * 1024 } satisfies SolveReply);
      return;
    }
    // Progress goes out as it comes (match() is synchronous; postMessage does not wait). Cancel is
    // terminating this worker: match() holds nothing outside the thread, so nothing is left half-done.
    const onProgress = (progress: MatchProgress) => parentPort!.postMessage({ type: 'progress', id: req.id, progress } satisfies SolveReply);
    const result = match(highs, req.snapshot, { ...req.options, onProgress });
    parentPort!.postMessage({ id: req.id, ok: true, result, peakRssBytes: process.resourceUsage().maxRSS * 1024 } satisfies SolveReply);
  } catch (err) {
    const error = err instanceof Error ? `${err.message}` : String(err);
    parentPort!.postMessage({ id: req.id, ok: false, error } satisfies SolveReply);
  }
});
