import { parentPort } from 'node:worker_threads';
import highsLoader from 'highs';
import { match, type MatchOptions } from '../../shared/plan/matcher.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';

export interface SolveRequest { id: number; snapshot: PlanningSnapshot; options: MatchOptions }
export type SolveReply =
  | { id: number; ok: true; result: ReturnType<typeof match>; peakRssBytes: number }
  | { id: number; ok: false; error: string };

// One HiGHS instance per worker, loaded once (≈ 50 ms); each solve creates and disposes its own model.
const highsReady = highsLoader();

parentPort!.on('message', async (req: SolveRequest) => {
  try {
    const highs = await highsReady;
    const result = match(highs, req.snapshot, req.options);
    parentPort!.postMessage({ id: req.id, ok: true, result, peakRssBytes: process.resourceUsage().maxRSS * 1024 } satisfies SolveReply);
  } catch (err) {
    const error = err instanceof Error ? `${err.message}` : String(err);
    parentPort!.postMessage({ id: req.id, ok: false, error } satisfies SolveReply);
  }
});
