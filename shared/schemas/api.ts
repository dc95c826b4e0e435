import { Type, type Static } from 'typebox';
import { CountryCode, Id, IsoTime, Name, Version } from './common.ts';
import { LIMITS } from '../limits.ts';
import { PlanningPolicy, PolicyInput } from './policy.ts';
import { LeftBehind, PlanMetrics, PlannedOn, Violation } from './plan-result.ts';
import { OfferRotation } from './rotations.ts';
import { PageQuery } from './pagination.ts';
import {
  AccessRule, Airport, AssemblyArea, GroundParams, HazardZone, LiftOffer, Partner, PlanStatus, Scenario, Sortie,
} from './domain.ts';

const strict = { additionalProperties: false } as const;

const A = AssemblyArea.properties;
export const AssemblyAreaCreate = Type.Object({
  ...A, id: Type.Optional(Id), visitors: Type.Optional(A.visitors), priority1: Type.Optional(A.priority1), priority2: Type.Optional(A.priority2),
}, strict);
export type AssemblyAreaCreate = Static<typeof AssemblyAreaCreate>;
export const AssemblyAreaPatch = Type.Partial(Type.Omit(AssemblyArea, ['id']), { ...strict, minProperties: 1 });
export type AssemblyAreaPatch = Static<typeof AssemblyAreaPatch>;
export const AssemblyAreaQuery = Type.Object({ country: Type.Optional(CountryCode), zone: Type.Optional(Type.String({ maxLength: 60 })), ...PageQuery }, strict);

const P = Airport.properties;
export const AirportCreate = Type.Object({
  ...P, id: Type.Optional(Id), status: Type.Optional(P.status), iata: Type.Optional(P.iata), icao: Type.Optional(P.icao), runwayM: Type.Optional(P.runwayM),
}, strict);
export type AirportCreate = Static<typeof AirportCreate>;
/** A departure point's mode is fixed once created: an offer's points must share its type's mode. */
export const AirportPatch = Type.Partial(Type.Omit(Airport, ['id', 'mode']), { ...strict, minProperties: 1 });
export type AirportPatch = Static<typeof AirportPatch>;
export const AirportQuery = Type.Object({
  country: Type.Optional(CountryCode),
  zone: Type.Optional(Type.String({ maxLength: 60 })),
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
  /** `sea`: seaports only; `air`: airports only. */
  mode: Type.Optional(Type.Union([Type.Literal('air'), Type.Literal('sea')])),
  ...PageQuery,
}, strict);

export const PartnerCreate = Type.Object({ ...Type.Omit(Partner, ['version']).properties, id: Type.Optional(Id) }, strict);
export type PartnerCreate = Static<typeof PartnerCreate>;
/** Send `If-Match: <version>` to have a stale edit refused (409) rather than applied over someone else's. */
export const PartnerPatch = Type.Partial(Type.Omit(Partner, ['id', 'version']), { ...strict, minProperties: 1 });
export type PartnerPatch = Static<typeof PartnerPatch>;

/**
 * A new offer always starts `submitted`; a liaison's partnerId is their own (and may be left out). The
 * category may be left out: the server derives it from the partner and the catalogue type (and refuses
 * one that contradicts them).
 */
const O = Type.Omit(LiftOffer, ['status', 'version', 'decisionNote', 'flags']).properties;
export const LiftOfferCreate = Type.Object({ ...O, id: Type.Optional(Id), partnerId: Type.Optional(Id), category: Type.Optional(O.category) }, strict);
export type LiftOfferCreate = Static<typeof LiftOfferCreate>;
export const LiftOfferPatch = Type.Object({
  ...Type.Partial(Type.Omit(LiftOffer, ['id', 'partnerId', 'version', 'status', 'decisionNote', 'flags'])).properties,
  version: Version,
  status: Type.Optional(Type.Literal('withdrawn', { description: 'a liaison withdraws an offer; decisions go through /decision' })),
}, { ...strict, minProperties: 2 });
export type LiftOfferPatch = Static<typeof LiftOfferPatch>;
export const LiftOfferQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('submitted'), Type.Literal('accepted'), Type.Literal('declined'), Type.Literal('withdrawn')])),
  partnerId: Type.Optional(Id),
  category: Type.Optional(Type.Union([Type.Literal('sdf'), Type.Literal('foreign_military'), Type.Literal('civil')])),
  ...PageQuery,
}, strict);
export const OfferDecision = Type.Object({
  status: Type.Union([Type.Literal('accepted'), Type.Literal('declined')]),
  note: Type.Optional(Type.String({ maxLength: LIMITS.noteChars })),
  version: Type.Optional(Version),
}, strict);
export type OfferDecision = Static<typeof OfferDecision>;

