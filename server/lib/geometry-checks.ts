import { kinks, polygon } from '@turf/turf';
import type { PolygonGeometry } from '../../shared/schemas/domain.ts';
import { badRequest } from './errors.ts';

/** A GeoJSON polygon that turf and the map can use: closed rings of 4+ positions, no self-crossing. */
export function checkPolygon(field: string, g: PolygonGeometry): void {
  g.coordinates.forEach((ring, i) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
      throw badRequest(`${field}.coordinates[${i}]`, 'ring does not close: its last position must equal its first');
    }
    const distinct = new Set(ring.map((p) => `${p[0]},${p[1]}`));
    if (distinct.size < 3) throw badRequest(`${field}.coordinates[${i}]`, 'ring needs at least 3 distinct positions');
  });
  const k = kinks(polygon(g.coordinates));
  if (k.features.length > 0) {
    const p = k.features[0]?.geometry.coordinates;
    throw badRequest(`${field}.coordinates`, `polygon crosses itself${p ? ` near ${p[1]?.toFixed(4)},${p[0]?.toFixed(4)}` : ''}`);
  }
}
