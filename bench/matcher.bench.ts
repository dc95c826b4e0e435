import { loadavg } from 'node:os';
import type { Highs } from 'highs';
import { greedyPlan } from '../shared/plan/solve/greedy.ts';
import { match, type MatchResult } from '../shared/plan/solve/matcher.ts';
import { computeMetrics, type PlanMetrics } from '../shared/plan/checks/metrics.ts';
import type { PlanningSnapshot } from '../shared/plan/snapshot.ts';
import { validatePlan } from '../shared/plan/checks/validator.ts';

export interface BenchRow {
  size: string;
  scenario: string;
  areas: number;
  airports: number;
  offers: number;
  hours: number;
  evacuees: number;
  model: MatchResult['model'];
  runs: number;
  /** Median end-to-end matcher time (model build + solve + decode + validation), s. */
  medianSeconds: number;
  medianSolveSeconds: number;
  /** Median CPU seconds of this process per run (user + system): less sensitive to the machine's load than wall time. */
  medianCpuSeconds: number;
  /** 1-minute load average when the scenario finished. */
  load: number;
  /** Wall seconds per matcher phase (last run). */
  phases: MatchResult['phases'];
  status: string;
  /** mip or lp-rounding (LP relaxation bound, rounded + repaired plan). */
  method: string;
  gap: number | null;
  peopleOut: number;
  score: number;
  violations: number;
  greedyPeopleOut: number;
  greedyScore: number;
  greedySeconds: number;
  greedyViolations: number;
  peakRssMB: number;
  /** Who leaves when: the matcher's plan and greedy's. */
  priority: { matcher: PriorityFigures; greedy: PriorityFigures };
  /** The model objective's LP bound and the plan's objective (the gap is between them). */
  bestBound: number | null;
  objective: number | null;
  postPassSwaps: number;
}

export interface PriorityFigures {
  out: [number, number, number];
  meanHour: [number | null, number | null, number | null];
  lastHour: [number | null, number | null, number | null];
  clearanceHours: number | null;
  inversions: number;
}

const figures = (m: PlanMetrics): PriorityFigures => ({
  out: [m.outByPriority.p1, m.outByPriority.p2, m.outByPriority.p3],
  meanHour: [m.meanDepartureHourByPriority.p1, m.meanDepartureHourByPriority.p2, m.meanDepartureHourByPriority.p3],
  lastHour: [m.lastDepartureHourByPriority.p1, m.lastDepartureHourByPriority.p2, m.lastDepartureHourByPriority.p3],
  clearanceHours: m.clearanceHours,
  inversions: m.priorityInversions,
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchScenario(highs: Highs, size: string, snapshot: PlanningSnapshot, runs: number, timeLimitSeconds: number): BenchRow {
  const results: MatchResult[] = [];
  const totals: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c0 = process.cpuUsage();
    results.push(match(highs, snapshot, { timeLimitSeconds }));
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1e6);
    totals.push((performance.now() - t) / 1000);
  }
  const r = results[results.length - 1]!;
  const tg = performance.now();
  const greedy = greedyPlan(snapshot);
  const greedySeconds = (performance.now() - tg) / 1000;
  const m = computeMetrics(snapshot, r.plan);
  const g = computeMetrics(snapshot, greedy);
  return {
    size, scenario: snapshot.scenario.name, areas: snapshot.areas.length,
    airports: snapshot.airports.length, offers: snapshot.offers.filter((o) => o.status === 'accepted').length,
    hours: snapshot.scenario.horizonHours, evacuees: m.evacuees, model: r.model, runs,
    medianSeconds: median(totals), medianSolveSeconds: median(results.map((x) => x.solveSeconds)),
    medianCpuSeconds: median(cpus), load: loadavg()[0]!, phases: r.phases,
    status: r.status, method: r.method, gap: r.gap, peopleOut: m.peopleOut, score: m.priorityScore,
    violations: validatePlan(snapshot, r.plan).length,
    greedyPeopleOut: g.peopleOut, greedyScore: g.priorityScore, greedySeconds,
    greedyViolations: validatePlan(snapshot, greedy).length,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    priority: { matcher: figures(m), greedy: figures(g) },
    bestBound: r.bestBound, objective: r.objective, postPassSwaps: r.postPass.swaps,
  };
}

export function printTable(rows: BenchRow[]): void {
  const header = ['size', 'scenario', 'areas', 'apts', 'offers', 'h', 'evacuees', 'cols/ints/rows', 'median s', 'cpu s', 'load', 'status', 'method', 'gap %',
    'out', 'score', 'greedy out', 'greedy score', 'greedy s', 'Δ out', 'viol', 'peak RSS MB'];
  const lines = rows.map((r) => [
    r.size, r.scenario.slice(0, 28), r.areas, r.airports, r.offers, r.hours, r.evacuees,
    `${r.model.columns}/${r.model.integers}/${r.model.rows}`, r.medianSeconds.toFixed(2), r.medianCpuSeconds.toFixed(2), r.load.toFixed(1), r.status, r.method,
    r.gap === null ? '–' : (r.gap * 100).toFixed(3), r.peopleOut, r.score.toFixed(0), r.greedyPeopleOut,
    r.greedyScore.toFixed(0), r.greedySeconds.toFixed(2), r.peopleOut - r.greedyPeopleOut,
    `${r.violations}/${r.greedyViolations}`, r.peakRssMB.toFixed(0),
  ].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
}

const h = (v: number | null) => (v === null ? '–' : v.toFixed(1));

/** Who leaves when, per scenario: matcher (m) against greedy (g); hours after the scenario start. */
export function printPriorityTable(rows: BenchRow[]): void {
  const header = ['size', 'scenario', 'plan', 'out p1/p2/p3', 'mean h p1/p2/p3', 'last h p1/p2/p3', 'clear h', 'inv', 'swaps', 'gap %', 'objective / LP bound', 's'];
  const lines = rows.flatMap((r) => (['matcher', 'greedy'] as const).map((who) => {
    const f = r.priority[who];
    const mine = who === 'matcher';
    return [
      mine ? r.size : '', mine ? r.scenario.slice(0, 28) : '', who, f.out.join('/'), f.meanHour.map(h).join('/'), f.lastHour.map(h).join('/'),
      h(f.clearanceHours), String(f.inversions), mine ? String(r.postPassSwaps) : '',
      mine ? (r.gap === null ? '–' : (r.gap * 100).toFixed(3)) : '',
      mine ? `${r.objective?.toFixed(1) ?? '–'} / ${r.bestBound?.toFixed(1) ?? '–'}` : '',
      mine ? r.medianSeconds.toFixed(2) : r.greedySeconds.toFixed(2),
    ];
  }));
  const widths = header.map((x, i) => Math.max(x.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
}

/** Where the time went (wall seconds per phase of the last run). */
export function printPhaseTable(rows: BenchRow[]): void {
  for (const r of rows) {
    console.log(`${r.size.padStart(4)}  ${r.scenario.slice(0, 28).padEnd(28)}  ${Object.entries(r.phases).map(([k, v]) => `${k} ${v!.toFixed(2)}`).join(', ')}`);
  }
}