const R = AccessRule.properties;
export const AccessRuleCreate = Type.Object({
  ...R, id: Type.Optional(Id), nation: Type.Optional(R.nation), validFrom: Type.Optional(R.validFrom), validTo: Type.Optional(R.validTo),
}, strict);
export type AccessRuleCreate = Static<typeof AccessRuleCreate>;
export const HazardZoneInput = Type.Object({ ...HazardZone.properties, id: Type.Optional(Id) }, strict);
export type HazardZoneInput = Static<typeof HazardZoneInput>;

export const ScenarioCreate = Type.Object({
  id: Type.Optional(Id),
  name: Name,
  description: Type.Optional(Type.String({ maxLength: LIMITS.descriptionChars })),
  countries: Scenario.properties.countries,
  startsAt: IsoTime,
  horizonHours: Type.Optional(Scenario.properties.horizonHours),
  ground: Type.Optional(GroundParams),
  airportStatus: Type.Optional(Scenario.properties.airportStatus),
  accessRules: Type.Optional(Type.Array(AccessRuleCreate, { maxItems: LIMITS.accessRules })),
  hazardZones: Type.Optional(Type.Array(HazardZoneInput, { maxItems: LIMITS.hazardZones })),
  /** Default: the "most vulnerable first" preset. */
  policy: Type.Optional(PolicyInput),
}, strict);
export type ScenarioCreate = Static<typeof ScenarioCreate>;
export const ScenarioPatch = Type.Object({
  version: Version,
  name: Type.Optional(Name),
  description: Type.Optional(Type.String({ maxLength: LIMITS.descriptionChars })),
  countries: Type.Optional(Scenario.properties.countries),
  startsAt: Type.Optional(IsoTime),
  horizonHours: Type.Optional(Scenario.properties.horizonHours),
  ground: Type.Optional(GroundParams),
  airportStatus: Type.Optional(Scenario.properties.airportStatus),
  /** Replaces the scenario's hazard zones as a whole. */
  hazardZones: Type.Optional(Type.Array(HazardZoneInput, { maxItems: LIMITS.hazardZones })),
  /** A named preset alone, or order and weights (preset "custom"); replaces the policy as a whole. */
  policy: Type.Optional(PolicyInput),
}, { ...strict, minProperties: 2 });
export type ScenarioPatch = Static<typeof ScenarioPatch>;
export const ScenarioDuplicate = Type.Object({ name: Name }, strict);
export const RuleParams = Type.Object({ id: Id, ruleId: Id }, strict);

