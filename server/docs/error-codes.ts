import { ErrorCode } from '../../shared/schemas/common.ts';

export interface ErrorCodeInfo { statuses: number[]; meaning: string }

/**
 * Every `code` the API answers with, its HTTP statuses and what it means. A Record over ErrorCode, so a new
 * code does not type-check until it is documented here; the docs' error page and `GET /api/error-codes` read it.
 */
export const ERROR_CODES: Readonly<Record<ErrorCode, ErrorCodeInfo>> = {
  [ErrorCode.badRequest]: { statuses: [400], meaning: 'The request does not match the schema, or breaks a rule of the data. `details` lists every problem as `{ field, reason }` (at most 50), e.g. `{ "field": "body.seats", "reason": "must be >= 1" }`.' },
  [ErrorCode.unauthorized]: { statuses: [401], meaning: 'No valid session: sign in with `POST /api/session` and send the `neo_session` cookie it sets. Also: wrong username or password at sign-in.' },
  [ErrorCode.forbidden]: { statuses: [403], meaning: 'Signed in, but this account\'s role (or partner) may not do this; or a write came without the session\'s `x-csrf-token` header (from `GET /api/session`); or the account is disabled.' },
  [ErrorCode.notFound]: { statuses: [404], meaning: 'No resource with this id, or one this account may not see (a liaison sees only its own partner\'s data); or no such route.' },
  [ErrorCode.conflict]: { statuses: [409], meaning: 'The write conflicts with what is stored: the `If-Match` version is no longer the current one (re-read and merge), the id already exists, or the resource is still referenced by another.' },
  [ErrorCode.unprocessable]: { statuses: [422], meaning: 'Well-formed but cannot be carried out: e.g. an import whose rows have problems (nothing was written; `details.errors` lists each row, column and reason), or a plan that cannot be approved as it stands.' },
  [ErrorCode.preconditionRequired]: { statuses: [428], meaning: 'A versioned write was sent without `If-Match`: send the `ETag` from the `GET` of the resource you edited.' },
  [ErrorCode.tooLarge]: { statuses: [413], meaning: 'The body (or an uploaded file) is larger than the limit the message names.' },
  [ErrorCode.rateLimited]: { statuses: [429], meaning: 'Too many requests (e.g. sign-in attempts); retry after the time the message or `Retry-After` names.' },
  [ErrorCode.matcherTimeout]: { statuses: [504], meaning: 'A matcher (solver) run overran its time limit and was stopped; other runs are unaffected. Try a shorter time limit or a smaller scenario.' },
  [ErrorCode.matcherFailed]: { statuses: [422, 503], meaning: 'A matcher run failed: 422 when the solver rejected the inputs, 503 (with `Retry-After`) when its worker was unavailable. Other runs are unaffected.' },
  [ErrorCode.matcherBusy]: { statuses: [503], meaning: 'Too many matcher runs are waiting for the solver; retry after `Retry-After` seconds.' },
  [ErrorCode.queueFull]: { statuses: [429, 503], meaning: 'The matcher job queue is full: 429 when this account has its share of waiting jobs, 503 when the whole queue is; retry after `Retry-After` seconds.' },
  [ErrorCode.jobCancelled]: { statuses: [409, 410], meaning: 'The matcher job was cancelled before it produced a plan.' },
  [ErrorCode.serviceUnavailable]: { statuses: [503], meaning: 'The server cannot take this now (e.g. too many live event streams are open); retry after `Retry-After` seconds.' },
  [ErrorCode.notReady]: { statuses: [503], meaning: 'The server runs but its database does not answer (`GET /api/ready`); a load balancer should send traffic elsewhere until it does.' },
  [ErrorCode.derivationFailed]: { statuses: [503], meaning: 'The plan checker (the thread that computes a plan\'s violations, metrics and explanations) died or could not start, e.g. it ran out of memory; nothing was stored. Retry after `Retry-After` seconds: a fresh thread takes the next check.' },
  [ErrorCode.derivationRejected]: { statuses: [422], meaning: 'The plan checker failed on this plan\'s data (the same data fails again); nothing was stored. The message says why.' },
  [ErrorCode.overloaded]: { statuses: [503], meaning: 'This API instance is overloaded (its event loop or memory is past the `OVERLOAD_*` limit) and shed the request at once; retry after `Retry-After` seconds, or on another instance.' },
  [ErrorCode.internal]: { statuses: [500], meaning: 'A fault of the server; it has been logged. The body never carries internals.' },
};

/** The code a status answers with when a route names only the status. */
export const DEFAULT_CODE: Readonly<Record<number, ErrorCode>> = {
  400: ErrorCode.badRequest, 401: ErrorCode.unauthorized, 403: ErrorCode.forbidden, 404: ErrorCode.notFound,
  409: ErrorCode.conflict, 413: ErrorCode.tooLarge, 422: ErrorCode.unprocessable, 428: ErrorCode.preconditionRequired,
  429: ErrorCode.rateLimited, 500: ErrorCode.internal, 503: ErrorCode.matcherBusy, 504: ErrorCode.matcherTimeout,
};

/** The error-code page of the docs (Markdown, rendered by Swagger UI in the document's description). */
export function errorCodesMarkdown(): string {
  const rows = Object.entries(ERROR_CODES).map(([code, e]) => `| \`${code}\` | ${e.statuses.join(', ')} | ${e.meaning} |`);
  return [
    '## Errors',
    'Every error answers with one JSON shape, `{ "code": string, "message": string, "details"?: any }`: `code` is one of the',
    'values below (stable, for programs), `message` says in English what went wrong and names the field (for people),',
    '`details` carries field problems or row errors where the code says so. The same table is served as `GET /api/error-codes`.',
    '',
    '| code | HTTP status | meaning |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}
