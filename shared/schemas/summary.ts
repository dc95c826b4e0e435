import { Type, type Static } from 'typebox';
import { CountryCode, Id, IsoTime, Lat, Lon, Name, OperatorCategorySchema, TravelModeSchema, Version } from './common.ts';
import { AccessEffect, AccessScope, PlanStatus, PolygonGeometry } from './domain.ts';
import { PlannedOn, StructuredExplanation } from './plan-result.ts';
import { PlanningPolicy } from './policy.ts';

// The printed plan summary (GET /api/plans/:id/summary and the /plans/:id/print page): every figure
// the paper shows, built by shared/summary/plan-summary.ts from a planning snapshot and a plan.

const strict = { additionalProperties: false } as const;
const Int = Type.Integer({ minimum: 0 });
const NullableTime = Type.Union([IsoTime, Type.Null()]);
const Priorities = Type.Object({ p1: Int, p2: Int, p3: Int });
const NullableHours = Type.Union([Type.Number(), Type.Null()]);
const LonLat = Type.Tuple([Type.Number(), Type.Number()]);

export const SummaryQuery = Type.Object({
  airport: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$', description: 'airport id, IATA or ICAO code: that airport\'s departures only' })),
  partner: Type.Optional(Id),
}, strict);
export type SummaryQuery = Static<typeof SummaryQuery>;

export const SummaryVariant = Type.Union([Type.Literal('full'), Type.Literal('airport'), Type.Literal('partner')]);
export type SummaryVariant = Static<typeof SummaryVariant>;

export const SummaryHeader = Type.Object({
  variant: SummaryVariant,
  /** "Full summary", "Departures from ICN — Incheon International Airport", "Tasking of Royal Air Force". */
  title: Type.String(),
  airportId: Type.Union([Id, Type.Null()]),
  partnerId: Type.Union([Id, Type.Null()]),
  scenarioId: Id,
  scenarioName: Name,
  scenarioStartsAt: IsoTime,
  horizonHours: Int,
  countries: Type.Array(Type.Object({ code: CountryCode, name: Type.String() })),
  planId: Id,
  planName: Name,
  status: PlanStatus,
  /** True unless the plan is approved: the paper carries a DRAFT mark. */
  draft: Type.Boolean(),
  version: Version,
  approvedAt: NullableTime,
  approvedBy: Type.Union([Type.String(), Type.Null()]),
  updatedAt: IsoTime,
  /** When the summary was put together for this reader, to 10 seconds (a repeat within them is the same answer). */
  printedAt: IsoTime,
  printedBy: Type.String(),
  /** Rule violations on today's data (the plan is re-validated on every read; a draft may have some). */
  violations: Int,
  /** What changed in the plan's inputs since it was saved or approved, and whether that breaks it. */
  plannedOn: PlannedOn,
  /** The planning policy the plan was planned with (null: stored as given, never planned). */
  policy: Type.Optional(Type.Union([PlanningPolicy, Type.Null()])),
});
export type SummaryHeader = Static<typeof SummaryHeader>;

/** evacuees and left are null for a selection (one airport, one partner): only what it carries counts. */
const TotalsRow = Type.Object({
  evacuees: Type.Union([Int, Type.Null()]),
  out: Int,
  left: Type.Union([Int, Type.Null()]),
  evacueesByPriority: Type.Union([Priorities, Type.Null()]),
  outByPriority: Priorities,
});
export const SummaryTotals = Type.Object({
  scope: Type.Union([Type.Literal('plan'), Type.Literal('selection')]),
  all: TotalsRow,
  byCountry: Type.Array(Type.Object({ ...TotalsRow.properties, country: CountryCode, name: Type.String() })),
  sorties: Int,
  seats: Int,
  passengers: Int,
  firstDepartureAt: NullableTime,
  lastDepartureAt: NullableTime,
  /** Hours from the scenario's start to the last departure with passengers. */
  clearanceHours: Type.Union([Type.Number(), Type.Null()]),
  /** The whole plan only: when each priority leaves ("priority 1 out by H+…"), hours after the start. */
  byPriority: Type.Optional(Type.Object({
    meanHour: Type.Object({ p1: NullableHours, p2: NullableHours, p3: NullableHours }),
    lastHour: Type.Object({ p1: NullableHours, p2: NullableHours, p3: NullableHours }),
    inversions: Int,
  }, strict)),
});
export type SummaryTotals = Static<typeof SummaryTotals>;

