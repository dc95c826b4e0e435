import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { SummaryMap } from '../../../../../shared/schemas/summary.ts';
import { fmtCount, shortAreaName } from '../format.ts';

/** Pure builders of the printed map's GeoJSON from the summary's map section (tested without a browser). */

export interface PrintAreaProps { id: string; label: string; detail: string; evacuees: number; share: number }
export interface PrintAirportProps { id: string; label: string; detail: string; state: string; sdfDenied: boolean; used: boolean; passengers: number }
export interface PrintLegProps { passengers: number }
export interface PrintHazardProps { name: string }

export interface PrintMapData {
  areas: FeatureCollection<Point, PrintAreaProps>;
  airports: FeatureCollection<Point, PrintAirportProps>;
  legs: FeatureCollection<LineString, PrintLegProps>;
  hazards: FeatureCollection<Polygon, PrintHazardProps>;
}

export function printMapData(map: SummaryMap): PrintMapData {
  return {
    areas: {
      type: 'FeatureCollection',
      // Big circles first so small ones stay visible on top.
      features: [...map.areas].sort((a, b) => b.evacuees - a.evacuees).map((a) => ({
        type: 'Feature', id: a.id, geometry: { type: 'Point', coordinates: [a.lon, a.lat] },
        properties: { id: a.id, label: shortAreaName(a.name), detail: `${fmtCount(a.planned)} / ${fmtCount(a.evacuees)}`, evacuees: a.evacuees, share: a.share },
      })),
    },
    airports: {
      type: 'FeatureCollection',
      features: map.airports.map((a) => ({
        type: 'Feature', id: a.id, geometry: { type: 'Point', coordinates: [a.lon, a.lat] },
        properties: {
          id: a.id, state: a.state, sdfDenied: a.sdfDenied, used: a.sorties > 0, passengers: a.passengers, label: a.label,
          detail: a.sorties > 0 ? `${fmtCount(a.sorties)} sorties · ${fmtCount(a.passengers)} pax` : '',
        },
      })),
    },
    legs: {
      type: 'FeatureCollection',
      features: map.legs.map((l) => ({
        type: 'Feature', geometry: { type: 'LineString', coordinates: [l.from, l.to] }, properties: { passengers: l.passengers },
      })),
    },
    hazards: {
      type: 'FeatureCollection',
      features: map.hazards.map((h) => ({ type: 'Feature', id: h.id, geometry: h.geometry, properties: { name: h.name } })),
    },
  };
}
