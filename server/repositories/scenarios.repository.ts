import type { Selectable } from 'kysely';
import type { AccessRuleTable, HazardZoneTable, ScenarioTable } from '../db/database.ts';
import type { AccessRule, HazardZone, Scenario } from '../../shared/schemas/domain.ts';
import { iso, isoOrNull, jsonb } from '../lib/json.ts';
import type { Db } from './db-type.ts';
import { keysetPage, type PageRequest, type PageResult } from './keyset.ts';
import type { ListSpec } from '../lib/pagination.ts';
import { DEFAULT_POLICY } from '../../shared/policy/presets.ts';

const toRule = (r: Selectable<AccessRuleTable>): AccessRule => ({
  id: r.id, scope: r.scope, scopeId: r.scope_id, category: r.category, nation: r.nation, effect: r.effect,
  validFrom: isoOrNull(r.valid_from), validTo: isoOrNull(r.valid_to), reason: r.reason,
});
const toZone = (r: Selectable<HazardZoneTable>): HazardZone => ({ id: r.id, name: r.name, geometry: r.geometry });

function toScenario(r: Selectable<ScenarioTable>, rules: AccessRule[], zones: HazardZone[]): Scenario {
  return {
    id: r.id, name: r.name, description: r.description, countries: r.countries, startsAt: iso(r.starts_at),
    horizonHours: r.horizon_hours,
    ground: { roadFactor: r.road_factor, groundSpeedKmh: r.ground_speed_kmh, maxGroundKm: r.max_ground_km, processingHours: r.processing_hours },
    airportStatus: r.airport_status, accessRules: rules, hazardZones: zones, policy: r.policy ?? DEFAULT_POLICY, version: r.version,
  };
}

async function withRulesAndZones(db: Db, rows: Selectable<ScenarioTable>[]): Promise<Scenario[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [rules, zones] = await Promise.all([
    db.selectFrom('access_rules').selectAll().where('scenario_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('hazard_zones').selectAll().where('scenario_id', 'in', ids).orderBy('id').execute(),
  ]);
  return rows.map((r) => toScenario(
    r,
    rules.filter((x) => x.scenario_id === r.id).map(toRule),
    zones.filter((x) => x.scenario_id === r.id).map(toZone),
  ));
}

export async function listScenarios(db: Db, f: { id?: string } = {}, forUpdate = false): Promise<Scenario[]> {
  let q = db.selectFrom('scenarios').selectAll().orderBy('created_at').orderBy('id');
  if (f.id) q = q.where('id', '=', f.id);
  if (forUpdate) q = q.forUpdate();
  return withRulesAndZones(db, await q.execute());
}

export const SCENARIO_LIST: ListSpec = { name: 'scenarios', keys: [{ column: 'created_at', dir: 'asc', type: 'timestamptz' }, { column: 'id', dir: 'asc', type: 'text' }] };
export async function pageScenarios(db: Db, page: PageRequest): Promise<PageResult<Scenario>> {
  const rows = await keysetPage(db.selectFrom('scenarios').selectAll(), SCENARIO_LIST.keys, page, (r): Selectable<ScenarioTable> => r);
  return { ...rows, items: await withRulesAndZones(db, rows.items) };
}

export async function getScenario(db: Db, id: string, forUpdate = false) {
  return (await listScenarios(db, { id }, forUpdate))[0];
}

export async function insertAccessRule(db: Db, scenarioId: string, r: AccessRule) {
  await db.insertInto('access_rules').values({
    id: r.id, scenario_id: scenarioId, scope: r.scope, scope_id: r.scopeId, category: r.category,
    nation: r.nation, effect: r.effect, valid_from: r.validFrom, valid_to: r.validTo, reason: r.reason,
  }).execute();
}

export async function deleteAccessRule(db: Db, scenarioId: string, ruleId: string): Promise<boolean> {
  const res = await db.deleteFrom('access_rules').where('scenario_id', '=', scenarioId).where('id', '=', ruleId).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

export async function replaceHazardZones(db: Db, scenarioId: string, zones: HazardZone[]) {
  await db.deleteFrom('hazard_zones').where('scenario_id', '=', scenarioId).execute();
  if (zones.length) {
    await db.insertInto('hazard_zones').values(zones.map((z) => ({
      id: z.id, scenario_id: scenarioId, name: z.name, geometry: jsonb(z.geometry),
    }))).execute();
  }
}

export async function insertScenario(db: Db, s: Scenario) {
  await db.insertInto('scenarios').values({
    id: s.id, name: s.name, description: s.description, countries: jsonb(s.countries), starts_at: s.startsAt,
    horizon_hours: s.horizonHours, road_factor: s.ground.roadFactor, ground_speed_kmh: s.ground.groundSpeedKmh,
    max_ground_km: s.ground.maxGroundKm, processing_hours: s.ground.processingHours,
    airport_status: jsonb(s.airportStatus), policy: jsonb(s.policy ?? DEFAULT_POLICY), version: s.version, updated_at: new Date(),
  }).execute();
  for (const r of s.accessRules) await insertAccessRule(db, s.id, r);
  await replaceHazardZones(db, s.id, s.hazardZones);
}

/** Writes the scenario's own fields and hazard zones (access rules have their own routes). */
export async function updateScenario(db: Db, s: Scenario) {
  await db.updateTable('scenarios').set({
    name: s.name, description: s.description, countries: jsonb(s.countries), starts_at: s.startsAt,
    horizon_hours: s.horizonHours, road_factor: s.ground.roadFactor, ground_speed_kmh: s.ground.groundSpeedKmh,
    max_ground_km: s.ground.maxGroundKm, processing_hours: s.ground.processingHours,
    airport_status: jsonb(s.airportStatus), policy: jsonb(s.policy ?? DEFAULT_POLICY), version: s.version, updated_at: new Date(),
  }).where('id', '=', s.id).execute();
  await replaceHazardZones(db, s.id, s.hazardZones);
}

export async function bumpScenarioVersion(db: Db, id: string) {
  await db.updateTable('scenarios').set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', id).execute();
}

export async function deleteScenario(db: Db, id: string) {
  await db.deleteFrom('scenarios').where('id', '=', id).execute();
}
