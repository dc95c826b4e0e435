import { Type, type Static } from 'typebox';
import { Format } from 'typebox/format';
import { LIMITS } from '../limits.ts';
import { isIsoInstant } from '../time/iso-instant.ts';

/** Every error the API returns has this shape. */
export const ErrorCode = {
  badRequest: 'bad_request',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  notFound: 'not_found',
  conflict: 'conflict',
  unprocessable: 'unprocessable',
  preconditionRequired: 'precondition_required',
  tooLarge: 'payload_too_large',
  rateLimited: 'rate_limited',
  /** A matcher run overran its time limit and was stopped; other runs are unaffected. */
  matcherTimeout: 'matcher_timeout',
  /** A matcher run failed (the solver threw, or its worker died); other runs are unaffected. */
  matcherFailed: 'matcher_failed',
  /** Too many matcher runs are waiting; try again shortly. */
  matcherBusy: 'matcher_busy',
  /** The matcher job queue is full (429: this user's share; 503: everyone's); Retry-After says when to try again. */
  queueFull: 'queue_full',
  /** The matcher job was cancelled before it produced a plan. */
  jobCancelled: 'job_cancelled',
  /** The server cannot take this now (too many live streams); Retry-After says when to try again. */
  serviceUnavailable: 'service_unavailable',
  /** The database does not answer (GET /api/ready). */
  notReady: 'not_ready',
  /** Plans could not be checked: the derivation pool failed; other requests are unaffected. */
  derivationFailed: 'derivation_failed',
  /** The plan's data makes its check fail (the same data fails again). */
  derivationRejected: 'derivation_rejected',
  /** This API instance is overloaded (event loop or memory); retry after Retry-After seconds, or on another instance. */
  overloaded: 'overloaded',
  internal: 'internal',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ErrorBody = Type.Object({
  code: Type.String(),
  message: Type.String(),
  details: Type.Optional(Type.Unknown()),
});
export type ErrorBody = Static<typeof ErrorBody>;

/** Ids are opaque text: readable slugs for seeded rows, UUIDs for rows created through the API. */
export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$' });
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;

// 'date-time' means a real instant everywhere the schemas are checked: here (TypeBox, the client) and in the
// server's Ajv (server/lib/formats.ts). The stock check lets through leap seconds, which parse to NaN.
Format.Set('date-time', isIsoInstant);
export const IsoTime = Type.String({ format: 'date-time', maxLength: 40, description: 'RFC 3339 instant with an offset, e.g. 2027-04-01T06:00:00Z' });
export const CountryCode = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code' });
export const Zone = Type.String({
  pattern: '^[A-Z]{2}-[a-z0-9-]{1,40}$',
  description: 'Landmass, e.g. KR-main, KR-jeju, TW-kinmen',
});
export const Lat = Type.Number({ minimum: -90, maximum: 90 });
export const Lon = Type.Number({ minimum: -180, maximum: 180 });
export const Name = Type.String({ minLength: 1, maxLength: LIMITS.nameChars });
export const Count = Type.Integer({ minimum: 0, maximum: 10_000_000 });
/** Stored as a PostgreSQL integer: a larger number could only fail in the database. */
export const Version = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });

export const OperatorCategory = {
  sdf: 'sdf',
  foreignMilitary: 'foreign_military',
  civil: 'civil',
} as const;
export type OperatorCategory = (typeof OperatorCategory)[keyof typeof OperatorCategory];
export const OperatorCategorySchema = Type.Union([
  Type.Literal('sdf'),
  Type.Literal('foreign_military'),
  Type.Literal('civil'),
]);

/** How a departure point is left: `air` (an airport), `sea` (a seaport). A sailing is planned like a sortie. */
export const TravelMode = { air: 'air', sea: 'sea' } as const;
export type TravelMode = (typeof TravelMode)[keyof typeof TravelMode];
export const TravelModeSchema = Type.Union([Type.Literal('air'), Type.Literal('sea')]);
