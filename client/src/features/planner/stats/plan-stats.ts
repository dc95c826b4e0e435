import type { Airport, AssemblyArea, LiftOffer, Partner, Sortie } from '../../../../../shared/schemas/domain.ts';
import { airportLabel, evacuees } from '../../../../../shared/plan/snapshot.ts';

const HOUR = 3_600_000;
const carried = (s: Sortie) => s.allocations.reduce((n, a) => n + a.passengers, 0);

export interface HourCell { hour: number; sorties: number; passengers: number }
export interface AirportTimeline {
  airportId: string;
  label: string;
  name: string;
  capacity: number;
  sorties: number;
  passengers: number;
  /** Hours from the scenario start with at least one departure, ascending. */
  hours: HourCell[];
  overCapacity: number;
}

/** Departures per clock hour at each origin airport, against its departures-per-hour capacity. */
export function departuresTimeline(sorties: readonly Sortie[], airports: readonly Airport[], startsAt: string): AirportTimeline[] {
  const start = Math.floor(Date.parse(startsAt) / HOUR);
  const byId = new Map(airports.map((a) => [a.id, a]));
  const rows = new Map<string, AirportTimeline>();
  for (const s of sorties) {
    const t = Date.parse(s.departAt);
    if (Number.isNaN(t)) continue;
    const a = byId.get(s.originAirportId);
    let row = rows.get(s.originAirportId);
    if (!row) {
      row = { airportId: s.originAirportId, label: airportLabel(a, s.originAirportId), name: a?.name ?? s.originAirportId, capacity: a?.departuresPerHour ?? 0, sorties: 0, passengers: 0, hours: [], overCapacity: 0 };
      rows.set(s.originAirportId, row);
    }
    const hour = Math.floor(t / HOUR) - start;
    let cell = row.hours.find((c) => c.hour === hour);
    if (!cell) {
      cell = { hour, sorties: 0, passengers: 0 };
      row.hours.push(cell);
    }
    cell.sorties++;
    cell.passengers += carried(s);
    row.sorties++;
    row.passengers += carried(s);
  }
  for (const row of rows.values()) {
    row.hours.sort((x, y) => x.hour - y.hour);
    row.overCapacity = row.hours.filter((c) => c.sorties > row.capacity).length;
  }
  return [...rows.values()].sort((x, y) => y.passengers - x.passengers || x.label.localeCompare(y.label));
}

export interface PartnerTasking { partnerId: string; name: string; sorties: number; passengers: number; seats: number }

/** Sorties, passengers and seats flown per partner, busiest first. */
export function sortiesByPartner(sorties: readonly Sortie[], offers: readonly LiftOffer[], partners: readonly Partner[]): PartnerTasking[] {
  const offerById = new Map(offers.map((o) => [o.id, o]));
  const partnerById = new Map(partners.map((p) => [p.id, p]));
  const rows = new Map<string, PartnerTasking>();
  for (const s of sorties) {
    const offer = offerById.get(s.offerId);
    const pid = offer?.partnerId ?? 'unknown';
    const row = rows.get(pid) ?? { partnerId: pid, name: partnerById.get(pid)?.name ?? (offer ? pid : `unknown offer ${s.offerId}`), sorties: 0, passengers: 0, seats: 0 };
    row.sorties++;
    row.passengers += carried(s);
    row.seats += offer?.seatsPerSortie ?? 0;
    rows.set(pid, row);
  }
  return [...rows.values()].sort((a, b) => b.passengers - a.passengers || a.name.localeCompare(b.name));
}

export interface CountryFigures { country: string; evacuees: number; planned: number; left: number }
export interface PlanFigures {
  evacuees: number;
  planned: number;
  left: number;
  sorties: number;
  byCountry: CountryFigures[];
  /** Hours from the scenario start to the last departure carrying people; null when nobody leaves. */
  clearanceHours: number | null;
  lastDeparture: string | null;
}

/** Headline figures computed in the page, so they follow every edit before it is saved. */
export function planFigures(sorties: readonly Sortie[], areas: readonly AssemblyArea[], startsAt: string): PlanFigures {
  const planned = new Map<string, number>();
  let last: number | null = null;
  for (const s of sorties) {
    const n = carried(s);
    for (const a of s.allocations) planned.set(a.assemblyAreaId, (planned.get(a.assemblyAreaId) ?? 0) + a.passengers);
    const t = Date.parse(s.departAt);
    if (n > 0 && !Number.isNaN(t) && (last === null || t > last)) last = t;
  }
  const byCountry = new Map<string, CountryFigures>();
  for (const a of areas) {
    const total = evacuees(a);
    const p = Math.min(planned.get(a.id) ?? 0, total);
    const row = byCountry.get(a.country) ?? { country: a.country, evacuees: 0, planned: 0, left: 0 };
    row.evacuees += total;
    row.planned += p;
    row.left += total - p;
    byCountry.set(a.country, row);
  }
  const rows = [...byCountry.values()].sort((a, b) => a.country.localeCompare(b.country));
  const sum = (k: 'evacuees' | 'planned' | 'left') => rows.reduce((n, r) => n + r[k], 0);
  return {
    evacuees: sum('evacuees'), planned: sum('planned'), left: sum('left'), sorties: sorties.length, byCountry: rows,
    clearanceHours: last === null ? null : (last - Date.parse(startsAt)) / HOUR,
    lastDeparture: last === null ? null : new Date(last).toISOString(),
  };
}
