import { Type, type Static } from 'typebox';
import { Name, OperatorCategorySchema, TravelModeSchema } from './common.ts';

/**
 * An aircraft or ship type of the lift catalogue (table `aircraft_types`, loaded from `server/seed/data/aircraft.csv`).
 * `seats` is the typical passenger / troop-seat figure (`typical_pax`); `maxPaxEvac` a configured or
 * certified maximum, or (C-17 only) an observed emergency figure. Null where the source gave no figure.
 */
export const AircraftType = Type.Object({
  type: Name,
  category: OperatorCategorySchema,
  seats: Type.Union([Type.Integer({ minimum: 1, maximum: 2000 }), Type.Null()]),
  maxPaxEvac: Type.Union([Type.Integer({ minimum: 1, maximum: 2000 }), Type.Null()]),
  cruiseKmh: Type.Union([Type.Number({ exclusiveMinimum: 0, maximum: 3000 }), Type.Null()]),
  rangeKm: Type.Union([Type.Number({ exclusiveMinimum: 0, maximum: 50_000 }), Type.Null()]),
  minRunwayM: Type.Union([Type.Integer({ minimum: 0, maximum: 10_000 }), Type.Null()]),
  /** `air` for aircraft, `sea` for ships (migration 20261202080000): an offer's points must be of its type's mode. */
  mode: Type.Optional(TravelModeSchema),
  /** Attribution: the pages each figure was read from, and what the figures mean. */
  source: Type.Optional(Type.String()),
  notes: Type.Optional(Type.String()),
});
export type AircraftType = Static<typeof AircraftType>;
