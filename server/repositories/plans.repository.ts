import { sql, type Selectable } from 'kysely';
import type { PlanTable } from '../db/database.ts';
import type { Plan, PlanSummaryRow } from '../../shared/schemas/api.ts';
import type { PlanStatus, Sortie } from '../../shared/schemas/domain.ts';
import { violationKey, type PlanBasisRecord, type PlanDerivation, type PlanDrift } from '../../shared/plan/derive.ts';
import type { PlanBasis } from '../../shared/plan/inputs.ts';
import { iso, isoOrNull, jsonb } from '../lib/json.ts';
import type { Db } from './db-type.ts';
import { keysetPage, type PageRequest } from './keyset.ts';
import type { ListSpec } from '../lib/pagination.ts';
import type { PlanningPolicy } from '../../shared/schemas/policy.ts';

/** A derivation as cached with the plan, under the digest of the data it was computed on. */
export interface StoredDerivation {
  violations: Plan['violations']; metrics: Plan['metrics']; leftBehind: Plan['leftBehind']; drift: PlanDrift;
  digest: string; derivedAt: string;
}
/** When and on what occasion the plan's basis was recorded; the basis itself is read only when the plan is derived again (getPlanBasis). */
export interface StoredBasis { at: string; kind: 'saved' | 'approved' }
/** A plan as stored: its sorties, the cached derivation (null when never derived) and what it was planned on. */
export interface StoredPlan extends Omit<Plan, 'violations' | 'metrics' | 'leftBehind' | 'plannedOn' | 'rotations'> {
  derived: StoredDerivation | null;
  basis: StoredBasis | null;
}
/** A list row: the figures of the cached derivation, and its digest to tell whether it is current. */
export interface PlanRow extends PlanSummaryRow { digest: string | null }

function derivedOf(r: Pick<Selectable<PlanTable>, 'violations' | 'metrics' | 'left_behind' | 'drift' | 'derived_digest' | 'derived_at' | 'updated_at'>): StoredDerivation | null {
  if (r.derived_digest === null || r.drift === null) return null;
  return {
    violations: (r.violations ?? []) as Plan['violations'], metrics: r.metrics as Plan['metrics'],
    leftBehind: r.left_behind as Plan['leftBehind'], drift: r.drift as PlanDrift,
    digest: r.derived_digest, derivedAt: iso(r.derived_at ?? r.updated_at),
  };
}

function basisOf(r: Pick<Selectable<PlanTable>, 'basis_at' | 'basis_kind'>): StoredBasis | null {
  if (r.basis_at === null || r.basis_kind === null) return null;
  return { at: iso(r.basis_at), kind: r.basis_kind };
}

/** What the plan was planned on (large: every offer, rule, airport, area and zone), for a derivation. */
export async function getPlanBasis(db: Db, id: string, version: number): Promise<PlanBasisRecord | null> {
  const r = await db.selectFrom('plans').select(['basis', 'basis_violations']).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  if (!r || r.basis === null) return null;
  return { inputs: r.basis as PlanBasis, violationKeys: (r.basis_violations ?? []) as string[] };
}

function head(r: Pick<Selectable<PlanTable>, 'id' | 'scenario_id' | 'name' | 'status' | 'version' | 'solve' | 'policy' | 'created_by' | 'approved_by' | 'approved_at' | 'created_at' | 'updated_at'>) {
  return {
    id: r.id, scenarioId: r.scenario_id, name: r.name, status: r.status, version: r.version, solve: r.solve, policy: r.policy ?? null,
    createdBy: r.created_by, approvedBy: r.approved_by, approvedAt: isoOrNull(r.approved_at),
    createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
  };
}

/**
 * The list reads the summary columns only, never the stored violations, metrics or drift: those are
 * megabytes per plan at scale. `digest` tells the judge whether the figures are today's.
 */
function planRows(db: Db, f: { scenarioId?: string; status?: PlanStatus }) {
  let q = db.selectFrom('plans')
    .select(['id', 'scenario_id', 'name', 'status', 'version', 'approved_by', 'approved_at', 'created_at', 'updated_at', 'derived_digest',
      'people_out', 'people_left', 'violation_count', 'inputs_changed', 'breaks', 'sortie_count', 'last_departure_at']);
  if (f.scenarioId) q = q.where('scenario_id', '=', f.scenarioId);
  if (f.status) q = q.where('status', '=', f.status);
  return q;
}

