import type { OperationSortie } from '../schemas/operation.ts';
import { FLOWN_STATES, OUT_STATES } from './lifecycle.ts';

const HOUR = 3_600_000;

/** People still to move at one hour: as planned, and (up to now) as flown. */
export interface BurnPoint { at: string; planned: number; actual: number | null }

/**
 * The burn-down over the scenario's hours: everyone known (registry + walk-ins) minus those the
 * plan in force has flown by each hour, and minus those who actually boarded (only up to now).
 */
export function burnDown(i: { startsAt: string; horizonHours: number; nowMs: number; population: number; sorties: readonly OperationSortie[] }): BurnPoint[] {
  const start = Date.parse(i.startsAt);
  const plannedAt: { t: number; n: number }[] = [];
  const flownAt: { t: number; n: number }[] = [];
  for (const s of i.sorties) {
    if (s.inForce && !OUT_STATES.has(s.state)) plannedAt.push({ t: Date.parse(s.plannedDepartAt), n: s.plannedPassengers });
    if (FLOWN_STATES.has(s.state) && s.departedAt) flownAt.push({ t: Date.parse(s.departedAt), n: s.manifest.reduce((k, m) => k + m.passengers, 0) });
  }
  const sumTo = (list: { t: number; n: number }[], t: number) => list.reduce((k, x) => (x.t <= t ? k + x.n : k), 0);
  const out: BurnPoint[] = [];
  for (let h = 0; h <= i.horizonHours; h++) {
    const t = start + h * HOUR;
    out.push({ at: new Date(t).toISOString(), planned: Math.max(0, i.population - sumTo(plannedAt, t)), actual: t <= i.nowMs ? Math.max(0, i.population - sumTo(flownAt, t)) : null });
  }
  // The present moment itself, so the actual line ends where the operation is.
  if (i.nowMs > start && i.nowMs < start + i.horizonHours * HOUR) {
    out.push({ at: new Date(i.nowMs).toISOString(), planned: Math.max(0, i.population - sumTo(plannedAt, i.nowMs)), actual: Math.max(0, i.population - sumTo(flownAt, i.nowMs)) });
    out.sort((a, b) => a.at.localeCompare(b.at));
  }
  return out;
}
