import { Type, type Static } from 'typebox';
import { Count, Id, IsoTime, Name, Version } from './common.ts';
import { PageQuery } from './pagination.ts';

/** A sortie's lifecycle during execution (shared/operation/lifecycle.ts holds the rules). */
export const SORTIE_STATES = ['planned', 'tasked', 'confirmed', 'declined', 'departed', 'arrived', 'cancelled'] as const;
export type SortieState = (typeof SORTIE_STATES)[number];
export const SortieStateSchema = Type.Union([
  Type.Literal('planned'), Type.Literal('tasked'), Type.Literal('confirmed'), Type.Literal('declined'),
  Type.Literal('departed'), Type.Literal('arrived'), Type.Literal('cancelled'),
]);

export const Priority = Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3)]);
const Passengers = Type.Integer({ minimum: 0, maximum: 100_000 });
const Reason = Type.String({ minLength: 1, maxLength: 2000, description: 'why, in words the crisis cell will read' });

export const ManifestLine = Type.Object({ assemblyAreaId: Id, priority: Priority, passengers: Passengers }, { additionalProperties: false });
export type ManifestLine = Static<typeof ManifestLine>;

export const OperationSortie = Type.Object({
  sortieId: Id, planId: Id, inForce: Type.Boolean(),
  change: Type.Union([Type.Literal('added'), Type.Literal('moved'), Type.Null()]),
  replacesSortieId: Type.Union([Id, Type.Null()]), retiredReason: Type.Union([Type.String(), Type.Null()]),
  offerId: Id, partnerId: Id, originAirportId: Id, destinationAirportId: Id,
  plannedDepartAt: IsoTime, planned: Type.Array(Type.Object({ assemblyAreaId: Id, passengers: Passengers })),
  plannedPassengers: Count, seats: Count,
  state: SortieStateSchema, reason: Type.Union([Type.String(), Type.Null()]),
  departedAt: Type.Union([IsoTime, Type.Null()]), arrivedAt: Type.Union([IsoTime, Type.Null()]),
  manifest: Type.Array(ManifestLine), version: Version,
  updatedBy: Type.Union([Type.String(), Type.Null()]), updatedAt: IsoTime,
});
export type OperationSortie = Static<typeof OperationSortie>;

export const Operation = Type.Object({
  id: Id, scenarioId: Id, planId: Id, name: Name, version: Version,
  proposalPlanId: Type.Union([Id, Type.Null()]),
  clockOffsetMs: Type.Number(), now: IsoTime,
  createdBy: Type.Union([Type.String(), Type.Null()]), createdAt: IsoTime, updatedAt: IsoTime,
});
export type Operation = Static<typeof Operation>;

export const OperationCreate = Type.Object({
  planId: Id, name: Type.Optional(Name),
  clockAt: Type.Optional(Type.Unsafe<string>({ ...IsoTime, description: 'An exercise: what time it is in the operation now (default: the real time)' })),
}, { additionalProperties: false });
export type OperationCreate = Static<typeof OperationCreate>;

export const OperationSortieParams = Type.Object({ id: Id, sortieId: Id }, { additionalProperties: false });

export const DeclineBody = Type.Object({ reason: Reason }, { additionalProperties: false });
export const CancelBody = Type.Object({ reason: Reason }, { additionalProperties: false });
export const DepartBody = Type.Object({
  departedAt: IsoTime,
  manifest: Type.Array(ManifestLine, { maxItems: 3000 }),
}, { additionalProperties: false });
export const ArriveBody = Type.Object({ arrivedAt: IsoTime }, { additionalProperties: false });
export const EmptyBody = Type.Object({}, { additionalProperties: false });

/** Names for the ids the sorties use (airports, partners, assembly areas), limited to what the reader may see. */
export const OperationLabels = Type.Object({
  airports: Type.Record(Type.String(), Type.String()), partners: Type.Record(Type.String(), Type.String()), areas: Type.Record(Type.String(), Type.String()),
});
export const OperationView = Type.Object({ operation: Operation, sorties: Type.Array(OperationSortie), labels: OperationLabels });
export type OperationView = Static<typeof OperationView>;

export const CheckinCreate = Type.Object({
  assemblyAreaId: Id, at: IsoTime,
  priority1: Count, priority2: Count, priority3: Count,
}, { additionalProperties: false });
export type CheckinCreate = Static<typeof CheckinCreate>;
export const Checkin = Type.Object({
  id: Type.Integer(), assemblyAreaId: Id, at: IsoTime, priority1: Count, priority2: Count, priority3: Count,
  source: Type.Union([Type.Literal('manual'), Type.Literal('csv')]), enteredBy: Type.Union([Type.String(), Type.Null()]),
});
export type Checkin = Static<typeof Checkin>;
export const CheckinCsv = Type.Object({ csv: Type.String({ minLength: 1, maxLength: 2_000_000 }) }, { additionalProperties: false });

export const LOG_KINDS = ['decision', 'report', 'partner_message', 'note'] as const;
export const LogKind = Type.Union([Type.Literal('decision'), Type.Literal('report'), Type.Literal('partner_message'), Type.Literal('note')]);
export const LogCreate = Type.Object({
  kind: LogKind, text: Type.String({ minLength: 1, maxLength: 4000 }),
  at: Type.Optional(IsoTime),
  sortieId: Type.Optional(Id), airportId: Type.Optional(Id), assemblyAreaId: Type.Optional(Id),
}, { additionalProperties: false });
export type LogCreate = Static<typeof LogCreate>;
export const LogEntry = Type.Object({
  id: Type.Integer(), at: IsoTime, username: Type.String(), kind: LogKind, text: Type.String(),
  sortieId: Type.Union([Id, Type.Null()]), airportId: Type.Union([Id, Type.Null()]), assemblyAreaId: Type.Union([Id, Type.Null()]),
});
export type LogEntry = Static<typeof LogEntry>;
export const LogQuery = Type.Object({
  kind: Type.Optional(LogKind), sortieId: Type.Optional(Id), airportId: Type.Optional(Id), assemblyAreaId: Type.Optional(Id),
  // A query string is text and the server does not coerce types: the count is digits, 1–500.
  q: Type.Optional(Type.String({ maxLength: 200 })), limit: Type.Optional(Type.String({ pattern: '^([1-9][0-9]?|[1-4][0-9]{2}|500)$', description: '1–500, default 100' })),
}, { additionalProperties: false });
export type LogQuery = Static<typeof LogQuery>;

/** GET /api/operations: `planId` keeps the operations with that plan in force (the print asks for the newest one). */
export const OperationQuery = Type.Object({ planId: Type.Optional(Id), ...PageQuery }, { additionalProperties: false });
export type OperationQuery = Static<typeof OperationQuery>;

export const ReplanBody = Type.Object({ timeLimitSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })) }, { additionalProperties: false });
export const AdoptBody = Type.Object({ planId: Id }, { additionalProperties: false });
