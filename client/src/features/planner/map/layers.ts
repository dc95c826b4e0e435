import type {
  CircleLayerSpecification, ExpressionSpecification, FillLayerSpecification, LineLayerSpecification, SymbolLayerSpecification,
} from 'maplibre-gl';
import { TEXT_FONT, TEXT_FONT_BOLD } from './basemap-style.ts';

/** Overlay layer specs: typed constants, rendered inside their <Source>. */
type Spec<T> = Omit<T, 'source'> & { id: string };

export const SOURCE = { areas: 'areas', airports: 'airports', lines: 'allocation-lines', hazards: 'hazards', focus: 'focus' } as const;

export const COLORS = {
  none: '#c0392b', half: '#e5a00d', full: '#1f8a4c',
  open: '#1f8a4c', closed: '#6b7280', hazard: '#c0392b', sdf: '#7c3aed',
  line: '#1d4ed8', lineLocked: '#7c3aed', hazardFill: '#e74c3c', focus: '#f59e0b', sea: '#0369a1',
} as const;

/** Planned share of an area's evacuees → red (nobody planned), amber (half), green (everyone). */
export const SHARE_COLOR: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'share'], 0, COLORS.none, 0.5, COLORS.half, 1, COLORS.full];
const radius: ExpressionSpecification = ['interpolate', ['linear'], ['sqrt', ['get', 'evacuees']], 0, 4, 10, 5, 50, 11, 170, 30];
const width: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'passengers'], 0, 1, 200, 2, 2000, 5, 10000, 10];
/**
 * Circle area proportional to evacuees (radius ∝ √evacuees, 4 px minimum), a little smaller when
 * zoomed out to a whole theatre so neighbouring areas stay apart.
 */
export const EVACUEE_RADIUS: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 4, ['*', 0.75, radius], 7, radius, 10, ['*', 1.3, radius]];
/** Line width by passengers on the leg, thinner when zoomed out. */
export const PASSENGER_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 4, ['*', 0.7, width], 7, width];

export const hazardFill: Spec<FillLayerSpecification> = {
  id: 'hazard-fill', type: 'fill',
  paint: { 'fill-color': COLORS.hazardFill, 'fill-opacity': 0.18 },
};
export const hazardOutline: Spec<LineLayerSpecification> = {
  id: 'hazard-outline', type: 'line',
  paint: { 'line-color': COLORS.hazardFill, 'line-width': 2, 'line-dasharray': [3, 2] },
};
export const hazardLabel: Spec<SymbolLayerSpecification> = {
  id: 'hazard-label', type: 'symbol',
  layout: { 'text-field': ['coalesce', ['get', 'short'], ['get', 'name']], 'text-font': TEXT_FONT_BOLD, 'text-size': 11, 'text-max-width': 12, 'text-allow-overlap': false, 'text-padding': 4 },
  paint: { 'text-color': '#8e1b10', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
};

export const allocationLine: Spec<LineLayerSpecification> = {
  id: 'allocation-lines', type: 'line',
  layout: { 'line-cap': 'round' },
  paint: {
    'line-color': ['case', ['get', 'locked'], COLORS.lineLocked, COLORS.line],
    'line-width': PASSENGER_WIDTH,
    'line-opacity': 0.55,
  },
};

export const areaCircle: Spec<CircleLayerSpecification> = {
  id: 'area-circles', type: 'circle',
  // Clustered points (low zoom) are drawn by the cluster layer.
  filter: ['!', ['has', 'point_count']],
  paint: {
    'circle-radius': EVACUEE_RADIUS,
    'circle-color': SHARE_COLOR,
    'circle-opacity': 0.78,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1.2,
  },
};
/**
 * Short names placed where they collide with nothing (markers reserve their room through the collider
 * layers): the first free spot around the circle, else the label is left out at this zoom.
 */
export const areaLabel: Spec<SymbolLayerSpecification> = {
  id: 'area-labels', type: 'symbol', minzoom: 4.5,
  filter: ['!', ['has', 'point_count']],
  layout: {
    'text-field': ['get', 'short'], 'text-font': TEXT_FONT, 'text-size': 11,
    'text-variable-anchor': ['top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
    'text-radial-offset': ['interpolate', ['linear'], ['sqrt', ['get', 'evacuees']], 0, 0.6, 50, 1.1, 170, 2.4],
    'text-justify': 'auto', 'text-max-width': 16, 'text-allow-overlap': false, 'text-ignore-placement': false, 'text-padding': 3,
  },
  paint: { 'text-color': '#30394a', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.2 },
};

export const airportCircle: Spec<CircleLayerSpecification> = {
  id: 'airport-circles', type: 'circle',
  paint: {
    'circle-radius': ['case', ['>', ['get', 'sorties'], 0], 6.5, 4.5],
    'circle-color': ['match', ['get', 'state'], 'open', COLORS.open, 'hazard', COLORS.hazard, COLORS.closed],
    // A seaport is a departure point like an airport; only its ring tells them apart.
    'circle-stroke-color': ['match', ['get', 'mode'], 'sea', COLORS.sea, '#13294b'],
    'circle-stroke-width': ['match', ['get', 'mode'], 'sea', 2.5, 1.5],
  },
};
export const airportLabel: Spec<SymbolLayerSpecification> = {
  id: 'airport-labels', type: 'symbol',
  filter: ['any', ['>', ['get', 'sorties'], 0], ['>=', ['zoom'], 6]],
  layout: {
    'text-field': ['get', 'label'],
    'text-font': TEXT_FONT_BOLD, 'text-size': 11,
    'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.9, 'text-justify': 'auto',
    'text-allow-overlap': false, 'text-padding': 2,
  },
  paint: { 'text-color': '#13294b', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 },
};

/** The selected area/airport and the places of the violation being looked at. */
export const focusRing: Spec<CircleLayerSpecification> = {
  id: 'focus-ring', type: 'circle',
  paint: {
    'circle-radius': ['coalesce', ['get', 'radius'], 16], 'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': ['match', ['get', 'kind'], 'violation', COLORS.none, COLORS.focus], 'circle-stroke-width': 3,
  },
};

/** Layers the pointer interacts with (hover card, click to select). */
export const INTERACTIVE_LAYERS = [areaCircle.id, airportCircle.id, allocationLine.id, hazardFill.id];
