import type { Plan } from '../schemas/api.ts';
import type { Airport, Partner } from '../schemas/domain.ts';
import type { PlanSummary, SummaryHeader, SummaryTotals } from '../schemas/summary.ts';
import { computeMetrics } from '../plan/checks/metrics.ts';
import { HOUR_MS, airportLabel, priorityCounts, toMs, type PlanningSnapshot } from '../plan/snapshot.ts';
import {
  addSplit, allocationKey, buildContext, passengersOf, seatsOf, toPriorities, type Split, type SummaryContext,
} from './context.ts';
import { departuresByAirport } from './departures.ts';
import { taskingByPartner } from './tasking.ts';
import { callForward } from './call-forward.ts';
import { leftBehindSection } from './left-behind.ts';
import { restrictionsInForce } from './restrictions.ts';
import { summaryMap } from './summary-map.ts';
import { planCsv } from './plan-csv.ts';
import type { Language } from '../i18n/languages.ts';

export type SummaryPlan = Pick<Plan,
  'id' | 'scenarioId' | 'name' | 'status' | 'version' | 'sorties' | 'violations' | 'leftBehind' | 'approvedAt' | 'approvedBy' | 'updatedAt' | 'plannedOn'>
  & { policy?: Plan['policy'] };

export interface SummaryOptions {
  printedAt: string;
  printedBy: string;
  /** One airport's departures: an airport id, IATA or ICAO code. */
  airport?: string;
  /** One partner's tasking (with `airport` too: their sorties from that airport). */
  partner?: string;
  /** ISO code → name; codes stand in for missing names. */
  countryNames?: Readonly<Record<string, string>>;
}

export type SummaryFailure = { ok: false; error: 'unknown_airport' | 'unknown_partner'; field: 'airport' | 'partner'; message: string };
export type SummaryOutcome = { ok: true; summary: PlanSummary } | SummaryFailure;

export function findAirport(airports: readonly Airport[], key: string): Airport | undefined {
  const upper = key.toUpperCase();
  return airports.find((a) => a.id === key) ?? airports.find((a) => a.icao === upper) ?? airports.find((a) => a.iata === upper);
}

interface Selection { ctx: SummaryContext; airport?: Airport; partner?: Partner }

/** The sorties a variant covers: all, one airport's departures, one partner's (optionally from one airport). */
function select(snapshot: PlanningSnapshot, plan: SummaryPlan, opts: Omit<SummaryOptions, 'printedAt' | 'printedBy'>): Selection | SummaryFailure {
  let airport: Airport | undefined;
  let partner: Partner | undefined;
  if (opts.airport !== undefined) {
    airport = findAirport(snapshot.airports, opts.airport);
    if (!airport) return { ok: false, error: 'unknown_airport', field: 'airport', message: `no airport ${opts.airport} (give its id, IATA or ICAO code)` };
  }
  if (opts.partner !== undefined) {
    partner = snapshot.partners.find((p) => p.id === opts.partner);
    if (!partner) return { ok: false, error: 'unknown_partner', field: 'partner', message: `no partner ${opts.partner}` };
  }
  const own = partner ? new Set(snapshot.offers.filter((o) => o.partnerId === partner.id).map((o) => o.id)) : undefined;
  const selected = plan.sorties.filter((s) => (!airport || s.originAirportId === airport.id) && (!own || own.has(s.offerId)));
  return { ctx: buildContext(snapshot, plan.sorties, selected, opts.countryNames ?? {}), airport, partner };
}

/** Every figure of the printed summary of `plan`: the whole plan, one airport's or one partner's part. */
export function buildPlanSummary(snapshot: PlanningSnapshot, plan: SummaryPlan, opts: SummaryOptions): SummaryOutcome {
  const sel = select(snapshot, plan, opts);
  if ('ok' in sel) return sel;
  const { ctx, airport, partner } = sel;
  const variant = partner ? 'partner' : airport ? 'airport' : 'full';
  const selection = variant !== 'full';
  // A partner's tasking is the paper a partner may hold (whoever prints it): their sorties, seats and
  // passengers, without the crisis cell's own data — assembly areas' counts and places, access rules,
  // hazard zones, call-forward, people left behind — which liaisons may not read.
  const forPartner = variant === 'partner';
  const map = summaryMap(ctx, selection);
  return {
    ok: true,
    summary: {
      header: header(ctx, plan, opts, airport, partner),
      totals: selection ? selectionTotals(ctx) : planTotals(ctx),
      map: forPartner ? { ...map, areas: [], legs: [], hazards: [] } : map,
      departures: forPartner ? null : departuresByAirport(ctx),
      tasking: taskingByPartner(ctx),
      callForward: forPartner ? null : callForward(ctx),
      leftBehind: selection ? null : leftBehindSection(ctx, plan.leftBehind),
      restrictions: forPartner ? null : restrictionsInForce(ctx, airport),
    },
  };
}

