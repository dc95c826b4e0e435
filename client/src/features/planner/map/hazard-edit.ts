import type { Feature, Polygon } from 'geojson';
import type { Airport, HazardZone } from '../../../../../shared/schemas/domain.ts';
import { hazardContaining, prepareHazards } from '../../../../../shared/plan/rules/ground.ts';

/** Hazard zones ↔ drawing-tool features, and what a zone closes: pure, unit-tested. */

export type DrawFeature = Feature<Polygon, { mode: string }> & { id: string };

export function zonesToDrawFeatures(zones: readonly HazardZone[]): DrawFeature[] {
  return zones.map((z) => ({ type: 'Feature', id: z.id, geometry: z.geometry, properties: { mode: 'polygon' } }));
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A closed ring of at least 4 positions, rounded to ~0.1 m (what the API stores). */
function cleanRing(ring: number[][]): [number, number][] | null {
  const pts = ring.map((p) => [round(p[0]!), round(p[1]!)] as [number, number]);
  if (pts.length < 3) return null;
  const [first, last] = [pts[0]!, pts[pts.length - 1]!];
  if (first[0] !== last[0] || first[1] !== last[1]) pts.push([first[0], first[1]]);
  return pts.length >= 4 ? pts : null;
}

/** The drawn polygons as the scenario's hazard zones, keeping names by id. */
export function drawFeaturesToZones(features: readonly { id?: string | number; geometry: { type: string; coordinates: unknown } }[], names: ReadonlyMap<string, string>): HazardZone[] {
  const zones: HazardZone[] = [];
  for (const f of features) {
    if (f.geometry.type !== 'Polygon' || f.id === undefined) continue;
    const rings = (f.geometry.coordinates as number[][][]).map(cleanRing);
    if (!rings[0] || rings.some((r) => r === null)) continue;
    const id = String(f.id);
    zones.push({ id, name: names.get(id) ?? `Hazard zone ${zones.length + 1}`, geometry: { type: 'Polygon', coordinates: rings as [number, number][][] } });
  }
  return zones;
}

/** Airports (of the list) inside each zone: these are closed while the zone stands. */
export function airportsClosedByZones(zones: readonly HazardZone[], airports: readonly Airport[]): Map<string, Airport[]> {
  const out = new Map<string, Airport[]>(zones.map((z) => [z.id, []]));
  const hazards = prepareHazards(zones);
  for (const a of airports) {
    const zone = hazardContaining(hazards, a.lat, a.lon);
    if (zone) out.get(zone.id)?.push(a);
  }
  return out;
}

let n = 0;
/** Ids for new zones, valid API ids. */
export function newZoneId(): string {
  n = (n + 1) % 1e6;
  return `hz-${Date.now().toString(36)}-${n.toString(36)}`;
}
