import type {
  CircleLayerSpecification, ExpressionSpecification, LineLayerSpecification, SymbolLayerSpecification,
} from 'maplibre-gl';
import { TEXT_FONT_BOLD } from '../map/basemap-style.ts';
import { COLORS, SHARE_COLOR, SOURCE } from '../map/layers.ts';

/** The map's time, cluster, badge and collision layers (the base layers are in ../map/layers.ts). */
type Spec<T> = Omit<T, 'source'> & { id: string; source: string };

export const TIME_SOURCE = { legs: 'time-legs', aircraft: 'time-aircraft' } as const;
/** A transparent square: its icons reserve room in the collision index so no label is drawn over a marker. */
export const COLLIDER_IMAGE = 'neo-collider';
export const COLLIDER_PX = 16;
/** A ship under way (drawn on a canvas at load, see ship-icon.ts): sailings share the sortie model, not the marker. */
export const SHIP_IMAGE = 'neo-ship';

/** Areas cluster below zoom 5 (both theatres of the concurrent scenario in view); one theatre framed is never clustered. */
export const CLUSTER_MAX_ZOOM = 4;
export const AREA_CLUSTER_PROPERTIES = {
  evacuees: ['+', ['get', 'evacuees']], planned: ['+', ['get', 'planned']], waiting: ['+', ['get', 'waiting']],
} as const;

const NOT_CLUSTER: ExpressionSpecification = ['!', ['has', 'point_count']];
const IS_CLUSTER: ExpressionSpecification = ['has', 'point_count'];
/** Radius in px from a head count, the same scale as the area circles (√ of the count). */
const countRadius = (prop: string, min = 0): ExpressionSpecification => {
  const r: ExpressionSpecification = ['interpolate', ['linear'], ['sqrt', ['get', prop]], 0, 0, 10, 5, 50, 11, 170, 30, 250, 40];
  // Zoom must be the top-level input: the floor goes inside each stop.
  return ['interpolate', ['linear'], ['zoom'], 4, ['max', min, ['*', 0.75, r]], 7, ['max', min, r]];
};

export const areaCluster: Spec<CircleLayerSpecification> = {
  id: 'area-clusters', type: 'circle', source: SOURCE.areas, filter: IS_CLUSTER,
  paint: {
    'circle-radius': countRadius('evacuees', 10),
    'circle-color': ['interpolate', ['linear'], ['/', ['get', 'planned'], ['max', 1, ['get', 'evacuees']]], 0, COLORS.none, 0.5, COLORS.half, 1, COLORS.full],
    'circle-opacity': 0.8, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2,
  },
};
export const areaClusterCount: Spec<SymbolLayerSpecification> = {
  id: 'area-cluster-count', type: 'symbol', source: SOURCE.areas, filter: IS_CLUSTER,
  layout: {
    'text-field': ['number-format', ['get', 'evacuees'], { locale: 'en-US', 'max-fraction-digits': 0 }],
    'text-font': TEXT_FONT_BOLD, 'text-size': 11, 'text-allow-overlap': true, 'text-ignore-placement': true,
  },
  paint: { 'text-color': '#13294b', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.2 },
};

