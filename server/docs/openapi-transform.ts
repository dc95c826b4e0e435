import type { RouteOptions } from 'fastify';
import { ErrorBody } from '../../shared/schemas/common.ts';
import type { Role } from '../../shared/schemas/session.ts';
import { DEFAULT_CODE, ERROR_CODES } from './error-codes.ts';
import { PAGE } from '../../shared/schemas/pagination.ts';
import { ROLES, type ErrorCase, type RoleHook, type RouteDoc } from './route-doc.ts';

type Schema = Record<string, unknown> & { response?: Record<string, Record<string, unknown>> };
const ALL_ROLES: readonly Role[] = ['planner', 'liaison', 'reader'];

/** The roles the route's own `onRequest` role hook lets through; ['public'] for `config.public` routes. */
export function hookRoles(route: Pick<RouteOptions, 'onRequest' | 'config'>): readonly string[] | undefined {
  if ((route.config as { public?: boolean } | undefined)?.public) return ['public'];
  const hooks = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
  return hooks.map((h) => (h as RoleHook)[ROLES]).find((r) => r !== undefined);
}

/** The errors every route of its kind can answer with, so that no route has to repeat them. */
function commonErrors(schema: Schema, method: string, roles: readonly string[] | undefined): Map<number, ErrorCase[]> {
  const out = new Map<number, ErrorCase[]>();
  const add = (status: number, when: string) => out.set(status, [...(out.get(status) ?? []), { code: DEFAULT_CODE[status]!, when }]);
  if (schema.body || schema.querystring || schema.params || schema.headers) {
    add(400, 'The request does not match the schema (a missing, unknown or wrong-typed field, an impossible date); `details` names each field and reason.');
  }
  const isPublic = roles?.includes('public') ?? false;
  if (!isPublic) add(401, 'No valid session: sign in first.');
  if (!isPublic && roles && !ALL_ROLES.every((r) => roles.includes(r))) add(403, `This account's role may not do this (only ${roles.join(', ')}).`);
  if (!isPublic && !['GET', 'HEAD'].includes(method)) add(403, 'The `x-csrf-token` header (from `GET /api/session`) is missing or wrong.');
  if (schema.body) add(413, 'The body is larger than the limit.');
  add(500, 'A fault of the server; it has been logged.');
  return out;
}

/** Always JSON, also for a route whose success answer is CSV or GeoJSON. */
function errorResponse(cases: readonly ErrorCase[]): Record<string, unknown> {
  const examples = Object.fromEntries(cases.map((c, i) => [`${c.code}${i > 0 ? `-${i + 1}` : ''}`, { value: { code: c.code, message: c.when } }]));
  return {
    description: cases.map((c) => `\`${c.code}\`: ${c.when}`).join('\n\n'),
    content: { 'application/json': { schema: ErrorBody, examples } },
  };
}

/** The headers of every paged list (server/lib/pagination.ts), documented once for all of them. */
const PAGE_HEADERS = {
  'X-Total-Count': { type: 'integer', description: 'Rows of the whole list with these filters (all pages).' },
  'X-Next-Cursor': { type: 'string', description: 'Send as `cursor` for the next page; absent on the last page.' },
  Link: { type: 'string', description: '`<url of the next page>; rel="next"`; absent on the last page.' },
};
const PAGE_TEXT = `\n\n**Paging:** \`limit\` (1–${PAGE.maxLimit}) rows per page and \`cursor\` (the previous page's \`X-Next-Cursor\`); `
  + 'the answer is the page\'s array, with `X-Total-Count`, and `X-Next-Cursor` and `Link: <…>; rel="next"` unless it is the last page. '
  + `Without \`limit\` the list answers up to ${PAGE.unpagedMax.toLocaleString('en')} rows (fewer where the route says so), with the same headers. `
  + 'The order ends in a unique key, so pages never repeat or skip a row when rows are added meanwhile. '
  + 'A `cursor` that this server did not make for this list (garbage, edited, another list\'s) is a 400 naming `querystring.cursor`.';

/** A read that honours If-None-Match (server/services/plan-etag.service.ts): its ETag and its 304. */
function withETag(response: Record<string, Record<string, unknown>>, ok: string, what: string) {
  const ETag = { type: 'string', description: `Changes whenever the answer does: ${what}` };
  response[ok] = { ...response[ok], headers: { ...(response[ok]!.headers as object | undefined), ETag } };
  response['304'] = { type: 'null', description: 'Not modified: `If-None-Match` names the current `ETag` (or is `*`); no body, keep your copy.', headers: { ETag } };
}
const ETAG_TEXT = '\n\n**Caching:** send the `ETag` of your copy as `If-None-Match`: the answer is then 304 without a body while it would be the same. '
  + 'A tag that is not current, not a tag, or a list of tags none of which is current answers 200 as without the header.';

const isPaged = (schema: Schema) => Boolean(((schema.querystring as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}).cursor);

/**
 * The @fastify/swagger `transform`: turns each route's `config.doc` into the operation's summary,
 * description (with its roles), `x-roles`, request/response examples and one error response per status.
 * Routes without a doc come out bare, and the docs test names them.
 */
export function openapiTransform({ schema, url, route }: { schema: unknown; url: string; route: RouteOptions }) {
  const base = (schema ?? {}) as Schema;
  const doc = (route.config as { doc?: RouteDoc } | undefined)?.doc;
  if (!doc || base.hide) return { schema: base, url };
  const method = (Array.isArray(route.method) ? route.method[0] : route.method) as string;
  const roles = doc.roles ?? hookRoles(route);
  const out: Schema = { ...base, summary: doc.summary };
  out.description = `${doc.description}\n\n**Roles:** ${roles ? roles.join(', ') : '(not documented)'}`;
  if (roles) out['x-roles'] = roles;
  if (roles?.includes('public')) out.security = [];
  if (doc.responseType) out.produces = [doc.responseType];
  if (doc.request !== undefined && base.body) out.body = { ...(base.body as object), examples: [doc.request] };
  const response: Record<string, Record<string, unknown>> = { ...(base.response ?? {}) };
  const ok = Object.keys(response).filter((k) => k.startsWith('2')).sort()[0];
  if (ok && doc.response !== undefined) response[ok] = { ...response[ok], examples: [doc.response] };
  if (ok && isPaged(base)) {
    response[ok] = { ...response[ok], headers: PAGE_HEADERS };
    out.description += PAGE_TEXT;
  }
  if (ok && doc.etag) {
    withETag(response, ok, doc.etag);
    out.description += ETAG_TEXT;
  }
  for (const [status, example] of Object.entries(doc.responses ?? {})) {
    if (response[status]) response[status] = { ...response[status], examples: [example] };
  }
  const errors = commonErrors(base, method, roles);
  for (const [status, given] of Object.entries(doc.errors ?? {})) {
    const cases = typeof given === 'string' ? [{ code: DEFAULT_CODE[Number(status)]!, when: given }] : [...(given ?? [])];
    errors.set(Number(status), [...cases, ...(errors.get(Number(status)) ?? [])]);
  }
  // An error status the route's schema declares but its doc does not explain gets the catalogue's meaning.
  for (const status of Object.keys(base.response ?? {}).filter((s) => /^[45]/.test(s)).map(Number)) {
    const code = DEFAULT_CODE[status];
    if (!errors.has(status) && code) errors.set(status, [{ code, when: ERROR_CODES[code].meaning }]);
  }
  for (const [status, cases] of [...errors].sort(([a], [b]) => a - b)) response[String(status)] = errorResponse(cases);
  out.response = response;
  return { schema: out, url };
}
