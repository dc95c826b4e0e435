import type { ErrorCode } from '../../shared/schemas/common.ts';
import type { Role } from '../../shared/schemas/session.ts';

/** One way a route fails: its code (from ERROR_CODES) and when it happens, in the route's own words. */
export interface ErrorCase { code: ErrorCode; when: string }

/**
 * The documentation of one route, given as `config: { ...docRoute({ … }) }` next to its schema. The OpenAPI
 * transform (server/docs/openapi-transform.ts) turns it into the operation's summary, description, roles,
 * examples and error responses; test/api/openapi-docs.test.ts fails for a route without one.
 */
export interface RouteDoc {
  /** A few words, imperative: "List airports". */
  summary: string;
  /** What it does, what it changes, what a caller must know (Markdown). */
  description: string;
  /**
   * Who may call it. Read from the role hook (`anyRole`, `plannerOnly`, `requireRole(…)`) when left out;
   * give it when the handler narrows it further, e.g. `['planner', 'liaison (own partner only)']`.
   */
  roles?: readonly (Role | 'public' | `${Role} (${string})`)[];
  /** An example request body (required when the route takes a body). */
  request?: unknown;
  /** An example of the success answer (required when it has a body). */
  response?: unknown;
  /**
   * Examples of further success answers by status, for a route with more than one (201 with the plan, or
   * 202 with the job that will make it); `response` is the lowest 2xx's.
   */
  responses?: Readonly<Partial<Record<number, unknown>>>;
  /** The media type of the success answer when it is not JSON, e.g. `text/csv`, `application/geo+json`. */
  responseType?: string;
  /**
   * The errors this route itself raises, by HTTP status: a sentence (the code is the status's usual one) or
   * cases with their codes. 400 (schema), 401, 403 (role, CSRF), 413 and 500 are added for every route that can.
   */
  errors?: Readonly<Partial<Record<number, string | readonly ErrorCase[]>>>;
  /**
   * What the success answer's `ETag` is derived from, for a read that honours `If-None-Match`: the ETag
   * header and a 304 answer are documented with it.
   */
  etag?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    doc?: RouteDoc;
  }
}

/** Spread into a route's `config`: `config: { ...docRoute({ summary, description, request, response, errors }) }`. */
export const docRoute = (doc: RouteDoc): { doc: RouteDoc } => ({ doc });

/** Role hooks carry the roles they let through, so the docs read them from the code, not from a comment. */
export const ROLES = Symbol.for('neo.roles');
export type RoleHook = { [ROLES]?: readonly Role[] };