export const DepartureHour = Type.Object({
  hourStart: IsoTime,
  sorties: Int,
  seats: Int,
  passengers: Int,
  /** More sorties in this clock hour than the airport's departures per hour. */
  overCapacity: Type.Boolean(),
  partners: Type.Array(Type.String()),
  destinations: Type.Array(Type.String()),
});
export const AirportDepartures = Type.Object({
  airportId: Id,
  label: Type.String(),
  name: Type.String(),
  country: CountryCode,
  /** An airport's sorties or a seaport's sailings: one table, the mode says which. */
  mode: TravelModeSchema,
  departuresPerHour: Int,
  sorties: Int,
  seats: Int,
  passengers: Int,
  outByPriority: Priorities,
  hours: Type.Array(DepartureHour),
});
export type AirportDepartures = Static<typeof AirportDepartures>;

export const TaskedSortie = Type.Object({
  sortieId: Id,
  offerId: Id,
  aircraftType: Type.String(),
  category: Type.Union([OperatorCategorySchema, Type.Null()]),
  /** A flight or a sailing (the mode of its origin). */
  mode: TravelModeSchema,
  departAt: IsoTime,
  originId: Id,
  originLabel: Type.String(),
  destinationId: Id,
  destinationLabel: Type.String(),
  seats: Int,
  passengers: Int,
  outByPriority: Priorities,
  areas: Type.Array(Type.Object({ assemblyAreaId: Id, name: Type.String(), passengers: Int })),
  /** The offer's airframe that flies it (1 … aircraftCount), null when none can (turnaround broken). */
  tail: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  /** The same airframe's next departure ("back for ICN 14:00"), null after its last sortie. */
  next: Type.Union([Type.Object({ departAt: IsoTime, originLabel: Type.String() }), Type.Null()]),
});
export type TaskedSortie = Static<typeof TaskedSortie>;
export const PartnerTasking = Type.Object({
  partnerId: Id,
  name: Type.String(),
  nation: Type.Union([CountryCode, Type.Null()]),
  sorties: Int,
  seats: Int,
  passengers: Int,
  firstDepartureAt: NullableTime,
  lastDepartureAt: NullableTime,
  offers: Type.Array(Type.Object({ offerId: Id, aircraftType: Type.String(), planned: Int, offered: Int })),
  sortieRows: Type.Array(TaskedSortie),
});
export type PartnerTasking = Static<typeof PartnerTasking>;

export const CallForwardMove = Type.Object({
  /** Latest time to leave the assembly area: departAt − processing − travel, rounded down to 5 minutes. */
  moveAt: IsoTime,
  departAt: IsoTime,
  airportId: Id,
  airportLabel: Type.String(),
  passengers: Int,
  outByPriority: Priorities,
  sorties: Int,
  km: Type.Number({ minimum: 0 }),
  travelHours: Type.Number({ minimum: 0 }),
  /** The move would have to start before the scenario does: the plan is not feasible on the ground. */
  beforeStart: Type.Boolean(),
  /** Why the road leg is not allowed (other zone, too far, crosses a hazard), null when it is. */
  groundIssue: Type.Union([Type.String(), Type.Null()]),
});
export const CallForwardArea = Type.Object({
  assemblyAreaId: Id,
  name: Type.String(),
  country: CountryCode,
  zone: Type.String(),
  evacuees: Int,
  planned: Int,
  moves: Type.Array(CallForwardMove),
});
export type CallForwardArea = Static<typeof CallForwardArea>;

