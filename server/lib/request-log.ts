import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * One structured line per request, written when the response is sent (Fastify's own logging writes two,
 * and one per static asset: 1,838 lines in 13 minutes of use). Probes and assets are routine and would
 * bury the requests an operator looks for, so they are logged at `debug` (LOG_LEVEL=debug shows them);
 * every API call, page load and error at `info`, server errors at `error`.
 */
const PROBES = new Set(['/api/health', '/api/ready', '/api/metrics']);
const ASSET = /\.[a-z0-9]+$/i;

export function isRoutineRequest(req: FastifyRequest): boolean {
  const path = req.url.split('?')[0] ?? '/';
  if (PROBES.has(path)) return true;
  if (path.startsWith('/api/docs/static/')) return true;
  return !path.startsWith('/api/') && ASSET.test(path) && path !== '/index.html';
}

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (req, reply) => {
    const status = reply.statusCode;
    const level = status >= 500 ? 'error' : isRoutineRequest(req) ? 'debug' : 'info';
    // Flat fields, not `req`/`res`: Fastify's serializers for those keys would drop the route and user.
    req.log[level]({
      method: req.method, url: req.url, route: req.routeOptions.url, status, ip: req.ip,
      user: req.user?.username, ms: Math.round(reply.elapsedTime * 10) / 10,
    }, 'request');
  });
}
