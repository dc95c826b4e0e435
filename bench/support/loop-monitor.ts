/**
 * Preloaded into the server by bench/abuse.bench.ts (`node --import ./bench/support/loop-monitor.ts`):
 * records the server's own event-loop delay and answers the bench over IPC. 'loop-delay' returns the
 * figures since the last 'loop-reset'. The server itself is unchanged.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
const ms = (ns: number) => Math.round(ns / 1e5) / 10;

process.on('message', (m: unknown) => {
  if (m === 'loop-reset') {
    h.reset();
    // After a reset the histogram drops its first sample (it has nothing to measure it from): let a few
    // samples pass before the bench sends the request, or a stall right away would not be recorded.
    setTimeout(() => process.send?.({ type: 'loop-reset' }), 50);
  } else if (m === 'loop-delay') {
    process.send?.({ type: 'loop-delay', maxMs: ms(h.max), p99Ms: ms(h.percentile(99)), meanMs: ms(h.mean), samples: h.count });
  }
});
// The IPC channel must not keep a stopped server alive.
process.channel?.unref();
