import type { FeatureCollection, Geometry } from 'geojson';
import type { Airport, AssemblyArea, Sortie } from '../../../../../shared/schemas/domain.ts';
import type { PlanTimeline } from '../map-view/time-state.ts';

export interface SortieFocusProps { kind: 'leg' | 'ground' | 'origin' }

/**
 * The selected sortie on the map: its great-circle leg to Japan (the same line the time layer draws),
 * the ground legs from the areas whose people it carries, and a ring on the airport it leaves from.
 */
export function sortieFocusGeoJSON(
  sortie: Sortie, timeline: PlanTimeline, areas: ReadonlyMap<string, AssemblyArea>, airports: ReadonlyMap<string, Airport>,
): FeatureCollection<Geometry, SortieFocusProps> {
  const origin = airports.get(sortie.originAirportId);
  const features: FeatureCollection<Geometry, SortieFocusProps>['features'] = [];
  const leg = timeline.flights.find((f) => f.sortieId === sortie.id)?.leg;
  if (leg) features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: leg.coords }, properties: { kind: 'leg' } });
  if (origin) {
    for (const a of sortie.allocations) {
      const area = areas.get(a.assemblyAreaId);
      if (area) features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[area.lon, area.lat], [origin.lon, origin.lat]] }, properties: { kind: 'ground' } });
    }
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [origin.lon, origin.lat] }, properties: { kind: 'origin' } });
  }
  return { type: 'FeatureCollection', features };
}

/** [[west, south], [east, north]] around the sortie's features, for framing it. */
export function boundsOf(fc: FeatureCollection<Geometry, SortieFocusProps>): [[number, number], [number, number]] | null {
  const pts = fc.features.flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.type === 'LineString' ? f.geometry.coordinates : []));
  if (!pts.length) return null;
  const lons = pts.map((p) => p[0]!);
  const lats = pts.map((p) => p[1]!);
  return [[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]];
}
