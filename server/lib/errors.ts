import { ErrorCode } from '../../shared/schemas/common.ts';

/** A field the request got wrong; `code` and `params` (where a rule has them) let a client word it in its own language. */
export interface FieldProblem { field: string; reason: string; code?: string; params?: Record<string, string | number> }

/** An expected failure a client caused; the error handler turns it into `{ code, message, details }`. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Sent as Retry-After: when the client may try again (503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const badRequest = (field: string, reason: string, more: FieldProblem[] = []) =>
  new HttpError(400, ErrorCode.badRequest, `${field}: ${reason}`, [{ field, reason }, ...more]);
/** A 400 whose detail also carries the rule's code and parameters (offer facts, seat shares). */
export const badRequestCoded = (field: string, reason: string, code: string, params: Record<string, string | number>) =>
  new HttpError(400, ErrorCode.badRequest, `${field}: ${reason}`, [{ field, reason, code, params }]);
export const notFound = (what: string, id: string) =>
  new HttpError(404, ErrorCode.notFound, `${what} ${JSON.stringify(id)} not found`);
export const conflict = (message: string, details?: unknown) =>
  new HttpError(409, ErrorCode.conflict, message, details);
export const forbidden = (message = 'Your role may not do this') =>
  new HttpError(403, ErrorCode.forbidden, message);
export const unauthorized = (message = 'Sign in first') =>
  new HttpError(401, ErrorCode.unauthorized, message);
export const unprocessable = (message: string, details?: unknown) =>
  new HttpError(422, ErrorCode.unprocessable, message, details);

/**
 * The rules the database triggers of migration 20261201000100 enforce, by the constraint name they raise,
 * → the field of the request that breaks them (a backstop: the routes check first, with the same rule).
 */
const FACT_CONSTRAINTS: Readonly<Record<string, string>> = {
  lift_offers_category_of_partner: 'body.category',
  lift_offers_category_of_type: 'body.category',
  lift_offers_seats_of_type: 'body.seatsPerSortie',
  lift_offers_seat_share: 'body.seatShare',
  lift_offers_uncatalogued_type: 'body.aircraftType',
  partners_categories_cover_offers: 'body.categories',
  partners_sdf_is_japanese: 'body.categories',
  // migration 20261202080000: air and sea do not mix
  lift_offers_mode_of_destination: 'body.destinationAirportId',
  lift_offers_mode_of_origins: 'body.originAirportIds',
  airports_mode_fixed: 'body.mode',
};

/** Postgres error codes a client's input can cause, mapped to client errors. */
export function fromDatabaseError(err: unknown): HttpError | undefined {
  const e = err as { code?: unknown; detail?: unknown; constraint?: unknown; constraint_name?: unknown; message?: unknown };
  if (typeof e?.code !== 'string') return undefined;
  const detail = typeof e.detail === 'string' ? e.detail : undefined;
  // PGlite names it `constraint`, postgres.js `constraint_name`.
  const named = e.constraint ?? e.constraint_name;
  const constraint = typeof named === 'string' ? named : undefined;
  const factField = constraint ? FACT_CONSTRAINTS[constraint] : undefined;
  if (e.code === '23514' && factField) return badRequest(factField, String(e.message));
  switch (e.code) {
    case '23503': // foreign_key_violation
      return conflict(detail?.includes('is still referenced')
        ? `Still in use: ${detail}`
        : `Refers to something that does not exist${detail ? `: ${detail}` : ''}`, { constraint });
    case '23505':
      return conflict(`Already exists${detail ? `: ${detail}` : ''}`, { constraint });
    case '23514':
    case '23502':
      return new HttpError(400, ErrorCode.badRequest, `Violates a rule of the data (${constraint ?? 'check'})`, [{ field: constraint ?? 'body', reason: 'violates a check constraint' }]);
    case '22021': // character_not_in_repertoire (e.g. NUL in text): a backstop for registerRejectNul
    case '22P05':
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new HttpError(400, ErrorCode.badRequest, `Invalid value: ${String(e.message)}`);
    default:
      return undefined;
  }
}
