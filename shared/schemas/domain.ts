import { Type, type Static } from 'typebox';
import {
  Count, CountryCode, Id, IsoTime, Lat, Lon, Name, OperatorCategorySchema, TravelModeSchema, Version, Zone,
} from './common.ts';
import { PlanningPolicy } from './policy.ts';
import { LIMITS } from '../limits.ts';

// ---- Countries ------------------------------------------------------------------------------
export const Country = Type.Object({
  code: CountryCode,
  name: Name,
  residents: Count,
  evacuees: Count,
});
export type Country = Static<typeof Country>;

// ---- Assembly areas -------------------------------------------------------------------------
/** Evacuees = residents + visitors; priority3 = evacuees - priority1 - priority2. */
export const AssemblyArea = Type.Object({
  id: Id,
  country: CountryCode,
  zone: Zone,
  name: Name,
  lat: Lat,
  lon: Lon,
  residents: Count,
  visitors: Count,
  priority1: Count,
  priority2: Count,
});
export type AssemblyArea = Static<typeof AssemblyArea>;

// ---- Airports -------------------------------------------------------------------------------
export const AirportStatus = Type.Union([Type.Literal('open'), Type.Literal('closed')]);
export type AirportStatus = Static<typeof AirportStatus>;
export const Airport = Type.Object({
  id: Id,
  iata: Type.Union([Type.String({ pattern: '^[A-Z0-9]{3}$' }), Type.Null()]),
  icao: Type.Union([Type.String({ pattern: '^[A-Z0-9]{4}$' }), Type.Null()]),
  name: Name,
  country: CountryCode,
  zone: Zone,
  lat: Lat,
  lon: Lon,
  runwayM: Type.Union([Type.Integer({ minimum: 0, maximum: 10_000 }), Type.Null()]),
  departuresPerHour: Type.Integer({ minimum: 0, maximum: 200 }),
  status: AirportStatus,
  /** evac_origin_KR, staging_safe_haven, … (from the reference data); free text. */
  role: Type.Optional(Type.Union([Type.String({ maxLength: 60 }), Type.Null()])),
  /**
   * A departure point is an airport (`air`, the default) or a seaport (`sea`): one table, one set of rules —
   * status, hazard zones, access rules and departures per hour apply to both. Fixed once created (an offer's
   * points must all share its type's mode).
   */
  mode: Type.Optional(TravelModeSchema),
  /** A seaport's passenger berths (null for airports and unknown). */
  berths: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 200 }), Type.Null()])),
  /** UN/LOCODE of a seaport where a source gives it (e.g. KRPUS). */
  unlocode: Type.Optional(Type.Union([Type.String({ pattern: '^[A-Z]{2}[A-Z2-9]{3}$' }), Type.Null()])),
});
export type Airport = Static<typeof Airport>;
/** The mode of a departure point (airports created before ports existed have none: air). */
export const modeOf = (a: Pick<Airport, 'mode'>): 'air' | 'sea' => a.mode ?? 'air';

// ---- Partners and lift offers ---------------------------------------------------------------
/** The operator categories a partner may offer: a fact of who it is (JASDF: sdf; an air force: foreign_military). */
export const PartnerCategories = Type.Array(OperatorCategorySchema, { minItems: 1, maxItems: 3, uniqueItems: true });
export const Partner = Type.Object({
  id: Id,
  name: Name,
  nation: CountryCode,
  categories: PartnerCategories,
  version: Version,
});
export type Partner = Static<typeof Partner>;

/** `type_not_in_catalogue`: seats and category unchecked against a type; `seats_unchecked`: the type has no seat figure. */
export const OfferFlagSchema = Type.Union([Type.Literal('type_not_in_catalogue'), Type.Literal('seats_unchecked')]);
export type OfferFlag = Static<typeof OfferFlagSchema>;

export const OfferStatus = Type.Union([
  Type.Literal('submitted'), Type.Literal('accepted'), Type.Literal('declined'), Type.Literal('withdrawn'),
]);
export type OfferStatus = Static<typeof OfferStatus>;

/** One of a partner's own sorties on which it offers seats: it departs when and where the partner says. */
export const SeatShareDeparture = Type.Object({
  originAirportId: Id,
  departAt: IsoTime,
}, { additionalProperties: false });
export type SeatShareDeparture = Static<typeof SeatShareDeparture>;
/**
 * Seats on the partner's own sorties rather than a whole aircraft for Japan: `seatsPerSortie` seats on each
 * departure listed (`sorties` = their number); the partner flies them anyway, so turnaround and aircraft
 * count do not bind the plan, and a plan may use each departure once, at its own time and airport.
 */
export const SeatShare = Type.Object({
  departures: Type.Array(SeatShareDeparture, { minItems: 1, maxItems: LIMITS.seatShareDepartures }),
}, { additionalProperties: false });
export type SeatShare = Static<typeof SeatShare>;

