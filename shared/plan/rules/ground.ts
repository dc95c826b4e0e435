import { distance, point } from '@turf/turf';
import type { Airport, AssemblyArea, HazardZone, Scenario } from '../../schemas/domain.ts';
import { HOUR_MS, effectiveAirportStatus, toMs } from '../snapshot.ts';
import { containsPoint, indexEdges, lineMeetsPolygon, type EdgeIndex } from './hazard-index.ts';
import { partnerOf } from '../partner-demand.ts';

export type GroundFailure = 'other_country' | 'other_zone' | 'too_far' | 'hazard_crossing';

export interface GroundLeg {
  /** Road distance: great-circle × roadFactor, km. */
  km: number;
  travelHours: number;
  /** Earliest departure of a flight carrying these people: startsAt + processing + travel (a partner's: not before its window). */
  readyAtMs: number;
  failure?: GroundFailure;
  /** The hazard zone the straight route crosses, when failure = hazard_crossing. */
  hazard?: HazardZone;
}

type Bbox = [number, number, number, number];

function ringBbox(zone: HazardZone): Bbox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of zone.geometry.coordinates) {
    for (const [lon, lat] of ring) {
      w = Math.min(w, lon); e = Math.max(e, lon); s = Math.min(s, lat); n = Math.max(n, lat);
    }
  }
  return [w, s, e, n];
}

/**
 * Hazard zones with a bounding box (far-away routes skip the zone) and an R-tree of their edges, so
 * each route is checked against the few edges near it, not every vertex (a 1,000-vertex zone made
 * every plan save take seconds).
 */
export interface PreparedHazard { zone: HazardZone; bbox: Bbox; edges: EdgeIndex }

export function prepareHazards(zones: readonly HazardZone[]): PreparedHazard[] {
  return zones.map((zone) => ({ zone, bbox: ringBbox(zone), edges: indexEdges(zone) }));
}

export function hazardContaining(hazards: readonly PreparedHazard[], lat: number, lon: number): HazardZone | undefined {
  for (const h of hazards) {
    const [w, s, e, n] = h.bbox;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    if (containsPoint(h.edges, [lon, lat])) return h.zone;
  }
  return undefined;
}

export function hazardCrossed(
  hazards: readonly PreparedHazard[], from: { lat: number; lon: number }, to: { lat: number; lon: number },
): HazardZone | undefined {
  const w = Math.min(from.lon, to.lon);
  const e = Math.max(from.lon, to.lon);
  const s = Math.min(from.lat, to.lat);
  const n = Math.max(from.lat, to.lat);
  for (const h of hazards) {
    const [hw, hs, he, hn] = h.bbox;
    if (he < w || hw > e || hn < s || hs > n) continue;
    if (lineMeetsPolygon(h.edges, [from.lon, from.lat], [to.lon, to.lat])) return h.zone;
  }
  return undefined;
}

export function roadKm(scenario: Scenario, area: { lat: number; lon: number }, airport: { lat: number; lon: number }): number {
  return distance(point([area.lon, area.lat]), point([airport.lon, airport.lat]), { units: 'kilometers' })
    * scenario.ground.roadFactor;
}

/** The ground leg from an area to an airport, with the reason it is impossible if it is. */
export function groundLeg(
  scenario: Scenario, hazards: readonly PreparedHazard[], area: AssemblyArea, airport: Airport,
): GroundLeg {
  const km = roadKm(scenario, area, airport);
  const travelHours = km / scenario.ground.groundSpeedKmh;
  // A partner's nationals are at their place from the start of the window they asked for.
  const readyAtMs = Math.max(toMs(scenario.startsAt) + (scenario.ground.processingHours + travelHours) * HOUR_MS, partnerOf(area)?.fromMs ?? -Infinity);
  const leg: GroundLeg = { km, travelHours, readyAtMs };
  if (area.country !== airport.country) return { ...leg, failure: 'other_country' };
  if (area.zone !== airport.zone) return { ...leg, failure: 'other_zone' };
  if (km > scenario.ground.maxGroundKm) return { ...leg, failure: 'too_far' };
  const hazard = hazardCrossed(hazards, area, airport);
  if (hazard) return { ...leg, failure: 'hazard_crossing', hazard };
  return leg;
}

export type AirportClosure = { kind: 'status' } | { kind: 'hazard'; zone: HazardZone };

/** Why an airport may not be used in this scenario, or undefined when it is usable. */
export function airportClosure(
  scenario: Scenario, hazards: readonly PreparedHazard[], airport: Airport,
): AirportClosure | undefined {
  if (effectiveAirportStatus(scenario, airport) === 'closed') return { kind: 'status' };
  const zone = hazardContaining(hazards, airport.lat, airport.lon);
  return zone ? { kind: 'hazard', zone } : undefined;
}
