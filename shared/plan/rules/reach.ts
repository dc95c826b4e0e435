import type { Airport, AssemblyArea } from '../../schemas/domain.ts';
import { airportClosure, groundLeg, prepareHazards, type PreparedHazard } from './ground.ts';
import { HOUR_MS, evacuees, toMs, type PlanningSnapshot } from '../snapshot.ts';
import { pushTo } from '../multimap.ts';

/**
 * Hourly departure grid of the matcher: clock-hour marks from the first hour mark at or after
 * startsAt to startsAt + horizonHours. Every slot is a distinct clock hour, so an airport's
 * departuresPerHour is a per-slot cap.
 */
export interface TimeGrid {
  t0Ms: number;
  slots: number;
}

export function timeGrid(snapshot: PlanningSnapshot): TimeGrid {
  const start = toMs(snapshot.scenario.startsAt);
  const t0Ms = Math.ceil(start / HOUR_MS) * HOUR_MS;
  const end = start + snapshot.scenario.horizonHours * HOUR_MS;
  return { t0Ms, slots: Math.max(0, Math.floor((end - t0Ms) / HOUR_MS) + 1) };
}

export const slotMs = (grid: TimeGrid, h: number): number => grid.t0Ms + h * HOUR_MS;

export interface ReachLeg {
  area: AssemblyArea;
  airport: Airport;
  km: number;
  readyAtMs: number;
  /** First grid slot at or after readyAtMs (may be ≥ grid.slots: unreachable within the horizon). */
  readySlot: number;
}

export interface Reach {
  grid: TimeGrid;
  hazards: PreparedHazard[];
  /** Airports that are open and outside every hazard zone. */
  usable: Map<string, Airport>;
  legsByAirport: Map<string, ReachLeg[]>;
  legsByArea: Map<string, ReachLeg[]>;
}

/** Every feasible area → usable airport ground leg (same country and zone, in range, no hazard crossed). */
export function computeReach(snapshot: PlanningSnapshot): Reach {
  const { scenario } = snapshot;
  const grid = timeGrid(snapshot);
  const hazards = prepareHazards(scenario.hazardZones);
  const usable = new Map<string, Airport>();
  const byZone = new Map<string, Airport[]>();
  for (const airport of snapshot.airports) {
    if (airportClosure(scenario, hazards, airport)) continue;
    usable.set(airport.id, airport);
    const key = `${airport.country}|${airport.zone}`;
    pushTo(byZone, key, airport);
  }
  const legsByAirport = new Map<string, ReachLeg[]>();
  const legsByArea = new Map<string, ReachLeg[]>();
  for (const area of snapshot.areas) {
    if (evacuees(area) <= 0) continue;
    const legs: ReachLeg[] = [];
    for (const airport of byZone.get(`${area.country}|${area.zone}`) ?? []) {
      const leg = groundLeg(scenario, hazards, area, airport);
      if (leg.failure) continue;
      const readySlot = Math.max(0, Math.ceil((leg.readyAtMs - grid.t0Ms) / HOUR_MS - 1e-9));
      const r: ReachLeg = { area, airport, km: leg.km, readyAtMs: leg.readyAtMs, readySlot };
      legs.push(r);
      const list = legsByAirport.get(airport.id);
      if (list) list.push(r); else legsByAirport.set(airport.id, [r]);
    }
    legsByArea.set(area.id, legs);
  }
  return { grid, hazards, usable, legsByAirport, legsByArea };
}
