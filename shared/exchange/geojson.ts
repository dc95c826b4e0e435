import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import type { AccessRule, Airport, AssemblyArea, HazardZone } from '../schemas/domain.ts';

/**
 * GeoJSON (RFC 7946) of the registry: one Feature per assembly area, airport and hazard zone, with the
 * fields of the API objects as properties, so an exported file imports again unchanged. `kind` says what a
 * feature is (a collection may mix them); properties a file may carry but an import does not read are
 * listed in EXPORT_ONLY_PROPERTIES.
 */
export type FeatureKind = 'assembly_area' | 'airport' | 'hazard_zone' | 'flight' | 'ground_leg';
export type Props = Record<string, unknown> & { kind: FeatureKind };
export type ExportFeature = Feature<Point | LineString | Polygon, Props>;
export type ExportCollection = FeatureCollection<Point | LineString | Polygon, Props>;

/** What an export adds beside the API fields (scenario facts, plan figures, a balloon text for KML). */
export const EXPORT_ONLY_PROPERTIES = [
  'kind', 'description', 'evacuees', 'planned', 'scenarioStatus', 'closedReason', 'sdfDenied', 'access', 'accessRules',
  'sorties', 'passengers',
] as const;

/** Positions are [lon, lat] in WGS 84, rounded to 7 decimals (about a centimetre, as RFC 7946 §11.2 advises). */
const round = (x: number) => Math.round(x * 1e7) / 1e7;
const position = (lon: number, lat: number): Position => [round(lon), round(lat)];

/** Twice the signed area (shoelace): positive when the ring runs counterclockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

/** RFC 7946 §3.1.6: outlines counterclockwise, holes clockwise (a zone may be stored in either winding). */
export function rightHandRule(coordinates: readonly (readonly Position[])[]): Position[][] {
  return coordinates.map((ring, i) => {
    const copy = ring.map(([lon, lat]) => position(lon!, lat!));
    const ccw = signedArea(copy) > 0;
    return (i === 0) === ccw ? copy : copy.reverse();
  });
}

/** A record's `version` is the database's bookkeeping, not a field an import sets: it is left out. */
type Versioned<T> = T & { version?: number };

export function areaFeature(a: Versioned<AssemblyArea>, extra: Record<string, unknown> = {}): ExportFeature {
  const { lat, lon, version: _v, ...fields } = a;
  return {
    type: 'Feature', id: a.id, geometry: { type: 'Point', coordinates: position(lon, lat) },
    properties: { kind: 'assembly_area', ...fields, evacuees: a.residents + a.visitors, ...extra },
  };
}

export function airportFeature(a: Versioned<Airport>, extra: Record<string, unknown> = {}): ExportFeature {
  const { lat, lon, version: _v, ...fields } = a;
  return {
    type: 'Feature', id: a.id, geometry: { type: 'Point', coordinates: position(lon, lat) },
    properties: { kind: 'airport', ...fields, role: a.role ?? null, ...extra },
  };
}

export function hazardFeature(z: HazardZone): ExportFeature {
  return {
    type: 'Feature', id: z.id, geometry: { type: 'Polygon', coordinates: rightHandRule(z.geometry.coordinates) },
    properties: { kind: 'hazard_zone', id: z.id, name: z.name },
  };
}

export function lineFeature(kind: 'flight' | 'ground_leg', id: string, from: readonly [number, number], to: readonly [number, number], properties: Record<string, unknown>): ExportFeature {
  return {
    type: 'Feature', id, geometry: { type: 'LineString', coordinates: [position(from[0], from[1]), position(to[0], to[1])] },
    properties: { kind, ...properties },
  };
}

export const collection = (features: ExportFeature[]): ExportCollection => ({ type: 'FeatureCollection', features });

/** An access rule as a property: what it restricts, for whom, when and why. */
export const ruleProperty = (r: AccessRule) => ({
  scope: r.scope, scopeId: r.scopeId, category: r.category, nation: r.nation, effect: r.effect,
  validFrom: r.validFrom, validTo: r.validTo, reason: r.reason,
});
