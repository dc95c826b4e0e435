import type { ColumnType, Generated } from 'kysely';
import type { SortieState } from '../../shared/schemas/operation.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Touched = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, unknown, unknown>;

/** Tables of execution (migration 20261202070000_operations). */
export interface OperationTable {
  id: string; scenario_id: string; plan_id: string;
  /** A re-plan from now waiting for the planner's approval, and what it changes. */
  proposal_plan_id: string | null; proposal: Json | null;
  name: string;
  /** Operation time = wall clock + this (0 for a real operation; an exercise runs on the scenario's clock). */
  clock_offset_ms: number;
  version: Generated<number>; created_by: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>; updated_at: Touched;
}

export interface OperationSortieTable {
  operation_id: string; sortie_id: string; plan_id: string;
  in_force: Generated<boolean>; change: string | null; replaces_sortie_id: string | null; retired_reason: string | null;
  offer_id: string; partner_id: string; origin_airport_id: string; destination_airport_id: string;
  planned_depart_at: Timestamp;
  /** The plan's allocations of the sortie: [{assemblyAreaId, passengers}]. */
  planned: Json; seats: number;
  state: SortieState; reason: string | null;
  departed_at: Timestamp | null; arrived_at: Timestamp | null;
  version: Generated<number>; updated_by: string | null; updated_at: Touched;
}

export interface OperationManifestTable {
  operation_id: string; sortie_id: string; assembly_area_id: string; priority: number; passengers: number;
}

export interface OperationCheckinTable {
  id: Generated<number>; operation_id: string; assembly_area_id: string; at: Timestamp;
  priority1: number; priority2: number; priority3: number;
  source: 'manual' | 'csv'; entered_by: string | null; created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface OperationLogTable {
  id: Generated<number>; operation_id: string; at: Timestamp; username: string; kind: string; text: string;
  sortie_id: string | null; airport_id: string | null; assembly_area_id: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface OperationTables {
  operations: OperationTable;
  operation_sorties: OperationSortieTable;
  operation_manifests: OperationManifestTable;
  operation_checkins: OperationCheckinTable;
  operation_log: OperationLogTable;
}
