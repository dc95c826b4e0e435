import type { OperatorCategory } from '../../schemas/common.ts';
import { countInversions } from './inversions.ts';
import { priorityScore, splitByPriority } from './score.ts';
import {
  HOUR_MS, evacuees, indexSnapshot, priorityCounts, toMs, type PlanInput, type PlanningSnapshot,
} from '../snapshot.ts';

export interface PriorityFigures { p1: number; p2: number; p3: number }

export interface CountryMetrics {
  country: string;
  evacuees: number;
  out: number;
  left: number;
  evacueesByPriority: PriorityFigures;
  outByPriority: PriorityFigures;
}

export interface PartnerMetrics { partnerId: string; name: string; sorties: number; seats: number; passengers: number }

export interface PlanMetrics {
  evacuees: number;
  peopleOut: number;
  peopleLeft: number;
  outByPriority: PriorityFigures;
  leftByPriority: PriorityFigures;
  byCountry: CountryMetrics[];
  sorties: number;
  sortiesByPartner: PartnerMetrics[];
  sortiesByCategory: Record<OperatorCategory, number>;
  seatsOffered: number;
  seatsUsed: number;
  /** seatsUsed / seatsOffered over the plan's sorties (0 without sorties). */
  seatUse: number;
  /** Last departure with passengers (clearance time), ISO; null without passengers. */
  lastDepartureAt: string | null;
  /** Hours from scenario start to lastDepartureAt. */
  clearanceHours: number | null;
  /** Mean departure, hours after scenario start, per priority (null where nobody of it leaves). */
  meanDepartureHourByPriority: { p1: number | null; p2: number | null; p3: number | null };
  /** Last departure, hours after scenario start, per priority ("priority 1 out by H+…"; null where nobody of it leaves). */
  lastDepartureHourByPriority: { p1: number | null; p2: number | null; p3: number | null };
  /** Sorties carrying lower-priority people while higher-priority people who could board them leave later or not at all, fixable by a swap (inversions.ts); 0 for a matcher plan. */
  priorityInversions: number;
  /** Σ priority weight × people out (weights 1.2 / 1.1 / 1), the matcher's first objective. */
  priorityScore: number;
}

const fig = (a: readonly number[]): PriorityFigures => ({ p1: a[0] ?? 0, p2: a[1] ?? 0, p3: a[2] ?? 0 });

/** `fixedIds`: sorties kept as they are (departed): their inversions are history, not counted. */
export function computeMetrics(snapshot: PlanningSnapshot, plan: PlanInput, fixedIds?: ReadonlySet<string>): PlanMetrics {
  const idx = indexSnapshot(snapshot);
  const start = toMs(snapshot.scenario.startsAt);
  const split = splitByPriority(snapshot, plan);
  const countries = new Map<string, { ev: number[]; out: number[] }>();
  const totalEv = [0, 0, 0];
  const totalOut = [0, 0, 0];
  const timeSum = [0, 0, 0];
  const lastHour: (number | null)[] = [null, null, null];
  for (const area of snapshot.areas) {
    const ev = priorityCounts(area);
    const d = split.get(area.id)!;
    const c = countries.get(area.country) ?? { ev: [0, 0, 0], out: [0, 0, 0] };
    for (let p = 0; p < 3; p++) {
      c.ev[p]! += ev[p]!; c.out[p]! += d.out[p]!; totalEv[p]! += ev[p]!; totalOut[p]! += d.out[p]!;
      for (const [t, n] of d.times[p]!) {
        const h = (t - start) / HOUR_MS;
        timeSum[p]! += h * n;
        lastHour[p] = Math.max(lastHour[p] ?? -Infinity, h);
      }
    }
    countries.set(area.country, c);
  }
  const byCountry = [...countries].sort(([a], [b]) => a.localeCompare(b)).map(([country, c]) => {
    const ev = c.ev.reduce((s, v) => s + v, 0);
    const out = c.out.reduce((s, v) => s + v, 0);
    return { country, evacuees: ev, out, left: ev - out, evacueesByPriority: fig(c.ev), outByPriority: fig(c.out) };
  });

  const partners = new Map<string, PartnerMetrics>();
  const byCategory: Record<OperatorCategory, number> = { sdf: 0, foreign_military: 0, civil: 0 };
  let seatsOffered = 0;
  let seatsUsed = 0;
  let last: number | null = null;
  for (const s of plan.sorties) {
    const offer = idx.offers.get(s.offerId);
    const pax = s.allocations.reduce((n, a) => n + Math.max(0, a.passengers), 0);
    seatsUsed += pax;
    if (pax > 0) last = Math.max(last ?? -Infinity, toMs(s.departAt));
    if (!offer) continue;
    seatsOffered += offer.seatsPerSortie;
    byCategory[offer.category] += 1;
    const partner = idx.partners.get(offer.partnerId);
    const pm = partners.get(offer.partnerId) ?? { partnerId: offer.partnerId, name: partner?.name ?? offer.partnerId, sorties: 0, seats: 0, passengers: 0 };
    pm.sorties += 1; pm.seats += offer.seatsPerSortie; pm.passengers += pax;
    partners.set(offer.partnerId, pm);
  }
  const evTotal = snapshot.areas.reduce((s, a) => s + evacuees(a), 0);
  const outTotal = totalOut.reduce((s, v) => s + v, 0);
  const mean = (p: number) => (totalOut[p]! > 0 ? timeSum[p]! / totalOut[p]! : null);
  return {
    evacuees: evTotal,
    peopleOut: outTotal,
    peopleLeft: evTotal - outTotal,
    outByPriority: fig(totalOut),
    leftByPriority: fig(totalEv.map((v, p) => v - totalOut[p]!)),
    byCountry,
    sorties: plan.sorties.length,
    sortiesByPartner: [...partners.values()].sort((a, b) => b.sorties - a.sorties || a.name.localeCompare(b.name)),
    sortiesByCategory: byCategory,
    seatsOffered,
    seatsUsed,
    seatUse: seatsOffered > 0 ? seatsUsed / seatsOffered : 0,
    lastDepartureAt: last === null ? null : new Date(last).toISOString(),
    clearanceHours: last === null ? null : (last - start) / HOUR_MS,
    meanDepartureHourByPriority: { p1: mean(0), p2: mean(1), p3: mean(2) },
    lastDepartureHourByPriority: { p1: lastHour[0]!, p2: lastHour[1]!, p3: lastHour[2]! },
    priorityInversions: countInversions(snapshot, plan, fixedIds),
    priorityScore: priorityScore(snapshot, plan),
  };
}