// ---- Plans ----------------------------------------------------------------------------------
export const SortieInput = Type.Object({
  ...Sortie.properties,
  id: Type.Optional(Id),
}, strict);
export type SortieInput = Static<typeof SortieInput>;
export const PlanCreate = Type.Object({
  name: Name,
  timeLimitSeconds: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 300 })),
  /** Given sorties are stored as they are (e.g. a planner's edits kept as a copy); without them the matcher plans. */
  sorties: Type.Optional(Type.Array(SortieInput, { maxItems: LIMITS.planSorties })),
}, strict);
export type PlanCreate = Static<typeof PlanCreate>;
export const PlanPut = Type.Object({
  name: Type.Optional(Name),
  sorties: Type.Array(SortieInput, { maxItems: LIMITS.planSorties }),
}, strict);
export type PlanPut = Static<typeof PlanPut>;
export const PlanOptimize = Type.Object({
  timeLimitSeconds: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 300 })),
  from: Type.Optional(Type.String({
    ...IsoTime, description: 're-plan from this instant (default: now): sorties departed before it are kept as they are, nothing new departs before it; within the scenario\'s horizon',
  })),
}, strict);
export const PlanQuery = Type.Object({ scenarioId: Type.Optional(Id), status: Type.Optional(PlanStatus), ...PageQuery }, strict);
/** Reads with an ETag: If-None-Match is a list of tags or `*`; a header past this length is a 400, not a long compare. */
export const PlanReadHeaders = Type.Object({
  'if-none-match': Type.Optional(Type.String({ maxLength: 2048, description: 'the `ETag` of your copy (or several, comma-separated): 304 while it is current' })),
});
export const IfMatchHeaders = Type.Object({ 'if-match': Type.String({ pattern: '^(W/)?"?[0-9]{1,9}"?$', description: 'the version you edited' }) });
/** A plan's `If-Match` also takes the `ETag` of `GET /api/plans/:id` (`"<version>.<hash>"`): only the version is compared. */
export const PlanIfMatchHeaders = Type.Object({ 'if-match': Type.String({ pattern: '^(W/)?"?[0-9]{1,9}(\\.[A-Za-z0-9_-]{1,64})?"?$', description: 'the version you edited, or the ETag of your GET' }) });

export const PlanSummaryRow = Type.Object({
  id: Id, scenarioId: Id, name: Name, status: PlanStatus, version: Version,
  createdAt: IsoTime, updatedAt: IsoTime, approvedAt: Type.Union([IsoTime, Type.Null()]), approvedBy: Type.Union([Type.String(), Type.Null()]),
  peopleOut: Type.Integer(), peopleLeft: Type.Integer(),
  /** Violations on today's data (the plan is re-validated whenever it is read). */
  violationCount: Type.Integer(),
  /** Inputs changed since the plan was saved or approved, and whether that breaks it (see Plan.plannedOn). */
  inputsChanged: Type.Boolean(),
  breaks: Type.Boolean(),
  /** Sorties of the plan and when the last one departs (null without sorties). */
  sortieCount: Type.Integer(),
  lastDepartureAt: Type.Union([IsoTime, Type.Null()]),
});
export type PlanSummaryRow = Static<typeof PlanSummaryRow>;

export const Plan = Type.Object({
  id: Id,
  scenarioId: Id,
  name: Name,
  status: PlanStatus,
  version: Version,
  sorties: Type.Array(Sortie),
  /** Violations on today's data: every read re-validates the plan. */
  violations: Type.Array(Violation),
  /** What the plan was planned on and what changed since. */
  plannedOn: PlannedOn,
  /** null in a liaison's view, which shows only their own partner's sorties. */
  metrics: Type.Union([PlanMetrics, Type.Null()]),
  leftBehind: LeftBehind,
  /** Which airframe of each offer flies which sortie (tail 1, 2, …), on today's offers; a liaison sees their own offers' only. */
  rotations: Type.Array(OfferRotation),
  /** How the plan was last produced: matcher status, proven gap, seconds, model size — or an edit. */
  solve: Type.Unknown(),
  /** The scenario's planning policy the matcher last planned this plan with; null for a plan stored as given. */
  policy: Type.Union([PlanningPolicy, Type.Null()]),
  createdBy: Type.Union([Type.String(), Type.Null()]),
  approvedBy: Type.Union([Type.String(), Type.Null()]),
  approvedAt: Type.Union([IsoTime, Type.Null()]),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type Plan = Static<typeof Plan>;

export const Health = Type.Object({ status: Type.Literal('ok'), database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]) });
export const Ready = Type.Object({ status: Type.Literal('ready'), database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]) });
export const CountryName = Type.Object({ code: CountryCode, name: Name });
