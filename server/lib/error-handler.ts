import type { FastifyError, FastifyInstance } from 'fastify';
import { ErrorCode } from '../../shared/schemas/common.ts';
import { LIMITS, formatLimit } from '../../shared/limits.ts';
import { instantProblem } from '../../shared/time/iso-instant.ts';
import { fromDatabaseError, HttpError, type FieldProblem } from './errors.ts';

/** Listing every error of a 20,000-item body would make the answer larger than the request. */
const MAX_DETAILS = 50;

interface AjvError {
  keyword: string; instancePath: string; message?: string; data?: unknown;
  params?: { missingProperty?: string; additionalProperty?: string; limit?: number; format?: string; propertyName?: string; allowedValue?: unknown };
}

const count = (data: unknown, keyword: string): number | undefined => {
  if (keyword === 'maxItems' && Array.isArray(data)) return data.length;
  if (keyword === 'maxProperties' && data !== null && typeof data === 'object') return Object.keys(data).length;
  if (keyword === 'maxLength' && typeof data === 'string') return data.length;
  return undefined;
};
const UNIT: Record<string, string> = { maxItems: 'items', maxProperties: 'entries', maxLength: 'characters' };

/** One schema error as `{ field, reason }`, the reason saying the limit or why a time is no instant. */
function problem(context: string, v: AjvError): FieldProblem {
  const base = `${context}${v.instancePath.replace(/\//g, '.')}`;
  const p = v.params ?? {};
  if (p.missingProperty) return { field: `${base}.${p.missingProperty}`, reason: 'is required' };
  if (p.additionalProperty) return { field: `${base}.${p.additionalProperty}`, reason: 'is not a known field' };
  if (p.propertyName !== undefined) return { field: `${base}.${p.propertyName}`, reason: `is not a valid key: ${v.message ?? 'invalid'}` };
  const n = count(v.data, v.keyword);
  if (n !== undefined && p.limit !== undefined) {
    return { field: base, reason: `has ${formatLimit(n)} ${UNIT[v.keyword]}; the limit is ${formatLimit(p.limit)}` };
  }
  if (v.keyword === 'format' && p.format === 'date-time' && typeof v.data === 'string') {
    return { field: base, reason: `is not a real instant: ${instantProblem(v.data) ?? 'invalid'}` };
  }
  return { field: base, reason: v.message ?? 'is invalid' };
}

/**
 * A union of literals (`'true' | 'false'`) fails once per branch, each "must be equal to constant": one
 * problem per field naming every allowed value says it in a line.
 */
function mergeConstants(list: AjvError[]): AjvError[] {
  const out: AjvError[] = [];
  for (const v of list) {
    const prev = out[out.length - 1];
    if (v.keyword !== 'const') { out.push(v); continue; }
    const allowed = JSON.stringify(v.params?.allowedValue);
    if (prev?.keyword === 'const' && prev.instancePath === v.instancePath) prev.message = `${prev.message}, ${allowed}`;
    else out.push({ ...v, message: `must be one of ${allowed}` });
  }
  return out;
}

/** The one error handler: `{ code, message, details }` for what a client caused, a logged 500 for the rest. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) {
      const all = mergeConstants(err.validation as AjvError[]).map((v) => problem(err.validationContext ?? 'body', v))
        // Ajv adds "must match a schema in anyOf" after the branch errors of a union: the branches say more.
        .filter((d, i, list) => !(list.length > 1 && /must match a schema in anyOf/.test(d.reason)));
      const details = all.slice(0, MAX_DETAILS);
      const first = details[0];
      return reply.status(400).send({
        code: ErrorCode.badRequest,
        message: first ? `${first.field} ${first.reason}${all.length > 1 ? ` (and ${all.length - 1} more)` : ''}` : 'Invalid request',
        details,
      });
    }
    if (err instanceof HttpError) {
      if (err.retryAfterSeconds !== undefined) reply.header('retry-after', String(err.retryAfterSeconds));
      return reply.status(err.statusCode).send({ code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) });
    }
    const dbErr = fromDatabaseError(err);
    if (dbErr) {
      req.log.info({ pgCode: (err as { code?: string }).code, constraint: (err as { constraint?: string }).constraint }, 'database rejected client input');
      return reply.status(dbErr.statusCode).send({ code: dbErr.code, message: dbErr.message, details: dbErr.details });
    }
    const status = err.statusCode ?? 500;
    if (status < 500) {
      const code = status === 413 ? ErrorCode.tooLarge
        : status === 429 ? ErrorCode.rateLimited
        : status === 404 ? ErrorCode.notFound
        : status === 401 ? ErrorCode.unauthorized
        : status === 403 ? ErrorCode.forbidden
        : ErrorCode.badRequest;
      const message = status === 413 ? `Request body larger than ${formatLimit(req.routeOptions.bodyLimit ?? LIMITS.bodyBytes)} bytes (the limit)`
        : err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError ? `body is not valid JSON: ${err.message}`
        : err.message;
      return reply.status(status).send({ code, message });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ code: ErrorCode.internal, message: 'Internal error; it has been logged' });
  });
}
