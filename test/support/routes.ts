import type { FastifyInstance } from 'fastify';

/**
 * "METHOD /path" of every API route the app serves, read from Fastify's own route tree (HEAD mirrors
 * GET and is left out; the OpenAPI pages under /api/docs are public and left out too).
 */
export function apiRoutes(app: FastifyInstance): string[] {
  const stack: string[] = [];
  const out = new Set<string>();
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([\s│├└─]*)(\S.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    stack.length = m[1]!.length / 4;
    stack.push(m[2]!);
    const path = stack.join('');
    for (const method of (m[3] ?? '').split(', ').filter(Boolean)) {
      if (method !== 'HEAD' && path.startsWith('/api/') && !path.startsWith('/api/docs')) out.add(`${method} ${path}`);
    }
  }
  return [...out].sort();
}

/** Whether a concrete request (method, url) is one for the route "METHOD /api/pattern/:param". */
export function isRequestFor(route: string, method: string, url: string): boolean {
  const [m, pattern] = route.split(' ');
  const re = new RegExp(`^${pattern!.replace(/\./g, '\\.').replace(/:[a-zA-Z]+/g, '[^/?]+')}(\\?.*)?$`);
  return m === method && re.test(url);
}
