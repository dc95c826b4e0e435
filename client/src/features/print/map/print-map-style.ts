import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Basemap } from '../../../lib/map/basemap.ts';
import type { PrintMapData } from './print-map-data.ts';

/** Fonts drawn by the browser (no glyph server): MapLibre 6 renders text locally when the style has no `glyphs`. */
const FONT = ['Noto Sans Regular', 'DejaVu Sans', 'Liberation Sans'];
const FONT_BOLD = ['Noto Sans Bold', 'DejaVu Sans Bold', 'Liberation Sans Bold'];

/** Colours chosen to survive a greyscale office printer: shape and weight carry the meaning too. */
export const PRINT_COLORS = {
  sea: '#dce8f2', land: '#f7f6f2', theatre: '#fff3cf', border: '#8a96a3',
  none: '#c0392b', half: '#e5a00d', full: '#1f8a4c',
  open: '#1f8a4c', closed: '#6b7280', hazard: '#c0392b', sdf: '#7c3aed',
  leg: '#1d4ed8', hazardFill: '#e74c3c',
} as const;

export const SHARE_COLOR: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'share'], 0, PRINT_COLORS.none, 0.5, PRINT_COLORS.half, 1, PRINT_COLORS.full];
/** Circle area ∝ evacuees. */
export const EVACUEE_RADIUS: ExpressionSpecification = ['interpolate', ['linear'], ['sqrt', ['get', 'evacuees']], 0, 3, 10, 4, 50, 9, 180, 26];
export const PASSENGER_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'passengers'], 0, 1, 500, 2, 5000, 5, 30000, 11];

/** One static style: offline basemap plus the plan's overlays, for a map that is drawn once and captured. */
export function printMapStyle(basemap: Basemap, data: PrintMapData, theatre: string[]): StyleSpecification {
  return {
    version: 8,
    name: 'NEO plan summary (print)',
    sources: {
      countries: { type: 'geojson', data: basemap.countries },
      'country-labels': { type: 'geojson', data: basemap.labels },
      hazards: { type: 'geojson', data: data.hazards },
      legs: { type: 'geojson', data: data.legs },
      areas: { type: 'geojson', data: data.areas },
      airports: { type: 'geojson', data: data.airports },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': PRINT_COLORS.sea } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': PRINT_COLORS.land } },
      { id: 'theatre', type: 'fill', source: 'countries', filter: ['in', ['get', 'iso2'], ['literal', theatre]], paint: { 'fill-color': PRINT_COLORS.theatre } },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': PRINT_COLORS.border, 'line-width': 0.8 } },
      {
        id: 'country-labels', type: 'symbol', source: 'country-labels',
        layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 10, 'text-transform': 'uppercase', 'text-letter-spacing': 0.1, 'text-max-width': 8 },
        paint: { 'text-color': '#7a8591', 'text-halo-color': 'rgba(255,255,255,0.8)', 'text-halo-width': 1 },
      },
      { id: 'hazard-fill', type: 'fill', source: 'hazards', paint: { 'fill-color': PRINT_COLORS.hazardFill, 'fill-opacity': 0.22 } },
      { id: 'hazard-outline', type: 'line', source: 'hazards', paint: { 'line-color': PRINT_COLORS.hazard, 'line-width': 1.6, 'line-dasharray': [3, 2] } },
      { id: 'legs', type: 'line', source: 'legs', layout: { 'line-cap': 'round' }, paint: { 'line-color': PRINT_COLORS.leg, 'line-width': PASSENGER_WIDTH, 'line-opacity': 0.6 } },
      {
        id: 'areas', type: 'circle', source: 'areas',
        paint: { 'circle-radius': EVACUEE_RADIUS, 'circle-color': SHARE_COLOR, 'circle-opacity': 0.8, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.2 },
      },
      {
        id: 'airport-sdf', type: 'circle', source: 'airports', filter: ['get', 'sdfDenied'],
        paint: { 'circle-radius': ['case', ['get', 'used'], 9, 6.5], 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': PRINT_COLORS.sdf, 'circle-stroke-width': 1.8 },
      },
      {
        id: 'airports', type: 'circle', source: 'airports',
        paint: {
          'circle-radius': ['case', ['get', 'used'], 5.5, 3.5],
          'circle-color': ['match', ['get', 'state'], 'open', PRINT_COLORS.open, 'hazard', PRINT_COLORS.hazard, PRINT_COLORS.closed],
          'circle-stroke-color': '#13294b', 'circle-stroke-width': 1.2,
        },
      },
      {
        id: 'area-labels', type: 'symbol', source: 'areas',
        layout: {
          'text-field': ['format', ['get', 'label'], {}, '\n', {}, ['get', 'detail'], { 'font-scale': 0.85 }],
          'text-font': FONT, 'text-size': 9.5, 'text-max-width': 12, 'text-padding': 1,
          'text-variable-anchor': ['top', 'bottom', 'right', 'left'], 'text-radial-offset': 1.1, 'text-justify': 'auto',
          'symbol-sort-key': ['-', ['get', 'evacuees']],
        },
        paint: { 'text-color': '#26303d', 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.4 },
      },
      {
        // Placed before the area labels (the later layer wins a collision), busiest airport first.
        id: 'airport-labels', type: 'symbol', source: 'airports', filter: ['get', 'used'],
        layout: {
          'text-field': ['format', ['get', 'label'], { 'text-font': ['literal', FONT_BOLD] }, '\n', {}, ['get', 'detail'], { 'font-scale': 0.8 }],
          'text-font': FONT, 'text-size': 10, 'text-max-width': 14, 'text-padding': 1,
          'text-variable-anchor': ['left', 'right', 'bottom-left', 'top-left', 'bottom-right', 'top-right', 'top', 'bottom'],
          'text-radial-offset': 0.8, 'text-justify': 'auto',
          'symbol-sort-key': ['-', ['get', 'passengers']],
        },
        paint: { 'text-color': '#13294b', 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.5 },
      },
    ],
  };
}
