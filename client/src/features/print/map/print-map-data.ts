import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { SummaryMap } from '../../../../../shared/schemas/summary.ts';
import { fmtCount, shortAreaName } from '../format.ts';

/** Pure builders of the printed map's GeoJSON from the summary's map section (tested without a browser). */

export interface PrintAreaProps { id: string; label: string; detail: string; evacuees: number; share: number }
export interface PrintAirportProps { id: string; label: string; detail: string; state: string; sdfDenied: boolean; used: boolean; passengers: number }
export interface PrintLegProps { passengers: number }
export interface PrintHazardProps { name: string }

export interface PrintMapData {
  /** Every airport shown denies SDF aircraft: the legend says so once, instead of a ring on each. */
  sdfEverywhere: boolean;
  areas: FeatureCollection<Point, PrintAreaProps>;
  airports: FeatureCollection<Point, PrintAirportProps>;
  legs: FeatureCollection<LineString, PrintLegProps>;
  hazards: FeatureCollection<Polygon, PrintHazardProps>;
}

/** An airport's label under its code: sorties and passengers, in the reader's language. */
export type AirportDetail = (sorties: string, passengers: string) => string;
const inEnglish: AirportDetail = (sorties, passengers) => `${sorties} sorties · ${passengers} pax`;

/** Where the map's airports deny SDF aircraft: all (said once, in the legend), some (a ring on those) or none. */
export function sdfCoverage(map: Pick<SummaryMap, 'airports'>): 'everywhere' | 'some' | 'none' {
  const denied = map.airports.filter((a) => a.sdfDenied).length;
  return denied === 0 ? 'none' : denied === map.airports.length ? 'everywhere' : 'some';
}

export function printMapData(map: SummaryMap, detail: AirportDetail = inEnglish): PrintMapData {
  const sdfEverywhere = sdfCoverage(map) === 'everywhere';
  return {
    sdfEverywhere,
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
          id: a.id, state: a.state, sdfDenied: a.sdfDenied && !sdfEverywhere, used: a.sorties > 0, passengers: a.passengers, label: a.label,
          detail: a.sorties > 0 ? detail(fmtCount(a.sorties), fmtCount(a.passengers)) : '',
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
