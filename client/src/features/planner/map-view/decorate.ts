import type { FeatureCollection, LineString, Point } from 'geojson';
import type { AirportProps, AllocationLineProps, AreaProps } from '../map/to-geojson.ts';
import type { AircraftProps, LegProps, TimeState } from './time-state.ts';
import { shortName } from './short-name.ts';

export type TimedAreaProps = AreaProps & { short: string; waiting: number };
export type TimedAirportProps = AirportProps & { sdfBadge: boolean; departing: number };
export type NamedLineProps = AllocationLineProps & { areaName: string; airportLabel: string };
export type NamedAircraftProps = AircraftProps & { route: string; operator: string };

export interface Names {
  areaName: (id: string) => string;
  airportLabel: (id: string) => string;
  /** "Royal Air Force · C-17" for a sortie id. */
  operatorOf: (sortieId: string) => string;
}

/** Allocation lines with names for the hover card: they do not change with the map's time. */
export function decorateLines(lines: FeatureCollection<LineString, AllocationLineProps>, names: Names): FeatureCollection<LineString, NamedLineProps> {
  return {
    type: 'FeatureCollection',
    features: lines.features.map((f) => ({ ...f, properties: { ...f.properties, areaName: shortName(names.areaName(f.properties.areaId), 40), airportLabel: names.airportLabel(f.properties.airportId) } })),
  };
}

/**
 * The base map features with what the symbology and the time layer need: the short label, people
 * waiting and departures at the chosen hour (0 when no hour is chosen: the map shows the whole plan),
 * the per-airport SDF badge, and names instead of ids for the hover cards. The lines are decorated
 * apart (decorateLines): a new hour re-sends areas, airports and aircraft to the map, not 2,000 lines.
 */
export function decorateTime(
  base: { areas: FeatureCollection<Point, AreaProps>; airports: FeatureCollection<Point, AirportProps> },
  time: TimeState | null, sdfBadges: ReadonlySet<string>, names: Names,
) {
  const areas: FeatureCollection<Point, TimedAreaProps> = {
    type: 'FeatureCollection',
    features: base.areas.features.map((f) => ({ ...f, properties: { ...f.properties, short: shortName(f.properties.name), waiting: time ? time.waitingByArea.get(f.properties.id) ?? 0 : 0 } })),
  };
  const airports: FeatureCollection<Point, TimedAirportProps> = {
    type: 'FeatureCollection',
    features: base.airports.features.map((f) => ({ ...f, properties: { ...f.properties, sdfBadge: sdfBadges.has(f.properties.id), departing: time?.departuresByAirport.get(f.properties.id) ?? 0 } })),
  };
  const aircraft: FeatureCollection<Point, NamedAircraftProps> = {
    type: 'FeatureCollection',
    features: (time?.aircraft.features ?? []).map((f) => ({ ...f, properties: { ...f.properties, route: `${names.airportLabel(f.properties.originId)} → ${names.airportLabel(f.properties.destinationId)}`, operator: names.operatorOf(f.properties.sortieId) } })),
  };
  return { areas, airports, aircraft, legs: time?.legs ?? EMPTY_LEGS };
}

const EMPTY_LEGS: FeatureCollection<LineString, LegProps> = { type: 'FeatureCollection', features: [] };