type ListColumns = 'id' | 'scenario_id' | 'name' | 'status' | 'version' | 'approved_by' | 'approved_at' | 'created_at' | 'updated_at' | 'derived_digest'
  | 'people_out' | 'people_left' | 'violation_count' | 'inputs_changed' | 'breaks' | 'sortie_count' | 'last_departure_at';
function toPlanRow(r: Pick<Selectable<PlanTable>, ListColumns>): PlanRow {
  return {
    id: r.id, scenarioId: r.scenario_id, name: r.name, status: r.status, version: r.version,
    createdAt: iso(r.created_at), updatedAt: iso(r.updated_at), approvedAt: isoOrNull(r.approved_at), approvedBy: r.approved_by,
    peopleOut: r.people_out, peopleLeft: r.people_left, violationCount: r.violation_count, inputsChanged: r.inputs_changed, breaks: r.breaks,
    sortieCount: r.sortie_count, lastDepartureAt: isoOrNull(r.last_departure_at), digest: r.derived_digest,
  };
}

export async function listPlans(db: Db, f: { scenarioId?: string; status?: PlanStatus } = {}): Promise<PlanRow[]> {
  return (await planRows(db, f).orderBy('updated_at', 'desc').orderBy('id').execute()).map(toPlanRow);
}

/**
 * Pages newest first by creation: `updated_at` changes on every save and approval, so a plan saved
 * while a client pages would jump over the cursor and be missed; `created_at` never changes.
 */
export const PLAN_LIST: ListSpec = { name: 'plans', keys: [{ column: 'created_at', dir: 'desc', type: 'timestamptz' }, { column: 'id', dir: 'asc', type: 'text' }] };
export const pagePlans = (db: Db, f: { scenarioId?: string; status?: PlanStatus }, page: PageRequest) => keysetPage(planRows(db, f), PLAN_LIST.keys, page, toPlanRow);

export async function getPlan(db: Db, id: string, forUpdate = false): Promise<StoredPlan | undefined> {
  let q = db.selectFrom('plans')
    .select(['id', 'scenario_id', 'name', 'status', 'version', 'solve', 'policy', 'created_by', 'approved_by', 'approved_at', 'created_at', 'updated_at',
      'metrics', 'violations', 'left_behind', 'drift', 'derived_digest', 'derived_at', 'basis_at', 'basis_kind'])
    .where('id', '=', id);
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
  return {
    ...head(row), derived: derivedOf(row), basis: basisOf(row),
    sorties: sorties.map((s) => ({
      id: s.id, offerId: s.offer_id, originAirportId: s.origin_airport_id, departAt: iso(s.depart_at),
      destinationAirportId: s.destination_airport_id, allocations: bySortie.get(s.id) ?? [],
    })),
  };
}

/** The plan's own row without its sorties: version and status checks before the heavy work. */
export async function getPlanHead(db: Db, id: string, forUpdate = false) {
  let q = db.selectFrom('plans').select(['id', 'scenario_id', 'name', 'status', 'version']).where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r && { id: r.id, scenarioId: r.scenario_id, name: r.name, status: r.status, version: r.version };
}

/**
 * What a read of the plan depends on besides today's data, without its sorties: whether its cached derivation
 * is complete (`derivedDigest` null otherwise, as derivedOf) and when it was made. For the read's ETag.
 */
export async function getPlanCacheKey(db: Db, id: string) {
  const r = await db.selectFrom('plans').select(['id', 'scenario_id', 'status', 'version', 'derived_digest', 'derived_at', 'updated_at'])
    .select(sql<boolean>`drift is not null`.as('has_drift'))
    // The data token in the same statement (one round trip less per plan read): the same snapshot as the row.
    .select((eb) => eb.selectFrom('data_generation').select('token').where('data_generation.id', '=', 1).as('data_token'))
    .where('id', '=', id).executeTakeFirst();
  return r && {
    id: r.id, scenarioId: r.scenario_id, status: r.status, version: r.version,
    derivedDigest: r.has_drift ? r.derived_digest : null, derivedAt: iso(r.derived_at ?? r.updated_at),
    dataToken: r.data_token ?? null,
  };
}

