import { describe, expect, it } from 'vitest';
import { createExpression, featureFilter, latest, validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import * as L from '../../client/src/features/planner/map/layers.ts';
import * as T from '../../client/src/features/planner/map-view/layers.ts';
import { offlineStyle } from '../../client/src/features/planner/map/basemap-style.ts';

const overlays = [
  [L.SOURCE.hazards, [L.hazardFill, L.hazardOutline, L.hazardLabel]],
  [L.SOURCE.lines, [L.allocationLine]],
  [L.SOURCE.areas, [L.areaCircle, L.areaLabel]],
  [L.SOURCE.airports, [L.airportCircle, L.airportLabel]],
  [L.SOURCE.focus, [L.focusRing]],
] as const;
const timeLayers = [T.areaCluster, T.areaClusterCount, T.areaWaiting, T.clusterWaiting, T.airportDepartures, T.flightLeg, T.aircraft, T.ships, T.airportSdfBadge, T.airportCollider, T.areaCollider];

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
      sources: { ...base.sources, ...Object.fromEntries([...overlays.map(([id]) => id), ...Object.values(T.TIME_SOURCE)].map((id) => [id, { type: 'geojson' as const, data: empty }])) },
      layers: [...base.layers, ...overlays.flatMap(([source, layers]) => layers.map((l) => ({ ...l, source }) as never)), ...timeLayers as never[]],
    };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('have unique ids and the interactive ones exist', () => {
    const ids = [...overlays.flatMap(([, layers]) => layers.map((l) => l.id)), ...timeLayers.map((l) => l.id)];
    for (const list of Object.values(T.TOGGLES)) for (const id of list) expect(ids, `toggle lists ${id}`).toContain(id);
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

  it('badge only the airports whose SDF access differs from their country (no ring on every airport)', () => {
    const f = featureFilter(T.airportSdfBadge.filter, 'layers[0].filter');
    const test = (sdfBadge: boolean) => f.filter({ zoom: 5 }, { type: 1, properties: { sdf: 'denied', sdfBadge }, geometry: [] } as never);
    expect([test(true), test(false)]).toEqual([true, false]);
  });

  it('draw ships under way as ships and aircraft as dots, from one source split by mode', () => {
    const pick = (layer: { filter?: unknown }, mode: string) => featureFilter(layer.filter as never, 'layers[0].filter').filter({ zoom: 5 }, { type: 1, properties: { mode }, geometry: [] } as never);
    expect([pick(T.ships, 'sea'), pick(T.ships, 'air')]).toEqual([true, false]);
    expect([pick(T.aircraft, 'sea'), pick(T.aircraft, 'air')]).toEqual([false, true]);
    expect(T.ships.source).toBe(T.aircraft.source);
    expect(T.layerVisible(T.ships.id, { ...T.ALL_ON, legs: false })).toBe(false);
  });

  it('ring seaports in blue and keep airports dark', () => {
    const stroke = L.airportCircle.paint?.['circle-stroke-color'] as never;
    expect(evaluate(stroke, { mode: 'sea' }, latest.paint_circle['circle-stroke-color']).toString()).toBe('rgba(3,105,161,1)');
    expect(evaluate(stroke, { mode: 'air' }, latest.paint_circle['circle-stroke-color']).toString()).toBe('rgba(19,41,75,1)');
  });

  it('never let labels overlap each other or the markers', () => {
    for (const l of [L.areaLabel, L.airportLabel, L.hazardLabel]) expect(l.layout?.['text-allow-overlap'], l.id).toBe(false);
    expect((L.areaLabel.layout?.['text-variable-anchor'] as string[]).length).toBeGreaterThan(3);
    for (const c of [T.airportCollider, T.areaCollider]) expect(c.layout?.['icon-ignore-placement'], c.id).toBe(false);
  });

  it('switch layers by toggle: labels off hides every label, areas off hides areas and their labels', () => {
    const on = { ...T.ALL_ON, labels: false };
    expect(T.layerVisible('area-labels', on)).toBe(false);
    expect(T.layerVisible('area-circles', on)).toBe(true);
    expect(T.layerVisible('area-labels', { ...T.ALL_ON, areas: false })).toBe(false);
    expect(T.layerVisible('focus-ring', { areas: false, airports: false, legs: false, hazards: false, labels: false })).toBe(true);
  });
});
