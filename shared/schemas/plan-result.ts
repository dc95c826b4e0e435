import { Type, type Static } from 'typebox';
import { CountryCode, Id, IsoTime, OperatorCategorySchema } from './common.ts';
import { REASON_CODES, REMEDY_CODES } from '../plan/checks/explain-phrases.ts';
import { Sortie } from './domain.ts';

// Shapes of the pure core's results (shared/plan): validator, metrics, left-behind explanation,
// matcher. The core's TypeScript interfaces match these; test/core checks real results against them.

export const ViolationRuleSchema = Type.Enum([
  'access_denied', 'seats_exceeded', 'unknown_offer', 'offer_not_accepted', 'offer_sorties_exceeded',
  'outside_availability', 'origin_not_eligible', 'destination_mismatch', 'turnaround_exceeded',
  'unknown_airport', 'airport_closed', 'airport_in_hazard', 'departures_per_hour_exceeded', 'unknown_area',
  'ground_other_country', 'ground_other_zone', 'ground_too_far', 'ground_hazard_crossing', 'ground_too_early',
  'area_over_allocated', 'invalid_count', 'invalid_time',
  'partner_not_on_japanese_lift', 'partner_outside_window', 'partner_seats_exceeded',
  'seat_share_departure', 'seat_share_twice',
]);

export const Violation = Type.Object({
  rule: ViolationRuleSchema,
  /** English, for the log and for clients that do not translate; the client words it from rule + params. */
  message: Type.String(),
  /** What the rule is about (names, counts, ISO instants, codes): the words in any language come from these. */
  params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Null()]))),
  sortieId: Type.Optional(Id),
  assemblyAreaId: Type.Optional(Id),
  airportId: Type.Optional(Id),
  offerId: Type.Optional(Id),
});
export type Violation = Static<typeof Violation>;

const Int = Type.Integer({ minimum: 0 });
const Figures = Type.Object({ p1: Int, p2: Int, p3: Int });
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

export const PlanMetrics = Type.Object({
  evacuees: Int,
  peopleOut: Int,
  peopleLeft: Int,
  outByPriority: Figures,
  leftByPriority: Figures,
  byCountry: Type.Array(Type.Object({
    country: CountryCode, evacuees: Int, out: Int, left: Int, evacueesByPriority: Figures, outByPriority: Figures,
  })),
  sorties: Int,
  sortiesByPartner: Type.Array(Type.Object({ partnerId: Id, name: Type.String(), sorties: Int, seats: Int, passengers: Int })),
  sortiesByCategory: Type.Object({ sdf: Int, foreign_military: Int, civil: Int }),
  seatsOffered: Int,
  seatsUsed: Int,
  seatUse: Type.Number({ minimum: 0 }),
  lastDepartureAt: Type.Union([IsoTime, Type.Null()]),
  clearanceHours: NullableNumber,
  meanDepartureHourByPriority: Type.Object({ p1: NullableNumber, p2: NullableNumber, p3: NullableNumber }),
  /** Last departure per priority, hours after the scenario start ("priority 1 out by H+…"). Optional: plans stored before it was derived lack it until re-derived. */
  lastDepartureHourByPriority: Type.Optional(Type.Object({ p1: NullableNumber, p2: NullableNumber, p3: NullableNumber })),
  /** Sorties with a priority inversion a swap could fix (0 for a matcher plan). Optional as above. */
  priorityInversions: Type.Optional(Int),
  priorityScore: Type.Number({ minimum: 0 }),
});
export type PlanMetrics = Static<typeof PlanMetrics>;

export const BindingReason = Type.Enum([
  'no_reachable_airport', 'access_denied', 'no_offer', 'no_offer_in_time', 'lift_exhausted',
  'departure_slots', 'aircraft_cycles', 'not_planned', 'outside_window',
]);

export const ReasonCode = Type.Enum([...REASON_CODES]);
export const RemedyCode = Type.Enum([...REMEDY_CODES]);

/** What a clause of an explanation is about: airport codes, offer ids, counts, ISO instants (shared/plan/checks/explain-phrases.ts). */
export const ExplainParams = Type.Object({
  airportId: Type.Optional(Id), airport: Type.Optional(Type.String()),
  airports: Type.Optional(Type.Array(Type.String())), moreAirports: Type.Optional(Int),
  zone: Type.Optional(Type.String()), hazard: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  horizonHours: Type.Optional(Type.Number({ minimum: 0 })), km: Type.Optional(Type.Number({ minimum: 0 })),
  from: Type.Optional(IsoTime), to: Type.Optional(IsoTime), hours: Type.Optional(Int), perHour: Type.Optional(Int),
  offerId: Type.Optional(Id), aircraftType: Type.Optional(Type.String()), category: Type.Optional(OperatorCategorySchema),
  offers: Type.Optional(Int), sorties: Type.Optional(Int), seats: Type.Optional(Int),
  ruleId: Type.Optional(Id), ruleReason: Type.Optional(Type.String()),
  aircraft: Type.Optional(Type.Array(Type.Object({
    offerId: Id, aircraftType: Type.String(), aircraftCount: Int, turnaroundHours: Type.Number({ minimum: 0 }), used: Int, sorties: Int,
  }))),
  areas: Type.Optional(Int), largest: Type.Optional(Type.String()),
}, { additionalProperties: false });