/** The offers of one partner: what a liaison may see of a plan. */
export async function partnerOfferIds(db: Db, partnerId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('lift_offers').select('id').where('partner_id', '=', partnerId).execute();
  return new Set(rows.map((r) => r.id));
}

/** The derivation and the list's figures of it, always written together. */
const derivedColumns = (d: PlanDerivation, digest: string, at = new Date()) => ({
  metrics: jsonb(d.metrics), violations: jsonb(d.violations), left_behind: jsonb(d.leftBehind), drift: jsonb(d.drift),
  derived_digest: digest, derived_at: at,
  people_out: Math.round(d.metrics.peopleOut), people_left: Math.round(d.metrics.peopleLeft), violation_count: d.violations.length,
  inputs_changed: d.drift.changed, breaks: d.drift.breaks,
});
/** The list's figures of the sorties, written with them. */
const sortieColumns = (sorties: Sortie[]) => ({
  sortie_count: sorties.length,
  last_departure_at: sorties.length ? new Date(Math.max(...sorties.map((s) => Date.parse(s.departAt)))) : null,
});
/** The derivation a plan was saved or approved with becomes what it was planned on. */
const basisColumns = (d: PlanDerivation, kind: 'saved' | 'approved') => ({
  basis: jsonb(d.inputs), basis_violations: jsonb(d.violations.map(violationKey)), basis_at: new Date(), basis_kind: kind,
});

/**
 * Caches a derivation computed on today's data, unless the plan moved on meanwhile (another
 * version): whichever server writes it, a derivation is keyed on the digest of its data.
 */
export async function saveDerivation(db: Db, id: string, version: number, d: PlanDerivation, digest: string, at: Date): Promise<void> {
  await db.updateTable('plans').set(derivedColumns(d, digest, at)).where('id', '=', id).where('version', '=', version).execute();
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

export interface PlanWrite { sorties: Sortie[]; solve: unknown; derivation: PlanDerivation; digest: string }

/** `policy`: the scenario's policy the matcher planned with (null when the sorties were stored as given). */
export async function insertPlan(db: Db, p: { id: string; scenarioId: string; name: string; createdBy: string | null; policy?: PlanningPolicy | null } & PlanWrite) {
  await db.insertInto('plans').values({
    id: p.id, scenario_id: p.scenarioId, name: p.name, status: 'draft', version: 1, created_by: p.createdBy,
    solve: jsonb(p.solve), ...derivedColumns(p.derivation, p.digest), ...basisColumns(p.derivation, 'saved'), ...sortieColumns(p.sorties),
    policy: p.policy ? jsonb(p.policy) : null, updated_at: new Date(),
  }).execute();
  await writeSorties(db, p.id, p.sorties);
}

/** `policy` given: the matcher re-planned with it; left out: an edit, the plan keeps the policy it had. */
export async function updatePlan(db: Db, p: { id: string; name: string; version: number; policy?: PlanningPolicy } & PlanWrite) {
  await db.updateTable('plans').set({
    name: p.name, version: p.version, status: 'draft', approved_at: null, approved_by: null,
    solve: jsonb(p.solve), ...derivedColumns(p.derivation, p.digest), ...basisColumns(p.derivation, 'saved'), ...sortieColumns(p.sorties),
    ...(p.policy ? { policy: jsonb(p.policy) } : {}), updated_at: new Date(),
  }).where('id', '=', p.id).execute();
  await writeSorties(db, p.id, p.sorties);
}

/** Approval re-checked the plan on today's data: that data becomes what it is approved on. */
export async function markApproved(db: Db, id: string, username: string, version: number, d: PlanDerivation, digest: string) {
  await db.updateTable('plans').set({
    status: 'approved', approved_by: username, approved_at: new Date(), version, updated_at: new Date(),
    ...derivedColumns(d, digest), ...basisColumns(d, 'approved'),
  }).where('id', '=', id).execute();
}

export async function deletePlan(db: Db, id: string) {
  await db.deleteFrom('plans').where('id', '=', id).execute();
}
