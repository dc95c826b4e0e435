import type { ColumnType, Generated } from 'kysely';
import type { AirportStatus, OfferStatus, PlanStatus, SeatShare } from '../../shared/schemas/domain.ts';
import type { OperatorCategory } from '../../shared/schemas/common.ts';
import type { PlanningPolicy } from '../../shared/schemas/policy.ts';
import type { OperationTables } from './operation-tables.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<unknown, unknown, unknown>;
type JsonOf<T> = ColumnType<T, unknown, unknown>;

export interface CountryTable { code: string; name: string }

export interface AssemblyAreaTable {
  id: string; country: string; zone: string; name: string; lat: number; lon: number;
  residents: number; visitors: number; priority1: number; priority2: number;
  /** Bumped by every update (PATCH needs If-Match with it); 1 on insert. */
  version: Generated<number>;
  created_at: CreatedAt; updated_at: Timestamp;
}

export interface AirportTable {
  id: string; iata: string | null; icao: string | null; name: string; country: string; zone: string;
  lat: number; lon: number; runway_m: number | null; departures_per_hour: number;
  status: AirportStatus; role: string | null;
  /** Migration 20261202080000: `air` | `sea` (fixed once created), a seaport's berths and UN/LOCODE. */
  mode: ColumnType<'air' | 'sea', 'air' | 'sea' | undefined, never>;
  berths: ColumnType<number | null, number | null | undefined, number | null>;
  unlocode: ColumnType<string | null, string | null | undefined, string | null>;
  /** Bumped by every update (PATCH needs If-Match with it); 1 on insert. */
  version: Generated<number>;
  created_at: CreatedAt; updated_at: Timestamp;
}

