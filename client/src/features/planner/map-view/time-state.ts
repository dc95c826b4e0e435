import { distance, greatCircle, point } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { modeOf, type Airport, type AssemblyArea, type LiftOffer, type Sortie } from '../../../../../shared/schemas/domain.ts';
import { evacuees } from '../../../../../shared/plan/snapshot.ts';

const HOUR = 3_600_000;
/**
 * A plan stores departures only. The time in the air is estimated from the great-circle distance at a
 * transport's cruise (780 km/h) plus 30 min for taxi, climb and approach — a C-17 or a 777 to Japan
 * within a quarter hour of their block times, close enough to show which aircraft are airborne.
 */
export const CRUISE_KMH = 780;
export const GROUND_HOURS = 0.5;
export const flightHours = (km: number) => km / CRUISE_KMH + GROUND_HOURS;
/**
 * A sailing's crossing: a plan stores no arrival time, so take half the offer's turnaround less 3 h in port
 * (Busan–Hakata ferries: 12 h turnaround → 4.5 h, within an hour of the timetables), or, with no offer,
 * the distance at 35 km/h (19 kn, a ferry's service speed) plus an hour of berthing.
 */
export const SEA_KMH = 35;
export function sailingHours(km: number, offer?: Pick<LiftOffer, 'turnaroundHours'>): number {
  if (offer) return Math.max(1, (offer.turnaroundHours - 3) / 2);
  return km / SEA_KMH + 1;
}
export type TravelMode = 'air' | 'sea';

const carried = (s: Sortie) => s.allocations.reduce((n, a) => n + a.passengers, 0);

interface Leg { key: string; coords: Position[]; cumulative: number[]; km: number; mode: TravelMode }
interface Flight { sortieId: string; departMs: number; arriveMs: number; originId: string; destinationId: string; passengers: number; leg: Leg; mode: TravelMode }

/** Everything time-dependent the map shows, precomputed once per plan so each hour is a cheap lookup. */
export interface PlanTimeline {
  startMs: number;
  horizonHours: number;
  flights: Flight[];
  /** Departures sorted by time with the area allocations, for "waiting per area at t". */
  departures: { ms: number; sortieId: string; originId: string; byArea: [string, number][]; passengers: number }[];
  evacueesByArea: Map<string, number>;
  totalEvacuees: number;
}

function legOf(a: Airport, b: Airport): Leg {
  const km = distance(point([a.lon, a.lat]), point([b.lon, b.lat]), { units: 'kilometers' });
  // A great circle of a few hundred km is nearly straight: 32 points draw it smoothly at any zoom.
  const gc = km < 1 ? null : greatCircle(point([a.lon, a.lat]), point([b.lon, b.lat]), { npoints: 32 });
  const coords = gc && gc.geometry.type === 'LineString' ? gc.geometry.coordinates : [[a.lon, a.lat], [b.lon, b.lat]];
  const cumulative = [0];
  for (let i = 1; i < coords.length; i++) {
    cumulative.push(cumulative[i - 1]! + Math.hypot(coords[i]![0]! - coords[i - 1]![0]!, coords[i]![1]! - coords[i - 1]![1]!));
  }
  return { key: `${a.id}>${b.id}`, coords, cumulative, km, mode: modeOf(a) };
}

export function buildTimeline(
  sorties: readonly Sortie[], areas: readonly AssemblyArea[], airports: readonly Airport[], startsAt: string, horizonHours: number,
  offers: readonly Pick<LiftOffer, 'id' | 'turnaroundHours'>[] = [],
): PlanTimeline {
  const byId = new Map(airports.map((a) => [a.id, a]));
  const offerById = new Map(offers.map((o) => [o.id, o]));
  const legs = new Map<string, Leg>();
  const flights: Flight[] = [];
  const departures: PlanTimeline['departures'] = [];
  for (const s of sorties) {
    const ms = Date.parse(s.departAt);
    if (Number.isNaN(ms)) continue;
    const passengers = carried(s);
    departures.push({ ms, sortieId: s.id, originId: s.originAirportId, byArea: s.allocations.map((a) => [a.assemblyAreaId, a.passengers]), passengers });
    const from = byId.get(s.originAirportId);
    const to = byId.get(s.destinationAirportId);
    if (!from || !to) continue;
    const key = `${from.id}>${to.id}`;
    let leg = legs.get(key);
    if (!leg) legs.set(key, (leg = legOf(from, to)));
    // One sortie model for air and sea: only the time under way differs (a sailing departs from a seaport).
    const hours = leg.mode === 'sea' ? sailingHours(leg.km, offerById.get(s.offerId)) : flightHours(leg.km);
    flights.push({ sortieId: s.id, departMs: ms, arriveMs: ms + hours * HOUR, originId: from.id, destinationId: to.id, passengers, leg, mode: leg.mode });
  }
  departures.sort((a, b) => a.ms - b.ms);
  const evacueesByArea = new Map(areas.map((a) => [a.id, evacuees(a)]));
  const lastMs = Math.max(0, ...flights.map((f) => f.arriveMs));
  const startMs = Date.parse(startsAt);
  return {
    startMs,
    // The slider runs to the horizon, or further when the last aircraft lands after it.
    horizonHours: Math.max(horizonHours, Math.ceil((lastMs - startMs) / HOUR)),
    flights, departures, evacueesByArea,
    totalEvacuees: [...evacueesByArea.values()].reduce((n, v) => n + v, 0),
  };
}

