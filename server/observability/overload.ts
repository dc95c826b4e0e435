import type { FastifyInstance } from 'fastify';
import underPressure from '@fastify/under-pressure';
import type { Config } from '../config.ts';
import { ErrorCode } from '../../shared/schemas/common.ts';
import { HttpError } from '../lib/errors.ts';

/** Liveness and metrics answer even under pressure: an overloaded instance is alive, and its metrics say why. */
const NEVER_SHED = new Set(['/api/health', '/api/metrics']);

/**
 * Overload shedding with @fastify/under-pressure: while the event loop's mean delay or the heap is past its
 * limit, requests get 503 `overloaded` with Retry-After at once, instead of queueing behind the stall until
 * every client times out. /api/ready answers 503 too, so a proxy stops sending this instance work.
 */
export async function registerOverloadShedding(app: FastifyInstance, overload: Config['overload']): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: overload.maxEventLoopDelayMs,
    maxHeapUsedBytes: overload.maxHeapMb * 1024 * 1024,
    retryAfter: overload.retryAfterS,
    // Rejecting hands the error to the app's error handler: the usual { code, message } body and Retry-After.
    pressureHandler: async (req, _reply, type, value) => {
      if (NEVER_SHED.has(req.routeOptions.url ?? '')) return;
      req.log.warn({ type, value }, 'overloaded: request shed');
      throw new HttpError(503, ErrorCode.overloaded, `This server is overloaded (${type}); retry in ${overload.retryAfterS} s`, undefined, overload.retryAfterS);
    },
  });
}
