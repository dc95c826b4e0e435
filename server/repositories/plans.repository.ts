import type { Selectable } from 'kysely';
import type { PlanTable } from '../db/database.ts';
import type { Plan, PlanSummaryRow } from '../../shared/schemas/api.ts';
import type { PlanStatus, Sortie } from '../../shared/schemas/domain.ts';
import { iso, isoOrNull, jsonb } from '../lib/json.ts';
import type { Db } from './db-type.ts';
import type { PlanningPolicy } from '../../shared/schemas/policy.ts';

/** What the server derives from a plan's sorties and stores beside them. */
export interface PlanDerived { violations: Plan['violations']; metrics: Plan['metrics']; leftBehind: Plan['leftBehind']; solve: unknown }

function toPlan(r: Selectable<PlanTable>, sorties: Sortie[]): Plan {
  return {
    id: r.id, scenarioId: r.scenario_id, name: r.name, status: r.status, version: r.version, sorties,
    violations: (r.violations ?? []) as Plan['violations'], metrics: r.metrics as Plan['metrics'],
    leftBehind: r.left_behind as Plan['leftBehind'], solve: r.solve, policy: r.policy ?? null,
    createdBy: r.created_by, approvedBy: r.approved_by, approvedAt: isoOrNull(r.approved_at),
    createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
  };
}

export async function listPlans(db: Db, f: { scenarioId?: string; status?: PlanStatus } = {}): Promise<PlanSummaryRow[]> {
  let q = db.selectFrom('plans').selectAll().orderBy('updated_at', 'desc').orderBy('id');
  if (f.scenarioId) q = q.where('scenario_id', '=', f.scenarioId);
  if (f.status) q = q.where('status', '=', f.status);
  const rows = await q.execute();
  return rows.map((r) => {
    const m = (r.metrics ?? {}) as { peopleOut?: number; peopleLeft?: number };
    return {
      id: r.id, scenarioId: r.scenario_id, name: r.name, status: r.status, version: r.version,
      createdAt: iso(r.created_at), updatedAt: iso(r.updated_at), approvedAt: isoOrNull(r.approved_at),
      approvedBy: r.approved_by, peopleOut: Number(m.peopleOut ?? 0), peopleLeft: Number(m.peopleLeft ?? 0),
      violationCount: Array.isArray(r.violations) ? r.violations.length : 0,
    };
  });
}

export async function getPlan(db: Db, id: string, forUpdate = false): Promise<Plan | undefined> {
  let q = db.selectFrom('plans').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) return undefined;
  const sorties = await db.selectFrom('sorties').selectAll().where('plan_id', '=', id).orderBy('position').execute();
  const allocations = sorties.length
    ? await db.selectFrom('allocations').selectAll()
      .where('plan_id', '=', id).orderBy('sortie_id').orderBy('assembly_area_id').execute()
    : [];
  const bySortie = new Map<string, Sortie['allocations']>();
  for (const a of allocations) {
    const list = bySortie.get(a.sortie_id) ?? [];
    list.push({ assemblyAreaId: a.assembly_area_id, passengers: a.passengers, locked: a.locked });
    bySortie.set(a.sortie_id, list);
  }
  return toPlan(row, sorties.map((s) => ({
    id: s.id, offerId: s.offer_id, originAirportId: s.origin_airport_id, departAt: iso(s.depart_at),
    destinationAirportId: s.destination_airport_id, allocations: bySortie.get(s.id) ?? [],
  })));
}

const CHUNK = 500;
async function writeSorties(db: Db, planId: string, sorties: Sortie[]) {
  await db.deleteFrom('sorties').where('plan_id', '=', planId).execute();
  const sortieRows = sorties.map((s, position) => ({
    id: s.id, plan_id: planId, position, offer_id: s.offerId, origin_airport_id: s.originAirportId,
    destination_airport_id: s.destinationAirportId, depart_at: s.departAt,
  }));
  for (let i = 0; i < sortieRows.length; i += CHUNK) {
    await db.insertInto('sorties').values(sortieRows.slice(i, i + CHUNK)).execute();
  }
  const allocRows = sorties.flatMap((s) => s.allocations.map((a) => ({
    plan_id: planId, sortie_id: s.id, assembly_area_id: a.assemblyAreaId, passengers: a.passengers, locked: a.locked,
  })));
  for (let i = 0; i < allocRows.length; i += CHUNK) {
    await db.insertInto('allocations').values(allocRows.slice(i, i + CHUNK)).execute();
  }
}

/** `policy`: the scenario's policy the matcher planned with (null when the sorties were stored as given). */
export async function insertPlan(db: Db, p: { id: string; scenarioId: string; name: string; createdBy: string | null; sorties: Sortie[]; policy?: PlanningPolicy | null } & PlanDerived) {
  await db.insertInto('plans').values({
    id: p.id, scenario_id: p.scenarioId, name: p.name, status: 'draft', version: 1, created_by: p.createdBy,
    metrics: jsonb(p.metrics), violations: jsonb(p.violations), left_behind: jsonb(p.leftBehind), solve: jsonb(p.solve),
    policy: p.policy ? jsonb(p.policy) : null, updated_at: new Date(),
  }).execute();
  await writeSorties(db, p.id, p.sorties);
}

/** `policy` given: the matcher re-planned with it; left out: an edit, the plan keeps the policy it had. */
export async function updatePlan(db: Db, p: { id: string; name: string; version: number; sorties: Sortie[]; policy?: PlanningPolicy } & PlanDerived) {
  await db.updateTable('plans').set({
    name: p.name, version: p.version, status: 'draft', approved_at: null, approved_by: null,
    metrics: jsonb(p.metrics), violations: jsonb(p.violations), left_behind: jsonb(p.leftBehind), solve: jsonb(p.solve),
    ...(p.policy ? { policy: jsonb(p.policy) } : {}), updated_at: new Date(),
  }).where('id', '=', p.id).execute();
  await writeSorties(db, p.id, p.sorties);
}

export async function markApproved(db: Db, id: string, username: string, version: number) {
  await db.updateTable('plans').set({ status: 'approved', approved_by: username, approved_at: new Date(), version, updated_at: new Date() })
    .where('id', '=', id).execute();
}

export async function deletePlan(db: Db, id: string) {
  await db.deleteFrom('plans').where('id', '=', id).execute();
}
