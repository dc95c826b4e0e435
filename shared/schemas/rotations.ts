import { Type, type Static } from 'typebox';
import { Id, IsoTime } from './common.ts';

// Aircraft rotations: which airframe of an offer flies which sortie (shared/plan/solve/rotations.ts).

export const RotationLeg = Type.Object({
  sortieId: Id,
  originAirportId: Id,
  destinationAirportId: Id,
  departAt: IsoTime,
  /** departAt + the offer's turnaroundHours: the airframe may depart again from then on. */
  readyAgainAt: IsoTime,
});
export type RotationLeg = Static<typeof RotationLeg>;

export const UnassignedReason = Type.Union([
  Type.Literal('unknown_offer'),
  Type.Literal('invalid_time'),
  /** Every airframe of the offer is still turning around: the plan breaks the turnaround rule. */
  Type.Literal('no_free_aircraft'),
]);
export type UnassignedReason = Static<typeof UnassignedReason>;

export const OfferRotation = Type.Object({
  offerId: Id,
  /** null when the offer no longer exists. */
  aircraftType: Type.Union([Type.String(), Type.Null()]),
  aircraftCount: Type.Integer({ minimum: 0 }),
  turnaroundHours: Type.Number({ minimum: 0 }),
  /** Airframes that fly at least one sortie, tail 1, 2, … (at most aircraftCount), legs in departure order. */
  tails: Type.Array(Type.Object({ tail: Type.Integer({ minimum: 1 }), legs: Type.Array(RotationLeg) })),
  unassigned: Type.Array(Type.Object({ sortieId: Id, reason: UnassignedReason })),
});
export type OfferRotation = Static<typeof OfferRotation>;
