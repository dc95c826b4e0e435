import type { Airport } from '../schemas/domain.ts';
import type { OperatorCategory } from '../schemas/common.ts';
import type { PlanningSnapshot } from '../plan/snapshot.ts';
import { effectiveAirportStatus, toMs } from '../plan/snapshot.ts';
import { resolveAccess } from '../plan/rules/access.ts';
import { airportClosure, prepareHazards, type PreparedHazard } from '../plan/rules/ground.ts';
import { airportFeature, areaFeature, collection, hazardFeature, ruleProperty, type ExportCollection, type ExportFeature } from './geojson.ts';

export const SCENARIO_LAYERS = ['areas', 'airports', 'hazards'] as const;
export type ScenarioLayer = (typeof SCENARIO_LAYERS)[number];

const CATEGORIES: OperatorCategory[] = ['sdf', 'foreign_military', 'civil'];
/** The SDF is Japan's: its access is asked for nation JP; the other categories for any nation. */
const nationOf = (c: OperatorCategory) => (c === 'sdf' ? 'JP' : null);

/**
 * An airport with the scenario's restrictions at its start: its status there (closed by the scenario or
 * inside a hazard zone), who may use it by operator category, and every access rule that names it or its
 * country — the facts a partner's planner needs beside the map.
 */
export function airportWithRestrictions(snapshot: PlanningSnapshot, hazards: readonly PreparedHazard[], a: Airport): ExportFeature {
  const { scenario } = snapshot;
  const start = toMs(scenario.startsAt);
  const closure = airportClosure(scenario, hazards, a);
  const access = Object.fromEntries(CATEGORIES.map((c) => [c, resolveAccess(scenario, a, c, nationOf(c), start).allowed ? 'allowed' : 'denied']));
  const unique = scenario.accessRules.filter((r) => (r.scope === 'airport' ? r.scopeId === a.id : r.scopeId === a.country));
  const scenarioStatus = !closure ? 'open' : closure.kind === 'status' ? 'closed' : 'hazard';
  const closedReason = !closure ? null : closure.kind === 'status' ? 'closed in this scenario' : `inside hazard zone "${closure.zone.name}"`;
  const denied = CATEGORIES.filter((c) => access[c] === 'denied');
  const description = [
    `${a.name}: ${closedReason ?? (effectiveAirportStatus(scenario, a) === 'open' ? 'open' : 'closed')}`,
    denied.length ? `denied: ${denied.join(', ')}` : 'no category denied',
    ...unique.map((r) => `${r.effect} ${r.category}${r.nation ? ` (${r.nation})` : ''}: ${r.reason}`),
  ].join('\n');
  return airportFeature(a, {
    scenarioStatus, closedReason, sdfDenied: access.sdf === 'denied', access, accessRules: unique.map(ruleProperty), description,
  });
}

/**
 * A scenario's map as GeoJSON: the assembly areas of its countries, the airports of its theatre and those
 * its offers name (with their restrictions), and its hazard zones. `layers` keeps some of them.
 */
export function scenarioGeoJson(snapshot: PlanningSnapshot, layers: readonly ScenarioLayer[] = SCENARIO_LAYERS): ExportCollection {
  const { scenario } = snapshot;
  const hazards = prepareHazards(scenario.hazardZones);
  const theatre = new Set(scenario.countries);
  const relevant = new Set(snapshot.airports.filter((a) => theatre.has(a.country)).map((a) => a.id));
  for (const o of snapshot.offers) for (const id of [...o.originAirportIds, o.destinationAirportId]) relevant.add(id);
  const features: ExportFeature[] = [];
  if (layers.includes('areas')) features.push(...snapshot.areas.map((a) => areaFeature(a)));
  if (layers.includes('airports')) {
    features.push(...snapshot.airports.filter((a) => relevant.has(a.id)).map((a) => airportWithRestrictions(snapshot, hazards, a)));
  }
  if (layers.includes('hazards')) features.push(...scenario.hazardZones.map(hazardFeature));
  return collection(features);
}