/** The same selection as CSV: one row per allocation of its sorties. */
export function buildPlanCsv(
  snapshot: PlanningSnapshot, plan: SummaryPlan, opts: Omit<SummaryOptions, 'printedAt' | 'printedBy'> & { lang?: Language },
): { ok: true; csv: string } | SummaryFailure {
  const sel = select(snapshot, plan, opts);
  if ('ok' in sel) return sel;
  return { ok: true, csv: planCsv(sel.ctx, plan, opts.lang) };
}

function header(ctx: SummaryContext, plan: SummaryPlan, opts: SummaryOptions, airport?: Airport, partner?: Partner): SummaryHeader {
  const { scenario } = ctx.snapshot;
  const where = airport ? `${airportLabel(airport, airport.id)} — ${airport.name}` : '';
  const title = partner ? `Tasking of ${partner.name}${airport ? ` from ${where}` : ''}`
    : airport ? `Departures from ${where}` : 'Plan summary';
  return {
    variant: partner ? 'partner' : airport ? 'airport' : 'full',
    title,
    airportId: airport?.id ?? null,
    partnerId: partner?.id ?? null,
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    scenarioStartsAt: scenario.startsAt,
    horizonHours: scenario.horizonHours,
    countries: scenario.countries.map((code) => ({ code, name: ctx.countryName(code) })),
    planId: plan.id,
    planName: plan.name,
    status: plan.status,
    draft: plan.status !== 'approved',
    version: plan.version,
    approvedAt: plan.approvedAt,
    approvedBy: plan.approvedBy,
    updatedAt: plan.updatedAt,
    printedAt: opts.printedAt,
    printedBy: opts.printedBy,
    violations: Array.isArray(plan.violations) ? plan.violations.length : 0,
    plannedOn: plan.plannedOn,
    policy: plan.policy ?? null,
  };
}

function departureFigures(ctx: SummaryContext) {
  let seats = 0;
  let passengers = 0;
  let first: number | null = null;
  let last: number | null = null;
  for (const s of ctx.sorties) {
    seats += seatsOf(ctx, s);
    const pax = passengersOf(s);
    passengers += pax;
    if (pax <= 0) continue;
    const t = toMs(s.departAt);
    first = Math.min(first ?? t, t);
    last = Math.max(last ?? t, t);
  }
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  return {
    sorties: ctx.sorties.length, seats, passengers,
    firstDepartureAt: iso(first), lastDepartureAt: iso(last),
    clearanceHours: last === null ? null : (last - toMs(ctx.snapshot.scenario.startsAt)) / HOUR_MS,
  };
}

/** The whole plan: evacuees, people out and left, by country and priority (the matcher's metrics). */
function planTotals(ctx: SummaryContext): SummaryTotals {
  const m = computeMetrics(ctx.snapshot, { sorties: ctx.sorties });
  const evAll: Split = [0, 0, 0];
  for (const a of ctx.snapshot.areas) addSplit(evAll, priorityCounts(a));
  return {
    scope: 'plan',
    all: { evacuees: m.evacuees, out: m.peopleOut, left: m.peopleLeft, evacueesByPriority: toPriorities(evAll), outByPriority: { ...m.outByPriority } },
    byCountry: m.byCountry.map((c) => ({
      country: c.country, name: ctx.countryName(c.country), evacuees: c.evacuees, out: c.out, left: c.left,
      evacueesByPriority: { ...c.evacueesByPriority }, outByPriority: { ...c.outByPriority },
    })),
    ...departureFigures(ctx),
    byPriority: {
      meanHour: { ...m.meanDepartureHourByPriority }, lastHour: { ...m.lastDepartureHourByPriority }, inversions: m.priorityInversions,
    },
  };
}

/** One airport's or one partner's part: the people it carries, by country and priority. */
function selectionTotals(ctx: SummaryContext): SummaryTotals {
  const byCountry = new Map<string, Split>();
  for (const s of ctx.sorties) {
    for (const a of s.allocations) {
      const area = ctx.idx.areas.get(a.assemblyAreaId);
      if (!area) continue;
      const split = byCountry.get(area.country) ?? [0, 0, 0];
      addSplit(split, ctx.priorities.get(allocationKey(s.id, area.id)) ?? [0, 0, 0]);
      byCountry.set(area.country, split);
    }
  }
  const all: Split = [0, 0, 0];
  for (const split of byCountry.values()) addSplit(all, split);
  const row = (split: Split) => ({ evacuees: null, left: null, evacueesByPriority: null, out: split[0] + split[1] + split[2], outByPriority: toPriorities(split) });
  return {
    scope: 'selection',
    all: row(all),
    byCountry: [...byCountry].sort(([a], [b]) => a.localeCompare(b)).map(([country, split]) => ({ country, name: ctx.countryName(country), ...row(split) })),
    ...departureFigures(ctx),
  };
}