export const LiftOffer = Type.Object({
  id: Id,
  partnerId: Id,
  category: OperatorCategorySchema,
  aircraftType: Name,
  seatsPerSortie: Type.Integer({ minimum: 1, maximum: 2000 }),
  sorties: Type.Integer({ minimum: 1, maximum: 1000 }),
  aircraftCount: Type.Integer({ minimum: 1, maximum: 500 }),
  availableFrom: IsoTime,
  availableTo: IsoTime,
  originAirportIds: Type.Array(Id, { minItems: 1, maxItems: LIMITS.offerOrigins }),
  destinationAirportId: Id,
  turnaroundHours: Type.Number({ exclusiveMinimum: 0, maximum: 240 }),
  /** Null or absent: the offer is whole aircraft, flown where the plan says. */
  seatShare: Type.Optional(Type.Union([SeatShare, Type.Null()])),
  status: OfferStatus,
  note: Type.Optional(Type.Union([Type.String({ maxLength: LIMITS.noteChars }), Type.Null()])),
  /** The planners' note back to the liaison with their decision (set by /decision only). */
  decisionNote: Type.Optional(Type.Union([Type.String({ maxLength: LIMITS.noteChars }), Type.Null()])),
  version: Version,
  /** What the server could not check against the catalogue (computed on read, never sent by a client). */
  flags: Type.Optional(Type.Array(OfferFlagSchema)),
});
export type LiftOffer = Static<typeof LiftOffer>;

// ---- Scenarios: access rules, hazard zones, ground parameters -------------------------------
export const AccessEffect = Type.Union([Type.Literal('deny'), Type.Literal('allow')]);
export const AccessScope = Type.Union([Type.Literal('country'), Type.Literal('airport')]);
/** scope 'country' → scopeId is an ISO code; scope 'airport' → scopeId is an airport id. */
export const AccessRule = Type.Object({
  id: Id,
  scope: AccessScope,
  scopeId: Id,
  category: OperatorCategorySchema,
  /** Operator nation (ISO code); null = every nation of the category. */
  nation: Type.Union([CountryCode, Type.Null()]),
  effect: AccessEffect,
  validFrom: Type.Union([IsoTime, Type.Null()]),
  validTo: Type.Union([IsoTime, Type.Null()]),
  reason: Type.String({ minLength: 1, maxLength: LIMITS.reasonChars }),
});
export type AccessRule = Static<typeof AccessRule>;

const Position = Type.Tuple([Lon, Lat]);
const LinearRing = Type.Array(Position, { minItems: 4, maxItems: LIMITS.ringVertices });
/** GeoJSON Polygon: the outline first, then its holes; checked further by shared/geometry/polygon-problem.ts. */
export const PolygonGeometry = Type.Object({
  type: Type.Literal('Polygon'),
  coordinates: Type.Array(LinearRing, { minItems: 1, maxItems: LIMITS.polygonRings }),
});
export type PolygonGeometry = Static<typeof PolygonGeometry>;

export const HazardZone = Type.Object({
  id: Id,
  name: Name,
  geometry: PolygonGeometry,
});
export type HazardZone = Static<typeof HazardZone>;

export const GroundParams = Type.Object({
  roadFactor: Type.Number({ minimum: 1, maximum: 5 }),
  groundSpeedKmh: Type.Number({ exclusiveMinimum: 0, maximum: 200 }),
  maxGroundKm: Type.Number({ minimum: 0, maximum: 5000 }),
  processingHours: Type.Number({ minimum: 0, maximum: 72 }),
});
export type GroundParams = Static<typeof GroundParams>;

export const Scenario = Type.Object({
  id: Id,
  name: Name,
  description: Type.String({ maxLength: LIMITS.descriptionChars }),
  /** Countries evacuated in this scenario (the theatre), e.g. ['KR'] or ['KR','TW']. */
  countries: Type.Array(CountryCode, { minItems: 1, maxItems: LIMITS.scenarioCountries }),
  startsAt: IsoTime,
  /** Planning horizon from startsAt, hours. */
  horizonHours: Type.Integer({ minimum: 1, maximum: 720 }),
  ground: GroundParams,
  /** Per-scenario airport status overrides: airportId → status. */
  airportStatus: Type.Record(Type.String(), AirportStatus, { maxProperties: LIMITS.airportStatusKeys, propertyNames: Id }),
  accessRules: Type.Array(AccessRule),
  hazardZones: Type.Array(HazardZone),
  /** What counts as a better plan, in order; always present in the API (optional for the pure core's callers: default "most vulnerable first"). */
  policy: Type.Optional(PlanningPolicy),
  version: Version,
});
export type Scenario = Static<typeof Scenario>;

// ---- Plans ---------------------------------------------------------------------------------
export const Allocation = Type.Object({
  assemblyAreaId: Id,
  passengers: Type.Integer({ minimum: 0, maximum: 100_000 }),
  locked: Type.Boolean(),
});
export type Allocation = Static<typeof Allocation>;

export const Sortie = Type.Object({
  id: Id,
  offerId: Id,
  originAirportId: Id,
  departAt: IsoTime,
  destinationAirportId: Id,
  allocations: Type.Array(Allocation, { maxItems: LIMITS.sortieAllocations }),
});
export type Sortie = Static<typeof Sortie>;

export const PlanStatus = Type.Union([Type.Literal('draft'), Type.Literal('approved')]);
export type PlanStatus = Static<typeof PlanStatus>;
