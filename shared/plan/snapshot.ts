import type {
  Airport, AirportStatus, AssemblyArea, LiftOffer, Partner, Scenario, Sortie,
} from '../schemas/domain.ts';

/** Everything the validator and the matcher need, loaded by the server (or the client) beforehand. */
export interface PlanningSnapshot {
  scenario: Scenario;
  /** Areas of scenario.countries. */
  areas: AssemblyArea[];
  airports: Airport[];
  /** All offers: the validator flags non-accepted ones, the matcher plans only accepted ones. */
  offers: LiftOffer[];
  partners: Partner[];
}

export interface PlanInput {
  sorties: Sortie[];
}

export type Priority = 1 | 2 | 3;
export const PRIORITIES: readonly Priority[] = [1, 2, 3];

export const HOUR_MS = 3_600_000;

export function evacuees(area: AssemblyArea): number {
  return area.residents + area.visitors;
}

/** Evacuees per priority; counts are clamped so that bad data never yields negatives. */
export function priorityCounts(area: AssemblyArea): [number, number, number] {
  const total = evacuees(area);
  const p1 = Math.min(area.priority1, total);
  const p2 = Math.min(area.priority2, total - p1);
  return [p1, p2, total - p1 - p2];
}

export function effectiveAirportStatus(scenario: Scenario, airport: Airport): AirportStatus {
  return scenario.airportStatus[airport.id] ?? airport.status;
}

export function toMs(iso: string): number {
  return Date.parse(iso);
}

export function hoursFromStart(scenario: Scenario, iso: string): number {
  return (toMs(iso) - toMs(scenario.startsAt)) / HOUR_MS;
}

/** Lookup tables built once per snapshot. */
export interface SnapshotIndex {
  areas: Map<string, AssemblyArea>;
  airports: Map<string, Airport>;
  offers: Map<string, LiftOffer>;
  partners: Map<string, Partner>;
}

export function indexSnapshot(s: PlanningSnapshot): SnapshotIndex {
  return {
    areas: new Map(s.areas.map((a) => [a.id, a])),
    airports: new Map(s.airports.map((a) => [a.id, a])),
    offers: new Map(s.offers.map((o) => [o.id, o])),
    partners: new Map(s.partners.map((p) => [p.id, p])),
  };
}

export function airportLabel(airport: Airport | undefined, fallbackId: string): string {
  if (!airport) return fallbackId;
  // A seaport has no IATA/ICAO code: its UN/LOCODE where known (KRPUS), else its name.
  return airport.iata ?? airport.icao ?? airport.unlocode ?? airport.name;
}

/** Its code and its name ("ICN — Incheon International Airport"), or the name alone where that is its label. */
export function airportTitle(airport: Airport | undefined, fallbackId: string, sep = ' — '): string {
  const label = airportLabel(airport, fallbackId);
  return airport && label !== airport.name ? `${label}${sep}${airport.name}` : label;
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
