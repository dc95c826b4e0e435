import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { docRoute } from '../docs/route-doc.ts';
import { ErrorBody } from '../../shared/schemas/common.ts';
import { metricsGuard } from '../observability/metrics.ts';
import type { RouteDeps } from './index.ts';

/** The scrape endpoint of the metrics collected by server/observability/metrics.ts. */
export const metricsRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  app.get('/metrics', {
    onRequest: metricsGuard(deps.config.metricsToken),
    logLevel: 'warn',
    config: {
      public: true, disableMetrics: true,
      ...docRoute({
        summary: 'Read Prometheus metrics',
        description: 'Prometheus text exposition (`text/plain; version=0.0.4`): `http_request_duration_seconds` per method, route and status (request rates and latencies), event-loop lag (`nodejs_eventloop_lag_*`), heap and GC, `neo_queue_depth{state}` and `neo_job_duration_seconds{kind,outcome}`. Served to loopback clients only, unless `METRICS_TOKEN` is set: then to a client sending `Authorization: Bearer <token>`. No session needed.',
        roles: ['public'],
        response: '# TYPE neo_queue_depth gauge\nneo_queue_depth{state="waiting"} 0\n',
        errors: { 401: 'METRICS_TOKEN is set and no bearer token was sent', 403: 'A client other than loopback without METRICS_TOKEN set, or a wrong token' },
      }),
    },
    schema: { tags: ['system'], response: { 200: Type.String(), 401: ErrorBody, 403: ErrorBody } },
  }, async (_req, reply) => {
    const registry = app.operationalMetrics.registry;
    return reply.type(registry.contentType).send(await registry.metrics());
  });
};
