import type { Selectable } from 'kysely';
import type { OperationSortieTable, OperationTable } from '../db/operation-tables.ts';
import type { ManifestLine, Operation, OperationSortie, SortieState } from '../../shared/schemas/operation.ts';
import { iso, isoOrNull, jsonb } from '../lib/json.ts';
import type { Db } from './db-type.ts';
import { keysetPage, type PageRequest } from './keyset.ts';
import type { ListSpec } from '../lib/pagination.ts';

export type StoredOperation = Omit<Operation, 'now'> & { proposal: unknown };

const toOperation = (r: Selectable<OperationTable>): StoredOperation => ({
  id: r.id, scenarioId: r.scenario_id, planId: r.plan_id, name: r.name, version: r.version,
  proposalPlanId: r.proposal_plan_id, proposal: r.proposal, clockOffsetMs: Number(r.clock_offset_ms),
  createdBy: r.created_by, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
});

export async function insertOperation(db: Db, o: { id: string; scenarioId: string; planId: string; name: string; clockOffsetMs: number; createdBy: string }) {
  await db.insertInto('operations').values({
    id: o.id, scenario_id: o.scenarioId, plan_id: o.planId, name: o.name, clock_offset_ms: o.clockOffsetMs, created_by: o.createdBy,
  }).execute();
}

export async function getOperation(db: Db, id: string, forUpdate = false): Promise<StoredOperation | undefined> {
  let q = db.selectFrom('operations').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r && toOperation(r);
}

/**
 * `partnerId` (a liaison): only operations where that partner has a sortie it may see
 * (shared/operation/lifecycle.ts liaisonSees, here as SQL). `planId`: only those with that plan in force.
 */
export interface OperationFilter { partnerId?: string; planId?: string }

function filtered(db: Db, filter: OperationFilter) {
  let q = db.selectFrom('operations').selectAll();
  if (filter.planId !== undefined) q = q.where('plan_id', '=', filter.planId);
  if (filter.partnerId !== undefined) {
    const partnerId = filter.partnerId;
    q = q.where(({ exists, selectFrom }) => exists(selectFrom('operation_sorties').select('operation_sorties.sortie_id')
      .whereRef('operation_sorties.operation_id', '=', 'operations.id')
      .where('operation_sorties.partner_id', '=', partnerId).where('operation_sorties.state', '!=', 'planned')));
  }
  return q;
}

export const OPERATION_LIST: ListSpec = { name: 'operations', keys: [{ column: 'created_at', dir: 'desc', type: 'timestamptz' }, { column: 'id', dir: 'asc', type: 'text' }] };
export const pageOperations = (db: Db, filter: OperationFilter, page: PageRequest) => keysetPage(filtered(db, filter), OPERATION_LIST.keys, page, toOperation);

export async function updateOperation(db: Db, id: string, version: number, set: { planId?: string; proposalPlanId?: string | null; proposal?: unknown }) {
  await db.updateTable('operations').set({
    version, updated_at: new Date(),
    ...(set.planId !== undefined ? { plan_id: set.planId } : {}),
    ...(set.proposalPlanId !== undefined ? { proposal_plan_id: set.proposalPlanId } : {}),
    ...(set.proposal !== undefined ? { proposal: set.proposal === null ? null : jsonb(set.proposal) } : {}),
  }).where('id', '=', id).execute();
}

export interface NewOperationSortie {
  sortieId: string; planId: string; offerId: string; partnerId: string; originAirportId: string; destinationAirportId: string;
  plannedDepartAt: string; planned: { assemblyAreaId: string; passengers: number }[]; seats: number; state: SortieState;
  change?: 'added' | 'moved' | null; replacesSortieId?: string | null; updatedBy: string;
}

export async function insertOperationSorties(db: Db, operationId: string, rows: NewOperationSortie[]) {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto('operation_sorties').values(rows.slice(i, i + 500).map((r) => ({
      operation_id: operationId, sortie_id: r.sortieId, plan_id: r.planId, offer_id: r.offerId, partner_id: r.partnerId,
      origin_airport_id: r.originAirportId, destination_airport_id: r.destinationAirportId, planned_depart_at: r.plannedDepartAt,
      planned: jsonb(r.planned), seats: r.seats, state: r.state, change: r.change ?? null, replaces_sortie_id: r.replacesSortieId ?? null,
      updated_by: r.updatedBy,
    }))).execute();
  }
}

type SortieRow = Selectable<OperationSortieTable>;
const toSortie = (r: SortieRow, manifest: ManifestLine[]): OperationSortie => {
  const planned = r.planned as OperationSortie['planned'];
  return {
    sortieId: r.sortie_id, planId: r.plan_id, inForce: r.in_force, change: (r.change ?? null) as OperationSortie['change'],
    replacesSortieId: r.replaces_sortie_id, retiredReason: r.retired_reason,
    offerId: r.offer_id, partnerId: r.partner_id, originAirportId: r.origin_airport_id, destinationAirportId: r.destination_airport_id,
    plannedDepartAt: iso(r.planned_depart_at), planned, plannedPassengers: planned.reduce((n, a) => n + a.passengers, 0), seats: r.seats,
    state: r.state, reason: r.reason, departedAt: isoOrNull(r.departed_at), arrivedAt: isoOrNull(r.arrived_at),
    manifest, version: r.version, updatedBy: r.updated_by, updatedAt: iso(r.updated_at),
  };
};

