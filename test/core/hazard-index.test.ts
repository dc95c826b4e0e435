import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { booleanIntersects, booleanPointInPolygon, lineString, point, polygon } from '@turf/turf';
import { hazardContaining, hazardCrossed, prepareHazards } from '../../shared/plan/rules/ground.ts';
import type { HazardZone } from '../../shared/schemas/domain.ts';

/** A star-shaped ring (never self-crossing) of n vertices around (lon, lat), optionally with a hole. */
function star(n: number, lon: number, lat: number, radii: number[], hole: boolean): HazardZone {
  const ring = (scale: number, reverse: boolean) => {
    const pts: [number, number][] = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      const r = radii[i % radii.length]! * scale;
      pts.push([lon + r * Math.cos(a), lat + r * Math.sin(a)]);
    }
    if (reverse) pts.reverse();
    return [...pts, pts[0]!];
  };
  const coordinates = hole ? [ring(1, false), ring(0.2, true)] : [ring(1, false)];
  return { id: 'z', name: 'zone', geometry: { type: 'Polygon', coordinates } };
}

const coord = fc.double({ min: -2, max: 2, noNaN: true });

describe('hazard edge index agrees with turf', () => {
  it('on random routes and points against random star polygons with and without holes', () => {
    fc.assert(fc.property(
      fc.integer({ min: 3, max: 60 }), fc.array(fc.double({ min: 0.3, max: 1.5, noNaN: true }), { minLength: 1, maxLength: 7 }), fc.boolean(),
      fc.array(fc.tuple(coord, coord, coord, coord), { minLength: 1, maxLength: 20 }),
      (n, radii, hole, routes) => {
        const zone = star(n, 0, 0, radii, hole);
        const hazards = prepareHazards([zone]);
        const turfPoly = polygon(zone.geometry.coordinates);
        for (const [x1, y1, x2, y2] of routes) {
          const expected = booleanIntersects(lineString([[x1, y1], [x2, y2]]), turfPoly);
          expect(hazardCrossed(hazards, { lon: x1, lat: y1 }, { lon: x2, lat: y2 }) !== undefined).toBe(expected);
          expect(hazardContaining(hazards, y1, x1) !== undefined).toBe(booleanPointInPolygon(point([x1, y1]), turfPoly));
        }
      },
    ), { numRuns: 300 });
  });

  it('finds a route wholly inside a zone and one through its hole', () => {
    const hazards = prepareHazards([star(8, 0, 0, [1], true)]);
    expect(hazardCrossed(hazards, { lon: 0.5, lat: 0 }, { lon: 0.6, lat: 0.05 })?.id).toBe('z');
    expect(hazardCrossed(hazards, { lon: -0.05, lat: 0 }, { lon: 0.05, lat: 0 })).toBeUndefined();
    expect(hazardContaining(hazards, 0, 0)).toBeUndefined();
    expect(hazardContaining(hazards, 0, 0.5)?.id).toBe('z');
  });
});
