import { Type, type Static } from 'typebox';
import { Count, Id, IsoTime, Version } from './common.ts';
import { LIMITS } from '../limits.ts';
import { PageQuery } from './pagination.ts';

const strict = { additionalProperties: false } as const;

/**
 * Reciprocity (issue 15): a partner asks for seats on Japan's lift for its own nationals, through its
 * liaison; the planners decide how many of them Japan carries (accepted seats, never more than requested).
 * Each place is where the partner's people gather: an assembly area or a departure point (airport or port).
 */
export const SeatRequestPlace = Type.Object({
  kind: Type.Union([Type.Literal('area'), Type.Literal('airport')], { description: '`area`: an assembly area; `airport`: an airport or seaport' }),
  id: Id,
  seats: Type.Integer({ minimum: 1, maximum: 100_000 }),
}, strict);
export type SeatRequestPlace = Static<typeof SeatRequestPlace>;

export const SeatRequestStatus = Type.Union([
  Type.Literal('submitted'), Type.Literal('accepted'), Type.Literal('declined'), Type.Literal('withdrawn'),
]);
export type SeatRequestStatus = Static<typeof SeatRequestStatus>;

const Places = Type.Array(SeatRequestPlace, { minItems: 1, maxItems: LIMITS.seatRequestPlaces });
const Note = Type.Union([Type.String({ maxLength: LIMITS.noteChars }), Type.Null()]);

export const SeatRequest = Type.Object({
  id: Id,
  partnerId: Id,
  places: Places,
  /** Seats asked for: the sum of the places' seats. */
  seats: Type.Integer({ minimum: 1 }),
  /** The priority mix of those seats, as for an assembly area: priority 3 is the rest. */
  priority1: Count,
  priority2: Count,
  /** When the partner's people are at their places and may leave (no departure before windowFrom). */
  windowFrom: IsoTime,
  windowTo: IsoTime,
  note: Note,
  status: SeatRequestStatus,
  /** The planners' decision: how many of the seats Japan's lift carries (null until decided; 0 when declined). */
  acceptedSeats: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  decisionNote: Note,
  version: Version,
});
export type SeatRequest = Static<typeof SeatRequest>;

/** A liaison's partnerId is their own (and may be left out); a planner names it. */
/** Shorter than other ids: the request's demand groups are areas named `sr:<id>:<place>` (an Id, at most 64). */
const RequestId = Type.String({ minLength: 1, maxLength: 48, pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$' });

export const SeatRequestCreate = Type.Object({
  id: Type.Optional(RequestId),
  partnerId: Type.Optional(Id),
  places: Places,
  priority1: Type.Optional(Count),
  priority2: Type.Optional(Count),
  windowFrom: IsoTime,
  windowTo: IsoTime,
  note: Type.Optional(Note),
}, strict);
export type SeatRequestCreate = Static<typeof SeatRequestCreate>;

/** Send `If-Match: <version>`. An edit of a decided request returns it to `submitted` (the decision answered what was asked). */
export const SeatRequestPatch = Type.Object({
  places: Type.Optional(Places),
  priority1: Type.Optional(Count),
  priority2: Type.Optional(Count),
  windowFrom: Type.Optional(IsoTime),
  windowTo: Type.Optional(IsoTime),
  note: Type.Optional(Note),
  status: Type.Optional(Type.Literal('withdrawn', { description: 'a liaison withdraws a request; decisions go through /decision' })),
}, { ...strict, minProperties: 1 });
export type SeatRequestPatch = Static<typeof SeatRequestPatch>;

/** Send `If-Match: <version>`: two planners deciding on the same request cannot both win. */
export const SeatRequestDecision = Type.Object({
  acceptedSeats: Type.Integer({ minimum: 0, maximum: 100_000, description: '0 declines; never more than the seats requested' }),
  note: Type.Optional(Type.String({ maxLength: LIMITS.noteChars })),
}, strict);
export type SeatRequestDecision = Static<typeof SeatRequestDecision>;

export const SeatRequestQuery = Type.Object({
  partnerId: Type.Optional(Id),
  status: Type.Optional(SeatRequestStatus),
  ...PageQuery,
}, strict);
export type SeatRequestQuery = Static<typeof SeatRequestQuery>;
