import type { FastifyInstance } from 'fastify';
import { badRequest } from './errors.ts';

/** The path of the first string (value or key) holding a NUL character, or null. */
export function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) return `${path}.${k.replaceAll('\u0000', '\\0')}`;
      const hit = findNul(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold NUL (U+0000): such a string would fail deep in a query as a 500, or after
 * a matcher run. Refused up front as a 400 naming the field, for the body, the query and the path.
 */
export function registerRejectNul(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const hit = findNul(req.params, 'params') ?? findNul(req.query, 'querystring') ?? findNul(req.body, 'body');
    if (hit) throw badRequest(hit, 'contains a NUL character (U+0000), which is not allowed');
  });
}
