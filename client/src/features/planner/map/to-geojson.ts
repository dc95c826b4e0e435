import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { modeOf, type Airport, type AssemblyArea, type HazardZone, type Scenario, type Sortie } from '../../../../../shared/schemas/domain.ts';
import { resolveAccess } from '../../../../../shared/plan/rules/access.ts';
import { airportClosure, prepareHazards } from '../../../../../shared/plan/rules/ground.ts';
import { airportLabel, evacuees } from '../../../../../shared/plan/snapshot.ts';

/** Pure builders of the map's GeoJSON: data in, FeatureCollections out (unit-tested without a browser). */

export interface AreaProps {
  id: string;
  name: string;
  country: string;
  evacuees: number;
  planned: number;
  left: number;
  /** planned / evacuees, 0..1 (1 when nobody is there). */
  share: number;
}

/** Passengers planned per assembly area across all sorties. */
export function plannedByArea(sorties: readonly Sortie[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of sorties) for (const a of s.allocations) m.set(a.assemblyAreaId, (m.get(a.assemblyAreaId) ?? 0) + a.passengers);
  return m;
}

export function areasToGeoJSON(areas: readonly AssemblyArea[], planned: ReadonlyMap<string, number>): FeatureCollection<Point, AreaProps> {
  return {
    type: 'FeatureCollection',
    features: areas.map((a) => {
      const total = evacuees(a);
      const p = Math.min(planned.get(a.id) ?? 0, total);
      return {
        type: 'Feature',
        id: a.id,
        geometry: { type: 'Point', coordinates: [a.lon, a.lat] },
        properties: { id: a.id, name: a.name, country: a.country, evacuees: total, planned: p, left: total - p, share: total === 0 ? 1 : p / total },
      };
    }),
  };
}

export type AirportState = 'open' | 'closed' | 'hazard';
/** Where SDF (Japan's own) aircraft may not land: everywhere in the horizon, part of it, or nowhere. */
export type SdfAccess = 'allowed' | 'denied' | 'partly';

export interface AirportProps {
  id: string;
  label: string;
  name: string;
  /** An airport (air) or a seaport (sea): the same marker, a seaport ringed in blue. */
  mode: 'air' | 'sea';
  state: AirportState;
  closedReason: string;
  sdf: SdfAccess;
  sdfReason: string;
  departuresPerHour: number;
  sorties: number;
  passengers: number;
}

/**
 * SDF access over the scenario's horizon: the answer at the start and at every rule boundary inside
 * the horizon (access only changes there).
 */
export function sdfAccess(scenario: Pick<Scenario, 'accessRules' | 'startsAt' | 'horizonHours'>, airport: Airport): { access: SdfAccess; reason: string } {
  const start = Date.parse(scenario.startsAt);
  const end = start + scenario.horizonHours * 3_600_000;
  const times = new Set([start]);
  for (const r of scenario.accessRules) {
    if (r.category !== 'sdf') continue;
    for (const t of [r.validFrom, r.validTo]) {
      const ms = t ? Date.parse(t) : NaN;
      if (ms > start && ms < end) times.add(ms + (t === r.validTo ? 1 : 0));
    }
  }
  let denied = 0;
  let reason = '';
  for (const t of times) {
    const d = resolveAccess(scenario, airport, 'sdf', 'JP', t);
    if (!d.allowed) {
      denied++;
      reason ||= d.rule?.reason ?? 'denied';
    }
  }
  return { access: denied === 0 ? 'allowed' : denied === times.size ? 'denied' : 'partly', reason };
}