export const SummaryLeftBehind = Type.Object({
  left: Int,
  leftByPriority: Priorities,
  countries: Type.Array(Type.Object({
    country: CountryCode, name: Type.String(), left: Int, binding: Type.String(), reason: Type.String(), remedy: Type.String(),
    ...StructuredExplanation,
  })),
  areas: Type.Array(Type.Object({
    assemblyAreaId: Id, name: Type.String(), country: CountryCode, left: Int, leftByPriority: Priorities,
    binding: Type.String(), reason: Type.String(), remedy: Type.String(),
    ...StructuredExplanation,
  })),
  /** The areas past the listed ones, counted, not named: the planner's list of people left behind has them all. */
  unlisted: Type.Object({ areas: Int, left: Int, leftByPriority: Priorities }),
  /** 'plan': the explanation stored with the plan; 'recomputed': it no longer matched today's data. */
  source: Type.Union([Type.Literal('plan'), Type.Literal('recomputed')]),
});
export type SummaryLeftBehind = Static<typeof SummaryLeftBehind>;

export const SummaryRestrictions = Type.Object({
  accessRules: Type.Array(Type.Object({
    id: Id,
    scope: AccessScope,
    scopeId: Id,
    scopeLabel: Type.String(),
    category: OperatorCategorySchema,
    nation: Type.Union([CountryCode, Type.Null()]),
    nationLabel: Type.Union([Type.String(), Type.Null()]),
    effect: AccessEffect,
    validFrom: NullableTime,
    validTo: NullableTime,
    reason: Type.String(),
  })),
  closedAirports: Type.Array(Type.Object({ airportId: Id, label: Type.String(), name: Type.String(), country: CountryCode, reason: Type.String() })),
  hazardZones: Type.Array(Type.Object({ id: Id, name: Type.String(), airportsInside: Type.Array(Type.String()), areasInside: Type.Array(Type.String()) })),
  ground: Type.Object({ roadFactor: Type.Number(), groundSpeedKmh: Type.Number(), maxGroundKm: Type.Number(), processingHours: Type.Number() }),
});
export type SummaryRestrictions = Static<typeof SummaryRestrictions>;

export const SummaryMap = Type.Object({
  /** [[west, south], [east, north]] of everything drawn. */
  bounds: Type.Tuple([LonLat, LonLat]),
  theatre: Type.Array(CountryCode),
  areas: Type.Array(Type.Object({ id: Id, name: Type.String(), lat: Lat, lon: Lon, evacuees: Int, planned: Int, share: Type.Number({ minimum: 0, maximum: 1 }) })),
  airports: Type.Array(Type.Object({
    id: Id, label: Type.String(), lat: Lat, lon: Lon,
    state: Type.Union([Type.Literal('open'), Type.Literal('closed'), Type.Literal('hazard')]),
    sdfDenied: Type.Boolean(), sorties: Int, passengers: Int,
  })),
  legs: Type.Array(Type.Object({ areaId: Id, airportId: Id, from: LonLat, to: LonLat, passengers: Int })),
  hazards: Type.Array(Type.Object({ id: Id, name: Type.String(), geometry: PolygonGeometry })),
});
export type SummaryMap = Static<typeof SummaryMap>;

export const PlanSummary = Type.Object({
  header: SummaryHeader,
  totals: SummaryTotals,
  map: SummaryMap,
  departures: Type.Union([Type.Array(AirportDepartures), Type.Null()]),
  tasking: Type.Array(PartnerTasking),
  callForward: Type.Union([Type.Array(CallForwardArea), Type.Null()]),
  leftBehind: Type.Union([SummaryLeftBehind, Type.Null()]),
  /** null in a partner's tasking: access rules and the scenario's hazards are the crisis cell's to brief. */
  restrictions: Type.Union([SummaryRestrictions, Type.Null()]),
});
export type PlanSummary = Static<typeof PlanSummary>;
