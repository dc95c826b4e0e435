import type { FastifyInstance } from 'fastify';
import { badRequest } from './errors.ts';
import { bodyIsNulFree } from './json-body.ts';

/**
 * The path of the first string (value or key) holding a NUL character, or null. Depth-first with an
 * explicit stack: the JSON parser caps nesting, but a walk of client data never recurses regardless.
 */
export function findNul(value: unknown, path: string): string | null {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length > 0) {
    const [v, p] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return p;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${p}[${i}]`]);
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (const [k] of entries) if (k.includes('\u0000')) return `${p}.${k.replaceAll('\u0000', '\\0')}`;
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], `${p}.${entries[i]![0]}`]);
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
    const hit = findNul(req.params, 'params') ?? findNul(req.query, 'querystring') ?? (bodyIsNulFree(req) ? null : findNul(req.body, 'body'));
    if (hit) throw badRequest(hit, 'contains a NUL character (U+0000), which is not allowed');
  });
}
