import { describe, expect, it } from 'vitest';
import { createExpression, featureFilter, latest, validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import * as L from '../../client/src/features/planner/map/layers.ts';
import { offlineStyle } from '../../client/src/features/planner/map/basemap-style.ts';

const overlays = [
  [L.SOURCE.hazards, [L.hazardFill, L.hazardOutline, L.hazardLabel]],
  [L.SOURCE.lines, [L.allocationLine]],
  [L.SOURCE.areas, [L.areaCircle, L.areaLabel]],
  [L.SOURCE.airports, [L.airportSdfRing, L.airportCircle, L.airportLabel]],
  [L.SOURCE.focus, [L.focusRing]],
] as const;

const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const evaluate = (expr: unknown, properties: Record<string, unknown>, spec: unknown = latest.paint_circle['circle-radius'], zoom = 6) => {
  const e = createExpression(expr, 'layers[0].paint.test', spec as never);
  if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
  return e.value.evaluate({ zoom }, { type: 'Point', properties, geometry: [] } as never);
};

describe('layer specs', () => {
  it('form a valid MapLibre style together with the offline basemap', () => {
    const base = offlineStyle('http://localhost/basemap.json');
    const style: StyleSpecification = {
      ...base,
      sources: { ...base.sources, ...Object.fromEntries(overlays.map(([id]) => [id, { type: 'geojson' as const, data: empty }])) },
      layers: [...base.layers, ...overlays.flatMap(([source, layers]) => layers.map((l) => ({ ...l, source }) as never))],
    };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('have unique ids and the interactive ones exist', () => {
    const ids = overlays.flatMap(([, layers]) => layers.map((l) => l.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of L.INTERACTIVE_LAYERS) expect(ids).toContain(id);
  });

  it('colour areas red when nobody is planned, green when everyone is', () => {
    expect(evaluate(L.SHARE_COLOR, { share: 0 }, latest.paint_circle['circle-color']).toString()).toBe('rgba(192,57,43,1)');
    expect(evaluate(L.SHARE_COLOR, { share: 1 }, latest.paint_circle['circle-color']).toString()).toBe('rgba(31,138,76,1)');
  });

  it('size circles by the square root of evacuees and lines by passengers, both increasing', () => {
    const r = [0, 100, 2500, 26000].map((evacuees) => evaluate(L.EVACUEE_RADIUS, { evacuees }, undefined, 7) as number);
    expect(r[0]).toBe(4);
    expect(evaluate(L.EVACUEE_RADIUS, { evacuees: 2500 }, undefined, 4)).toBeCloseTo(r[2]! * 0.75);
    for (let i = 1; i < r.length; i++) expect(r[i]).toBeGreaterThan(r[i - 1]!);
    const w = [1, 100, 1000, 20000].map((passengers) => evaluate(L.PASSENGER_WIDTH, { passengers }) as number);
    for (let i = 1; i < w.length; i++) expect(w[i]).toBeGreaterThan(w[i - 1]!);
  });

  it('ring only the airports where SDF is denied or partly denied', () => {
    const f = featureFilter(L.airportSdfRing.filter, 'layers[0].filter');
    const test = (sdf: string) => f.filter({ zoom: 5 }, { type: 1, properties: { sdf }, geometry: [] } as never);
    expect([test('denied'), test('partly'), test('allowed')]).toEqual([true, true, false]);
  });
});
