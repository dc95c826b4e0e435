import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { basemapCollection, buildBasemap, labelPoint, splitBasemap, unwrapRing } from '../../client/src/lib/map/basemap.ts';
import { offlineStyle } from '../../client/src/features/planner/map/basemap-style.ts';

const maxJump = (ring: number[][]) => Math.max(...ring.slice(1).map((p, i) => Math.abs(p[0]! - ring[i]![0]!)));

describe('unwrapRing', () => {
  it('keeps a ring that never crosses ±180° as it is (same object)', () => {
    const ring = [[126, 37], [127, 37], [127, 38], [126, 37]];
    expect(unwrapRing(ring)).toBe(ring);
  });

  it('unwraps a ring that crosses the antimeridian and comes back', () => {
    const ring = [[179, 65], [179.9, 66], [-179.5, 66], [-179, 65], [179, 65]];
    const out = unwrapRing(ring);
    expect(out.map((p) => p[0])).toEqual([179, 179.9, 180.5, 181, 179]);
    expect(maxJump(out)).toBeLessThan(180);
  });

  it('leaves a ring that goes round the pole (Antarctica) alone', () => {
    const ring = [[-180, -90], [0, -80], [180, -90], [-180, -90]];
    expect(unwrapRing(ring)).toBe(ring);
  });
});

describe('labelPoint', () => {
  it('is the centroid of the largest part', () => {
    const p = labelPoint({ type: 'MultiPolygon', coordinates: [
      [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
      [[[10, 10], [14, 10], [14, 14], [10, 14], [10, 10]]],
    ] });
    expect(p[0]).toBeCloseTo(12);
    expect(p[1]).toBeCloseTo(12);
  });
});

describe('the Natural Earth basemap', () => {
  const topo = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const basemap = buildBasemap(feature(topo, topo.objects.countries).features as Parameters<typeof buildBasemap>[0]);
  const byName = (n: string) => basemap.countries.features.find((f) => f.properties.name === n)!;
  const rings = (n: string) => {
    const g = byName(n).geometry;
    return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  };

  it('has no streaks across the map: Russia and Fiji rings never jump more than 180° between points', () => {
    for (const name of ['Russia', 'Fiji']) for (const r of rings(name)) expect(maxJump(r)).toBeLessThan(180);
  });

  it('tags the theatre countries with ISO codes and local names for CJK labels', () => {
    expect(byName('South Korea').properties).toMatchObject({ iso2: 'KR', local: '대한민국' });
    expect(byName('Taiwan').properties).toMatchObject({ iso2: 'TW', local: '臺灣' });
    expect(byName('Japan').properties).toMatchObject({ iso2: 'JP', local: '日本' });
    expect(byName('Zimbabwe').properties).toEqual({ name: 'Zimbabwe' });
  });

  it('puts a label point inside the country\'s extent', () => {
    const kr = basemap.labels.features.find((f) => f.properties.name === 'South Korea')!;
    const [lon, lat] = kr.geometry.coordinates as [number, number];
    expect(lon).toBeGreaterThan(126);
    expect(lon).toBeLessThan(130);
    expect(lat).toBeGreaterThan(34);
    expect(lat).toBeLessThan(38.5);
  });

  it('is prebuilt as one GeoJSON file of countries and label points, ~10 m precision, that splits back', () => {
    const fc = basemapCollection(feature(topo, topo.objects.countries).features as Parameters<typeof basemapCollection>[0]);
    const kinds = new Set(fc.features.map((f) => f.properties.kind));
    expect([...kinds].sort()).toEqual(['country', 'label']);
    const kr = fc.features.find((f) => f.properties.kind === 'country' && f.properties.iso2 === 'KR')!;
    const coords = JSON.stringify(kr.geometry).match(/-?\d+\.\d+/g)!;
    expect(coords.every((c) => c.split('.')[1]!.length <= 4)).toBe(true);
    const back = splitBasemap(fc);
    expect(back.countries.features).toHaveLength(basemap.countries.features.length);
    expect(back.labels.features[0]!.properties).not.toHaveProperty('kind');
    expect(JSON.stringify(fc).length).toBeLessThan(2_500_000);
  });

  it('builds a style that fetches nothing but the app\'s own basemap file: no glyphs, sprite or remote sources', () => {
    const style = offlineStyle('http://localhost:3000/assets/basemap-50m.json');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources).map((s) => (s as { data: unknown }).data)).toEqual(['http://localhost:3000/assets/basemap-50m.json']);
    expect(JSON.stringify(style.layers)).not.toMatch(/https?:/);
    expect(offlineStyle('x', { sea: false }).layers.map((l) => l.id)).not.toContain('sea');
  });
});
