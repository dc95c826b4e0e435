import type { HazardZone, PolygonGeometry } from '../../shared/schemas/domain.ts';
import { polygonProblem } from '../../shared/geometry/polygon-problem.ts';
import { LIMITS, formatLimit } from '../../shared/limits.ts';
import { badRequest } from './errors.ts';

/** A GeoJSON polygon that turf, the map and the validator can use (shared/geometry/polygon-problem.ts). */
export function checkPolygon(field: string, g: PolygonGeometry): void {
  const problem = polygonProblem(g.coordinates);
  if (problem) throw badRequest(`${field}.${problem.path}`, problem.reason);
}

/** Every zone of a scenario, and the scenario's total size (what plan derivation works through). */
export function checkHazardZones(field: string, zones: readonly HazardZone[]): void {
  if (zones.length > LIMITS.hazardZones) throw badRequest(field, `has ${formatLimit(zones.length)} zones; the limit is ${formatLimit(LIMITS.hazardZones)}`);
  let total = 0;
  for (const [i, z] of zones.entries()) {
    for (const ring of z.geometry.coordinates) total += ring.length;
    if (total > LIMITS.scenarioVertices) {
      throw badRequest(field, `zones up to ${field}[${i}] have ${formatLimit(total)} positions; the limit is ${formatLimit(LIMITS.scenarioVertices)} per scenario`);
    }
  }
  zones.forEach((z, i) => checkPolygon(`${field}[${i}].geometry`, z.geometry));
}