async function manifestsOf(db: Db, operationId: string, sortieId?: string): Promise<Map<string, ManifestLine[]>> {
  let q = db.selectFrom('operation_manifests').selectAll().where('operation_id', '=', operationId);
  if (sortieId) q = q.where('sortie_id', '=', sortieId);
  const out = new Map<string, ManifestLine[]>();
  for (const m of await q.orderBy('sortie_id').orderBy('assembly_area_id').orderBy('priority').execute()) {
    const list = out.get(m.sortie_id) ?? [];
    list.push({ assemblyAreaId: m.assembly_area_id, priority: m.priority as 1 | 2 | 3, passengers: m.passengers });
    out.set(m.sortie_id, list);
  }
  return out;
}

/**
 * The operation's sorties, retired ones included, in planned order. With `partnerId` (a liaison) only those
 * liaisonSees (shared/operation/lifecycle.ts) lets them see, as SQL.
 */
export async function listOperationSorties(db: Db, operationId: string, partnerId?: string): Promise<OperationSortie[]> {
  let q = db.selectFrom('operation_sorties').selectAll().where('operation_id', '=', operationId);
  if (partnerId !== undefined) q = q.where('partner_id', '=', partnerId).where('state', '!=', 'planned');
  const rows = await q.orderBy('planned_depart_at').orderBy('sortie_id').execute();
  const manifests = await manifestsOf(db, operationId);
  return rows.map((r) => toSortie(r, manifests.get(r.sortie_id) ?? []));
}

export async function getOperationSortie(db: Db, operationId: string, sortieId: string, forUpdate = false): Promise<OperationSortie | undefined> {
  let q = db.selectFrom('operation_sorties').selectAll().where('operation_id', '=', operationId).where('sortie_id', '=', sortieId);
  if (forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) return undefined;
  return toSortie(r, (await manifestsOf(db, operationId, sortieId)).get(sortieId) ?? []);
}

export interface SortieUpdate {
  state?: SortieState; reason?: string | null; departedAt?: string | null; arrivedAt?: string | null;
  inForce?: boolean; retiredReason?: string | null; change?: 'added' | 'moved' | null; updatedBy: string;
}

/** Writes the next version of one sortie's execution record (the caller locked it and checked its version). */
export async function updateOperationSortie(db: Db, operationId: string, sortieId: string, version: number, u: SortieUpdate) {
  await db.updateTable('operation_sorties').set({
    version, updated_by: u.updatedBy, updated_at: new Date(),
    ...(u.state !== undefined ? { state: u.state } : {}),
    ...(u.reason !== undefined ? { reason: u.reason } : {}),
    ...(u.departedAt !== undefined ? { departed_at: u.departedAt } : {}),
    ...(u.arrivedAt !== undefined ? { arrived_at: u.arrivedAt } : {}),
    ...(u.inForce !== undefined ? { in_force: u.inForce } : {}),
    ...(u.retiredReason !== undefined ? { retired_reason: u.retiredReason } : {}),
    ...(u.change !== undefined ? { change: u.change } : {}),
  }).where('operation_id', '=', operationId).where('sortie_id', '=', sortieId).execute();
}

export async function writeManifest(db: Db, operationId: string, sortieId: string, lines: ManifestLine[]) {
  await db.deleteFrom('operation_manifests').where('operation_id', '=', operationId).where('sortie_id', '=', sortieId).execute();
  const rows = lines.filter((l) => l.passengers > 0).map((l) => ({
    operation_id: operationId, sortie_id: sortieId, assembly_area_id: l.assemblyAreaId, priority: l.priority, passengers: l.passengers,
  }));
  if (rows.length > 0) await db.insertInto('operation_manifests').values(rows).execute();
}

/** A kept sortie whose plan changed it (a locked part re-planned around): its planned figures follow the plan in force. */
export async function updatePlannedSortie(db: Db, operationId: string, s: { id: string; departAt: string; originAirportId: string; destinationAirportId: string; allocations: { assemblyAreaId: string; passengers: number }[] }, version: number, username: string) {
  await db.updateTable('operation_sorties').set({
    planned_depart_at: s.departAt, origin_airport_id: s.originAirportId, destination_airport_id: s.destinationAirportId,
    planned: jsonb(s.allocations.map((a) => ({ assemblyAreaId: a.assemblyAreaId, passengers: a.passengers }))), change: 'moved',
    version, updated_by: username, updated_at: new Date(),
  }).where('operation_id', '=', operationId).where('sortie_id', '=', s.id).execute();
}
