import { Type, type Static } from 'typebox';
import { Id, IsoTime, Name } from './common.ts';
import { OfferRotation } from './rotations.ts';

/** One sortie an approved plan asks of a partner's aircraft, with the passengers it carries. */
export const TaskedSortie = Type.Object({
  sortieId: Id,
  offerId: Id,
  partnerId: Id,
  aircraftType: Type.String(),
  originAirportId: Id,
  destinationAirportId: Id,
  departAt: IsoTime,
  passengers: Type.Integer({ minimum: 0 }),
  /** The airframe of the offer that flies it (1 … aircraftCount); null when none can (turnaround broken). */
  tail: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
});
export type TaskedSortie = Static<typeof TaskedSortie>;

export const TaskingPlan = Type.Object({
  planId: Id,
  planName: Name,
  scenarioName: Name,
  approvedAt: Type.Union([IsoTime, Type.Null()]),
  /** The plan's inputs changed since it was approved; breaks: the change gives it violations (the crisis cell will re-plan). */
  inputsChanged: Type.Boolean(),
  breaks: Type.Boolean(),
  sorties: Type.Array(TaskedSortie),
  /** Per offer, each airframe's sorties in order: "C-17 #2: ICN 06:00 → FUK, back for ICN 14:00". */
  rotations: Type.Array(OfferRotation),
});
export type TaskingPlan = Static<typeof TaskingPlan>;

export const TaskingQuery = Type.Object({ partnerId: Type.Optional(Id) }, { additionalProperties: false });
export type TaskingQuery = Static<typeof TaskingQuery>;
