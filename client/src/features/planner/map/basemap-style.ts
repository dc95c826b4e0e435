import type { StyleSpecification } from 'maplibre-gl';
import type { Basemap } from './basemap.ts';

/** Font stacks drawn by the browser (MapLibre 6 renders glyphs locally when the style has no glyphs URL). */
export const TEXT_FONT = ['Noto Sans Regular', 'DejaVu Sans', 'Liberation Sans'];
export const TEXT_FONT_BOLD = ['Noto Sans Bold', 'DejaVu Sans Bold', 'Liberation Sans Bold'];
/** CJK names (日本, 대한민국, 臺灣) are drawn with these where installed. */
export const IDEOGRAPH_FONT = 'Noto Sans CJK JP, Noto Sans CJK KR, Noto Sans CJK TC, sans-serif';

export const BASEMAP_COLORS = { sea: '#c5d5e4', land: '#f1efe9', theatre: '#fbf4df', border: '#9aa5b1', coast: '#7d8b99' };

/** The offline style: sea, land, borders and country labels, nothing fetched from outside. */
export function offlineStyle(basemap: Basemap): StyleSpecification {
  return {
    version: 8,
    name: 'NEO offline basemap (Natural Earth 1:50m)',
    sources: {
      // 1:50m data has no detail beyond zoom 6: tiling deeper only costs time (tiles are over-zoomed).
      countries: { type: 'geojson', data: basemap.countries, maxzoom: 6, tolerance: 0.6, attribution: 'Natural Earth (public domain)' },
      'country-labels': { type: 'geojson', data: basemap.labels, maxzoom: 4 },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': BASEMAP_COLORS.land } },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 7, 1.2] } },
      {
        id: 'country-labels', type: 'symbol', source: 'country-labels', minzoom: 2.5,
        layout: {
          'text-field': ['case', ['has', 'local'], ['format', ['get', 'name'], {}, '\n', {}, ['get', 'local'], { 'font-scale': 0.85 }], ['get', 'name']],
          'text-font': TEXT_FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 14],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.08,
          'text-max-width': 8,
        },
        paint: { 'text-color': '#6b7480', 'text-halo-color': 'rgba(255,255,255,0.8)', 'text-halo-width': 1.2 },
      },
    ],
  };
}
