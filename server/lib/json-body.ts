import type { FastifyInstance } from 'fastify';
import { LIMITS, formatLimit } from '../../shared/limits.ts';
import { badRequest } from './errors.ts';
import { jsonTooDeep } from './json-depth.ts';

/**
 * The JSON body parser: Fastify's own (prototype poisoning refused), after a nesting-depth check on the
 * raw text. Runs after onRequest, so only public routes (sign-in) parse a body for an anonymous client.
 */
export function registerJsonBody(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: LIMITS.bodyBytes }, (req, body, done) => {
    const text = body as string;
    const deep = jsonTooDeep(text, LIMITS.jsonDepth);
    if (deep) {
      done(badRequest(deep, `nests arrays/objects more than ${formatLimit(LIMITS.jsonDepth)} levels deep; the limit is ${formatLimit(LIMITS.jsonDepth)}`), undefined);
      return;
    }
    parse(req, text, done);
  });
}
