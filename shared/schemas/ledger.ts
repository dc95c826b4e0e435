import { Type, type Static } from 'typebox';
import { CountryCode, Id } from './common.ts';
import { SeatRequestStatus } from './seat-requests.ts';
import { PageQuery } from './pagination.ts';

const Int = Type.Integer({ minimum: 0 });

/**
 * Reciprocity ledger of one partner (issue 15): what it offered Japan, what Japan used of it, and what Japan
 * gave its nationals in return — for one plan (by default the latest approved one). The record defence
 * diplomacy needs after the crisis; `given.carried` never exceeds `given.accepted` (the validator's promise).
 */
export const PartnerLedger = Type.Object({
  partnerId: Id,
  name: Type.String(),
  nation: CountryCode,
  /** The plan whose sorties the `used` and `given` figures count; null when no plan is approved yet. */
  plan: Type.Union([Type.Object({ id: Id, name: Type.String(), status: Type.String(), version: Int }), Type.Null()]),
  offered: Type.Object({
    /** Accepted offers: the lift Japan may plan on. */
    offers: Int, sorties: Int,
    /** Seats of those offers: seats per sortie × sorties. */
    seats: Int,
  }),
  used: Type.Object({
    /** The partner's sorties in the plan, their seats, and the Japanese nationals they carry. */
    sorties: Int, seats: Int, japaneseCarried: Int,
  }),
  given: Type.Object({
    /** Seats the partner asked for for its nationals (requests not withdrawn), seats accepted, and its nationals the plan carries on Japan's lift. */
    requested: Int, accepted: Int, carried: Int,
    requests: Type.Array(Type.Object({ id: Id, status: SeatRequestStatus, seats: Int, acceptedSeats: Type.Union([Int, Type.Null()]), carried: Int })),
  }),
  /**
   * What execution reports so far, once an operation runs the plan (null before): the partner's sorties
   * departed, the Japanese nationals on them and its own nationals carried on Japan's lift, from the
   * departure manifests — the figures that stand after the crisis, beside the planned ones above.
   */
  actual: Type.Union([Type.Object({
    operationId: Id,
    sortiesDeparted: Int,
    japaneseCarried: Int,
    nationalsCarried: Int,
  }), Type.Null()]),
});
export type PartnerLedger = Static<typeof PartnerLedger>;

export const LedgerQuery = Type.Object({
  /** The plan to count; default: the latest approved plan. */
  planId: Type.Optional(Id),
}, { additionalProperties: false });
export type LedgerQuery = Static<typeof LedgerQuery>;

/** The every-partner ledger is a list like the partners list, paged in its order; one partner's is not. */
export const LedgerListQuery = Type.Object({
  planId: Type.Optional(Id),
  ...PageQuery,
}, { additionalProperties: false });
export type LedgerListQuery = Static<typeof LedgerListQuery>;