/** At the chosen hour: the people still waiting in the area, a dark disc inside the area's circle. */
export const areaWaiting: Spec<CircleLayerSpecification> = {
  id: 'area-waiting', type: 'circle', source: SOURCE.areas, filter: ['all', NOT_CLUSTER, ['>', ['get', 'waiting'], 0]],
  paint: { 'circle-radius': countRadius('waiting', 2.5), 'circle-color': '#7f1d1d', 'circle-opacity': 0.55 },
};
export const clusterWaiting: Spec<CircleLayerSpecification> = {
  ...areaWaiting, id: 'cluster-waiting', filter: ['all', IS_CLUSTER, ['>', ['get', 'waiting'], 0]],
};
/** Sorties leaving the airport in the chosen hour: an amber halo growing with their number. */
export const airportDepartures: Spec<CircleLayerSpecification> = {
  id: 'airport-departures', type: 'circle', source: SOURCE.airports, filter: ['>', ['get', 'departing'], 0],
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['get', 'departing'], 1, 9, 4, 13, 10, 18],
    'circle-color': COLORS.focus, 'circle-opacity': 0.45, 'circle-stroke-color': COLORS.focus, 'circle-stroke-width': 1.5,
  },
};
/** Great-circle legs of the aircraft in the air, wider with more aircraft on the leg. */
export const flightLeg: Spec<LineLayerSpecification> = {
  id: 'flight-legs', type: 'line', source: TIME_SOURCE.legs,
  layout: { 'line-cap': 'round' },
  paint: { 'line-color': ['match', ['get', 'mode'], 'sea', COLORS.sea, '#334155'], 'line-width': ['interpolate', ['linear'], ['get', 'aircraft'], 1, 1.2, 6, 3.5], 'line-opacity': 0.6, 'line-dasharray': [2, 1.5] },
};
const IS_SEA: ExpressionSpecification = ['==', ['get', 'mode'], 'sea'];
export const aircraft: Spec<CircleLayerSpecification> = {
  id: 'aircraft', type: 'circle', source: TIME_SOURCE.aircraft, filter: ['!', IS_SEA],
  paint: { 'circle-radius': 4.5, 'circle-color': '#0f172a', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
};
/** Ships under way: the same source as aircraft, drawn as a ship so a crossing reads as one at a glance. */
export const ships: Spec<SymbolLayerSpecification> = {
  id: 'ships', type: 'symbol', source: TIME_SOURCE.aircraft, filter: IS_SEA,
  layout: { 'icon-image': SHIP_IMAGE, 'icon-size': 1, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
};

/** SDF denied at this airport alone (not its whole country): a small violet dot at the marker's shoulder. */
export const airportSdfBadge: Spec<CircleLayerSpecification> = {
  id: 'airport-sdf-badge', type: 'circle', source: SOURCE.airports, filter: ['==', ['get', 'sdfBadge'], true],
  paint: {
    'circle-radius': 3, 'circle-color': COLORS.sdf, 'circle-translate': [6, -6],
    'circle-opacity': ['case', ['==', ['get', 'sdf'], 'denied'], 1, 0.5], 'circle-stroke-color': '#fff', 'circle-stroke-width': 1,
  },
};

/** Invisible icons over markers (placed first, being on top): labels give way to airports and areas. */
export const airportCollider: Spec<SymbolLayerSpecification> = {
  id: 'airport-collider', type: 'symbol', source: SOURCE.airports,
  layout: { 'icon-image': COLLIDER_IMAGE, 'icon-size': 0.9, 'icon-allow-overlap': true, 'icon-ignore-placement': false },
};
export const areaCollider: Spec<SymbolLayerSpecification> = {
  id: 'area-collider', type: 'symbol', source: SOURCE.areas, filter: NOT_CLUSTER,
  layout: {
    'icon-image': COLLIDER_IMAGE, 'icon-allow-overlap': true, 'icon-ignore-placement': false,
    // 2 × radius / icon px, a little inside the circle so neighbours' labels may touch its rim.
    'icon-size': ['interpolate', ['linear'], ['zoom'],
      4, ['*', 0.75 * 1.7 / COLLIDER_PX, ['interpolate', ['linear'], ['sqrt', ['get', 'evacuees']], 0, 4, 10, 5, 50, 11, 170, 30]],
      7, ['*', 1.7 / COLLIDER_PX, ['interpolate', ['linear'], ['sqrt', ['get', 'evacuees']], 0, 4, 10, 5, 50, 11, 170, 30]]],
  },
};

export const areaShareColor = SHARE_COLOR;

/** The layers each toggle shows or hides. */
export const TOGGLES = {
  areas: ['area-circles', areaCluster.id, areaClusterCount.id, areaWaiting.id, clusterWaiting.id, areaCollider.id, 'area-labels'],
  airports: ['airport-circles', airportSdfBadge.id, airportDepartures.id, airportCollider.id, 'airport-labels'],
  legs: ['allocation-lines', flightLeg.id, aircraft.id, ships.id],
  hazards: ['hazard-fill', 'hazard-outline', 'hazard-label'],
  labels: ['area-labels', 'airport-labels', 'hazard-label', areaClusterCount.id],
} as const;
export type LayerToggle = keyof typeof TOGGLES;
export const ALL_ON: Record<LayerToggle, boolean> = { areas: true, airports: true, legs: true, hazards: true, labels: true };

/** Visible when every toggle listing the layer is on. */
export function layerVisible(id: string, on: Record<LayerToggle, boolean>): boolean {
  return (Object.keys(TOGGLES) as LayerToggle[]).every((k) => on[k] || !(TOGGLES[k] as readonly string[]).includes(id));
}