/**
 * Why and what would help, as codes and params: each language words them (client catalogues `explain`);
 * `reason` and `remedy` are the same in English.
 */
export const StructuredExplanation = {
  reasonCode: ReasonCode, reasonParams: ExplainParams,
  reasonNotes: Type.Array(Type.Object({ code: ReasonCode, params: ExplainParams })),
  remedyCode: RemedyCode, remedyParams: ExplainParams,
  remedyAlternatives: Type.Array(Type.Object({ code: RemedyCode, params: ExplainParams })),
};

export const LeftBehind = Type.Object({
  countries: Type.Array(Type.Object({
    country: CountryCode, left: Int, binding: BindingReason, reason: Type.String(), remedy: Type.String(), ...StructuredExplanation,
  })),
  areas: Type.Array(Type.Object({
    assemblyAreaId: Id, name: Type.String(), country: CountryCode, left: Int, leftByPriority: Figures,
    binding: BindingReason, reason: Type.String(), remedy: Type.String(), ...StructuredExplanation,
    /** A partner's nationals (issue 15): the partner and its seat request. */
    partnerId: Type.Optional(Id), seatRequestId: Type.Optional(Id),
  })),
});
export type LeftBehind = Static<typeof LeftBehind>;

export const MatchStatus = Type.Enum(['optimal', 'time_limit', 'infeasible', 'empty', 'fallback']);

export const MatchResult = Type.Object({
  plan: Type.Object({ sorties: Type.Array(Sortie) }),
  status: MatchStatus,
  /** Proven relative gap; 0 when optimal, null when unknown. */
  gap: NullableNumber,
  objective: NullableNumber,
  bestBound: NullableNumber,
  score: Type.Number(),
  solveSeconds: Type.Number({ minimum: 0 }),
  totalSeconds: Type.Number({ minimum: 0 }),
  model: Type.Object({ columns: Int, integers: Int, rows: Int, nonzeros: Int }),
  postPass: Type.Object({ swaps: Int, moved: Int }),
  warnings: Type.Array(Type.String()),
});
export type MatchResult = Static<typeof MatchResult>;

export const InputChangeCode = Type.Enum([
  'scenario_changed', 'offer_added', 'offer_removed', 'offer_status_changed', 'offer_edited',
  'rule_added', 'rule_removed', 'rule_changed', 'airport_added', 'airport_removed', 'airport_status_changed', 'airport_changed',
  'area_added', 'area_removed', 'area_count_changed', 'area_changed', 'hazard_added', 'hazard_removed', 'hazard_changed',
]);

/** One input that differs from what the plan was planned on (shared/plan/inputs.ts): code + params for any language, and an English sentence. */
export const InputChange = Type.Object({
  code: InputChangeCode,
  kind: Type.Enum(['scenario', 'offer', 'rule', 'airport', 'area', 'hazard']),
  id: Id,
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()])),
  message: Type.String(),
  /** A violation the plan did not have when it was planned names this input. */
  breaksPlan: Type.Boolean(),
});
export type InputChange = Static<typeof InputChange>;

/**
 * Whether the plan is judged on the data it was planned on: every read re-validates the plan against
 * today's data and lists what changed since it was saved (or approved), and whether that breaks it.
 */
export const PlannedOn = Type.Object({
  /** False for a plan stored before its inputs were recorded: there is nothing to compare with. */
  known: Type.Boolean(),
  /** When the inputs were recorded: the last save, or the approval. */
  at: Type.Union([IsoTime, Type.Null()]),
  basis: Type.Union([Type.Literal('saved'), Type.Literal('approved'), Type.Null()]),
  /** When violations, metrics and explanations were last computed (on today's data). */
  checkedAt: IsoTime,
  changed: Type.Boolean(),
  changes: Type.Array(InputChange, { maxItems: 200 }),
  /** Changes beyond the listed ones (or, for a liaison, changes to inputs that are not theirs). */
  moreChanges: Int,
  /** Violations today that the plan did not have when it was planned. */
  newViolations: Int,
  /** The changes break the plan: it has violations it did not have when planned. */
  breaks: Type.Boolean(),
});
export type PlannedOn = Static<typeof PlannedOn>;
