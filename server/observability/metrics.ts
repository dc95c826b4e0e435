import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyMetrics from 'fastify-metrics';
import promClient from 'prom-client';
import { timingSafeEqual } from 'node:crypto';
import { forbidden, unauthorized } from '../lib/errors.ts';

/** Gauges and histograms other parts fill in (the job queue: its depth and how long jobs take). */
export interface OperationalMetrics {
  registry: promClient.Registry;
  /** Called on every scrape; the job queue sets it to count its waiting and running jobs. */
  setQueueDepth(source: () => Promise<Record<string, number>> | Record<string, number>): void;
  /** Observe a finished job: `jobDuration.observe({ kind, outcome }, seconds)`. */
  jobDuration: promClient.Histogram<'kind' | 'outcome'>;
}

declare module 'fastify' {
  interface FastifyInstance { operationalMetrics: OperationalMetrics }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameToken(sent: string, expected: string) {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may scrape: with METRICS_TOKEN set, a client sending `Authorization: Bearer <token>`; without it,
 * loopback clients only (req.ip, which honours TRUST_PROXY: behind a proxy on the same host, trust it or set
 * a token, or everyone the proxy serves counts as local).
 */
export function metricsGuard(token: string | undefined) {
  return async (req: FastifyRequest) => {
    if (token === undefined) {
      if (!LOOPBACK.has(req.ip)) throw forbidden('Metrics are served to loopback clients only (set METRICS_TOKEN to scrape from elsewhere)');
      return;
    }
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ')) throw unauthorized('Send Authorization: Bearer <METRICS_TOKEN>');
    if (!sameToken(auth.slice(7), token)) throw forbidden('Wrong metrics token');
  };
}

/**
 * Prometheus metrics at GET /api/metrics with fastify-metrics (prom-client): request counts and latencies
 * per route (histogram http_request_duration_seconds, by method, route and status), the process's default
 * metrics (event-loop lag nodejs_eventloop_lag_*, heap, GC, handles) and the queue's. Each app has its own
 * registry, so several apps in one process (the tests) do not clash over metric names.
 */
export async function registerMetrics(app: FastifyInstance): Promise<void> {
  const registry = new promClient.Registry();
  let queueDepth: Parameters<OperationalMetrics['setQueueDepth']>[0] = () => ({});
  new promClient.Gauge({
    name: 'neo_queue_depth', help: 'Jobs in the matcher queue, by state', labelNames: ['state'], registers: [registry],
    async collect() {
      this.reset();
      for (const [state, n] of Object.entries(await queueDepth())) this.set({ state }, n);
    },
  });
  const jobDuration = new promClient.Histogram({
    name: 'neo_job_duration_seconds', help: 'Matcher job run time, by kind and outcome', labelNames: ['kind', 'outcome'] as const,
    buckets: [0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300], registers: [registry],
  });
  app.decorate('operationalMetrics', { registry, setQueueDepth: (s) => { queueDepth = s; }, jobDuration });

  await app.register(fastifyMetrics, {
    // The route is served by routes/metrics.routes.ts (registered after the OpenAPI plugin, so it is documented).
    endpoint: null,
    promClient,
    defaultMetrics: { enabled: true, register: registry },
    routeMetrics: {
      enabled: { histogram: true, summary: false },
      routeBlacklist: ['/api/health', '/api/ready'],
      // The plugin creates its summary even when it is off: into this app's registry too.
      overrides: { histogram: { registers: [registry], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] }, summary: { registers: [registry] } },
    },
  });
}