/** Where along a leg (0..1 of its drawn length) the aircraft is. */
function positionOn(leg: Leg, f: number): Position {
  const total = leg.cumulative[leg.cumulative.length - 1]!;
  const target = total * Math.min(1, Math.max(0, f));
  let i = 1;
  while (i < leg.cumulative.length - 1 && leg.cumulative[i]! < target) i++;
  const a = leg.coords[i - 1]!;
  const b = leg.coords[i]!;
  const span = leg.cumulative[i]! - leg.cumulative[i - 1]!;
  const t = span > 0 ? (target - leg.cumulative[i - 1]!) / span : 0;
  return [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
}

export interface AircraftProps { sortieId: string; passengers: number; originId: string; destinationId: string; mode: TravelMode }
export interface LegProps { key: string; aircraft: number; passengers: number; mode: TravelMode }

export interface TimeState {
  hour: number;
  atMs: number;
  /** People not yet departed, per area (evacuees − those on sorties that have left). */
  waitingByArea: Map<string, number>;
  /** Sorties leaving each airport in the hour [t, t + 1 h). */
  departuresByAirport: Map<string, number>;
  /** People on sorties that have left by t (under way or arrived). */
  out: number;
  /** Ships under way at t (the aircraft collection holds them too, with mode 'sea'). */
  atSea: number;
  waiting: number;
  aircraft: FeatureCollection<Point, AircraftProps>;
  legs: FeatureCollection<LineString, LegProps>;
}

/** The operation at hour `hour` after the scenario start. */
export function stateAt(tl: PlanTimeline, hour: number): TimeState {
  const atMs = tl.startMs + hour * HOUR;
  const departed = new Map<string, number>();
  const departuresByAirport = new Map<string, number>();
  let out = 0;
  for (const d of tl.departures) {
    if (d.ms > atMs + HOUR) break;
    if (d.ms > atMs) {
      departuresByAirport.set(d.originId, (departuresByAirport.get(d.originId) ?? 0) + 1);
      continue;
    }
    out += d.passengers;
    for (const [areaId, n] of d.byArea) departed.set(areaId, (departed.get(areaId) ?? 0) + n);
  }
  const waitingByArea = new Map<string, number>();
  let waiting = 0;
  for (const [id, total] of tl.evacueesByArea) {
    const w = Math.max(0, total - (departed.get(id) ?? 0));
    waitingByArea.set(id, w);
    waiting += w;
  }
  const aircraft: Feature<Point, AircraftProps>[] = [];
  const legs = new Map<string, Feature<LineString, LegProps>>();
  for (const f of tl.flights) {
    if (f.departMs > atMs || f.arriveMs <= atMs) continue;
    const frac = (atMs - f.departMs) / (f.arriveMs - f.departMs);
    aircraft.push({ type: 'Feature', geometry: { type: 'Point', coordinates: positionOn(f.leg, frac) }, properties: { sortieId: f.sortieId, passengers: f.passengers, originId: f.originId, destinationId: f.destinationId, mode: f.mode } });
    const leg = legs.get(f.leg.key);
    if (leg) { leg.properties.aircraft++; leg.properties.passengers += f.passengers; }
    else legs.set(f.leg.key, { type: 'Feature', geometry: { type: 'LineString', coordinates: f.leg.coords }, properties: { key: f.leg.key, aircraft: 1, passengers: f.passengers, mode: f.mode } });
  }
  return {
    hour, atMs, waitingByArea, departuresByAirport, out, waiting,
    atSea: aircraft.filter((f) => f.properties.mode === 'sea').length,
    aircraft: { type: 'FeatureCollection', features: aircraft },
    legs: { type: 'FeatureCollection', features: [...legs.values()] },
  };
}