export function airportsToGeoJSON(
  airports: readonly Airport[], scenario: Scenario, sorties: readonly Sortie[],
): FeatureCollection<Point, AirportProps> {
  const hazards = prepareHazards(scenario.hazardZones);
  const use = new Map<string, { sorties: number; passengers: number }>();
  for (const s of sorties) {
    const u = use.get(s.originAirportId) ?? { sorties: 0, passengers: 0 };
    u.sorties++;
    u.passengers += s.allocations.reduce((n, a) => n + a.passengers, 0);
    use.set(s.originAirportId, u);
  }
  return {
    type: 'FeatureCollection',
    features: airports.map((a) => {
      const closure = airportClosure(scenario, hazards, a);
      const sdf = sdfAccess(scenario, a);
      const u = use.get(a.id);
      return {
        type: 'Feature',
        id: a.id,
        geometry: { type: 'Point', coordinates: [a.lon, a.lat] },
        properties: {
          id: a.id,
          label: airportLabel(a, a.id),
          name: a.name,
          mode: modeOf(a),
          state: !closure ? 'open' : closure.kind === 'status' ? 'closed' : 'hazard',
          closedReason: !closure ? '' : closure.kind === 'status' ? 'closed in this scenario' : `inside hazard zone "${closure.zone.name}"`,
          sdf: sdf.access,
          sdfReason: sdf.reason,
          departuresPerHour: a.departuresPerHour,
          sorties: u?.sorties ?? 0,
          passengers: u?.passengers ?? 0,
        },
      };
    }),
  };
}

export interface AllocationLineProps {
  key: string;
  areaId: string;
  airportId: string;
  passengers: number;
  sorties: number;
  /** Every allocation on this leg is locked. */
  locked: boolean;
}

/** One line per (area → origin airport) leg, summing the passengers of every sortie on it. */
export function allocationLines(
  sorties: readonly Sortie[], areas: readonly AssemblyArea[], airports: readonly Airport[],
): FeatureCollection<LineString, AllocationLineProps> {
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const airportById = new Map(airports.map((a) => [a.id, a]));
  const legs = new Map<string, AllocationLineProps>();
  for (const s of sorties) {
    for (const al of s.allocations) {
      if (al.passengers <= 0) continue;
      const key = `${al.assemblyAreaId}>${s.originAirportId}`;
      const leg = legs.get(key) ?? { key, areaId: al.assemblyAreaId, airportId: s.originAirportId, passengers: 0, sorties: 0, locked: true };
      leg.passengers += al.passengers;
      leg.sorties++;
      leg.locked &&= al.locked;
      legs.set(key, leg);
    }
  }
  const features: FeatureCollection<LineString, AllocationLineProps>['features'] = [];
  for (const leg of legs.values()) {
    const from = areaById.get(leg.areaId);
    const to = airportById.get(leg.airportId);
    if (!from || !to) continue;
    features.push({ type: 'Feature', id: leg.key, geometry: { type: 'LineString', coordinates: [[from.lon, from.lat], [to.lon, to.lat]] }, properties: leg });
  }
  // Thin lines first so the big flows draw on top.
  features.sort((a, b) => a.properties.passengers - b.properties.passengers);
  return { type: 'FeatureCollection', features };
}

export interface HazardProps { id: string; name: string; short: string }

/** A zone's name up to its first parenthesis or colon ("Taoyuan coast (Guanyin–Dayuan): …" → "Taoyuan coast"). */
export const hazardShortName = (name: string): string => (name.split(/\s*[(:]/)[0] ?? '').trim() || name;

export function hazardsToGeoJSON(zones: readonly HazardZone[]): FeatureCollection<Polygon, HazardProps> {
  return {
    type: 'FeatureCollection',
    features: zones.map((z) => ({ type: 'Feature', id: z.id, geometry: z.geometry, properties: { id: z.id, name: z.name, short: hazardShortName(z.name) } })),
  };
}

/** Where on the map a violation is: its area and/or airport, else the sortie's origin. Null if nowhere. */
export interface MapTarget { center: [number, number]; bounds: [[number, number], [number, number]] | null }

export function violationTarget(
  v: { assemblyAreaId?: string; airportId?: string; sortieId?: string },
  areas: readonly AssemblyArea[], airports: readonly Airport[], sorties: readonly Sortie[],
): MapTarget | null {
  const pts: [number, number][] = [];
  const area = v.assemblyAreaId ? areas.find((a) => a.id === v.assemblyAreaId) : undefined;
  if (area) pts.push([area.lon, area.lat]);
  let airportId = v.airportId;
  if (!airportId && v.sortieId) airportId = sorties.find((s) => s.id === v.sortieId)?.originAirportId;
  const airport = airportId ? airports.find((a) => a.id === airportId) : undefined;
  if (airport) pts.push([airport.lon, airport.lat]);
  if (pts.length === 0) return null;
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  const center: [number, number] = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
  return { center, bounds: pts.length > 1 ? [[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]] : null };
}
