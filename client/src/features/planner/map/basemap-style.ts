import type { StyleSpecification } from 'maplibre-gl';

/** Font stacks drawn by the browser (MapLibre 6 renders glyphs locally when the style has no glyphs URL). */
export const TEXT_FONT = ['Noto Sans Regular', 'DejaVu Sans', 'Liberation Sans'];
export const TEXT_FONT_BOLD = ['Noto Sans Bold', 'DejaVu Sans Bold', 'Liberation Sans Bold'];
/** CJK names (日本, 대한민국, 臺灣) are drawn with these where installed. */
export const IDEOGRAPH_FONT = 'Noto Sans CJK JP, Noto Sans CJK KR, Noto Sans CJK TC, sans-serif';

export const BASEMAP_COLORS = { sea: '#c5d5e4', land: '#f1efe9', theatre: '#fbf4df', border: '#9aa5b1', coast: '#7d8b99' };
export const BASEMAP_SOURCE = 'basemap';

/**
 * The offline style: sea, land, borders and country labels from one prebuilt GeoJSON file of the
 * app's own (`dataUrl`); no glyph, sprite or tile server. `sea: false` leaves the sea transparent for a
 * page that paints it behind the canvas (CSS): one full-screen layer less per frame, which counts on
 * software-rendered WebGL.
 */
export function offlineStyle(dataUrl: string, opts: { sea?: boolean } = {}): StyleSpecification {
  return {
    version: 8,
    name: 'NEO offline basemap (Natural Earth 1:50m)',
    sources: {
      // 1:50m data (~1 km) has nothing to show beyond zoom 5 tiles: deeper tiling only costs time (tiles are over-zoomed).
      [BASEMAP_SOURCE]: { type: 'geojson', data: dataUrl, maxzoom: 5, tolerance: 0.45, attribution: 'Natural Earth (public domain)' },
    },
    layers: [
      ...(opts.sea === false ? [] : [{ id: 'sea', type: 'background' as const, paint: { 'background-color': BASEMAP_COLORS.sea } }]),
      { id: 'land', type: 'fill', source: BASEMAP_SOURCE, filter: ['==', ['get', 'kind'], 'country'], paint: { 'fill-color': BASEMAP_COLORS.land } },
      {
        id: 'borders', type: 'line', source: BASEMAP_SOURCE, filter: ['==', ['get', 'kind'], 'country'],
        paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 7, 1.2] },
      },
      {
        id: 'country-labels', type: 'symbol', source: BASEMAP_SOURCE, minzoom: 2.5, filter: ['==', ['get', 'kind'], 'label'],
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