export interface PartnerTable {
  id: string; name: string; nation: string;
  /** The operator categories it may offer (text[]); an offer's category must be one of them. */
  categories: ColumnType<OperatorCategory[], OperatorCategory[] | undefined, OperatorCategory[]>;
  version: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt; updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** The aircraft catalogue (migration 20261201000100): each type's category and seats, with attribution. */
export interface AircraftTypeTable {
  type: string; category: OperatorCategory;
  typical_pax: number | null; max_pax_evac: number | null;
  cruise_kmh: number | null; range_km: number | null; min_runway_m: number | null;
  source: string; notes: string;
  mode: ColumnType<'air' | 'sea', 'air' | 'sea' | undefined, 'air' | 'sea'>;
}

export interface LiftOfferTable {
  id: string; partner_id: string; category: OperatorCategory; aircraft_type: string;
  seats_per_sortie: number; sorties: number; aircraft_count: number;
  available_from: Timestamp; available_to: Timestamp; destination_airport_id: string;
  turnaround_hours: number; status: OfferStatus; note: string | null; decision_note: string | null; version: number;
  /** Migration 20261205000000: seats on the partner's own departures; null = whole aircraft. */
  seat_share: ColumnType<SeatShare | null, unknown, unknown>;
  created_at: CreatedAt; updated_at: Timestamp;
}

export interface LiftOfferOriginTable { offer_id: string; airport_id: string; position: number }

export interface ScenarioTable {
  id: string; name: string; description: string;
  countries: JsonOf<string[]>;
  starts_at: Timestamp; horizon_hours: number;
  road_factor: number; ground_speed_kmh: number; max_ground_km: number; processing_hours: number;
  airport_status: JsonOf<Record<string, AirportStatus>>;
  /** PlanningPolicy (shared/schemas/policy.ts). */
  policy: ColumnType<PlanningPolicy, unknown, unknown>;
  version: number; created_at: CreatedAt; updated_at: Timestamp;
}

export interface AccessRuleTable {
  id: string; scenario_id: string; scope: 'country' | 'airport'; scope_id: string;
  category: OperatorCategory; nation: string | null; effect: 'deny' | 'allow';
  valid_from: Timestamp | null; valid_to: Timestamp | null; reason: string;
}

export interface HazardZoneTable {
  id: string; scenario_id: string; name: string;
  geometry: JsonOf<{ type: 'Polygon'; coordinates: [number, number][][] }>;
}

export interface PlanTable {
  id: string; scenario_id: string; name: string; status: PlanStatus; version: number;
  /** Derived figures stored with the plan so lists and summaries need no re-computation. */
  metrics: Json;
  violations: Json;
  left_behind: Json;
  solve: Json;
  /** The PlanningPolicy the matcher last planned with (null for plans stored as given). */
  policy: ColumnType<PlanningPolicy | null, unknown, unknown>;
  /** What the plan was planned on (shared/plan/inputs.ts PlanBasis) and the violation keys it had then. */
  basis: Json | null;
  basis_violations: Json | null;
  basis_at: Timestamp | null;
  basis_kind: 'saved' | 'approved' | null;
  /** The cached derivation (violations, metrics, left_behind, drift) was computed on data of this digest. */
  drift: Json | null;
  derived_digest: string | null;
  derived_at: Timestamp | null;
  /** The list's figures, written with every derivation (and the sorties with every save). */
  people_out: Generated<number>; people_left: Generated<number>; violation_count: Generated<number>;
  inputs_changed: Generated<boolean>; breaks: Generated<boolean>;
  sortie_count: Generated<number>; last_departure_at: Timestamp | null;
  created_by: string | null; approved_by: string | null; approved_at: Timestamp | null;
  created_at: CreatedAt; updated_at: Timestamp;
}

/** A plan's printed summary per reader and variant, under the digest of the plan version and data it was computed on. */
export interface PlanSummaryTable {
  plan_id: string; variant: string; digest: string; summary: Json; computed_at: Generated<Date>;
}

export interface SortieTable {
  id: string; plan_id: string; position: number; offer_id: string;
  origin_airport_id: string; destination_airport_id: string; depart_at: Timestamp;
}

export interface AllocationTable {
  plan_id: string; sortie_id: string; assembly_area_id: string; passengers: number; locked: boolean;
}

export interface UserTable {
  username: string; password_hash: string; role: 'planner' | 'liaison' | 'reader';
  partner_id: string | null; created_at: CreatedAt;
  /** Set while the account may not sign in; its sessions were ended when it was set. */
  disabled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Null while the account still has the password it was created (or seeded) with. */
  password_changed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** The interface language the account chose; null: the client's default for the role and browser. */
  language: ColumnType<string | null, string | null | undefined, string | null>;
  /** The zone times are shown in ('utc', 'jst', 'local': the theatre's); null: the language's default. */
  time_zone: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionTable {
  id: string; username: string; csrf_token: string; created_at: CreatedAt; expires_at: Timestamp;
}

/** A sign-in rate-limit window shared by every API instance (server/auth/rate-limit-store.ts). */
export interface RateLimitHitTable {
  key: string; count: number; reset_at: Timestamp;
}

export interface AuditEventTable {
  id: Generated<number>; at: CreatedAt; username: string | null; action: string;
  entity_type: string; entity_id: string;
  before: Json | null; after: Json | null;
}

/** What the event bus published (migration 20261202030000), kept a few minutes for resume and big payloads. */
export interface BusEventTable {
  id: ColumnType<string, never, never>; topic: string; payload: Json; created_at: CreatedAt;
}

/** A matcher run as a durable job (migration 20261203010000); pg-boss holds its place in the queue. */
export interface MatcherJobTable {
  id: string; kind: 'plan' | 'replan'; created_by: string; scenario_id: string; plan_id: string | null;
  request: Json; state: Generated<'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled'>;
  progress: Json | null; result_plan_id: string | null; error: Json | null; attempts: Generated<number>;
  cancel_requested_by: string | null;
  created_at: CreatedAt; started_at: Timestamp | null; finished_at: Timestamp | null;
}

/** A partner's request for seats on Japan's lift for its nationals (migration 20261204020000). */
export interface SeatRequestTable {
  id: string; partner_id: string;
  places: JsonOf<{ kind: 'area' | 'airport'; id: string; seats: number }[]>;
  seats: number; priority1: number; priority2: number;
  window_from: Timestamp; window_to: Timestamp; note: string | null;
  status: 'submitted' | 'accepted' | 'declined' | 'withdrawn';
  accepted_seats: number | null; decision_note: string | null; version: number;
  created_at: CreatedAt; updated_at: Timestamp;
}

/** The state of the planning data as one random token, renewed by triggers on every change (migration 20261206000000). */
export interface DataGenerationTable { id: number; token: string; changed_at: Timestamp }

/** Execution's tables live in their own file (issue 12). */
export interface Database extends OperationTables {
  countries: CountryTable;
  assembly_areas: AssemblyAreaTable;
  airports: AirportTable;
  partners: PartnerTable;
  aircraft_types: AircraftTypeTable;
  lift_offers: LiftOfferTable;
  lift_offer_origins: LiftOfferOriginTable;
  scenarios: ScenarioTable;
  access_rules: AccessRuleTable;
  hazard_zones: HazardZoneTable;
  plans: PlanTable;
  plan_summaries: PlanSummaryTable;
  data_generation: DataGenerationTable;
  sorties: SortieTable;
  allocations: AllocationTable;
  users: UserTable;
  sessions: SessionTable;
  rate_limit_hits: RateLimitHitTable;
  audit_events: AuditEventTable;
  bus_events: BusEventTable;
  matcher_jobs: MatcherJobTable;
  seat_requests: SeatRequestTable;
}
