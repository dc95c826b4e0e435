import type { Highs } from 'highs';
import { greedyPlan } from '../shared/plan/greedy.ts';
import { match, type MatchResult } from '../shared/plan/matcher.ts';
import { computeMetrics } from '../shared/plan/metrics.ts';
import type { PlanningSnapshot } from '../shared/plan/snapshot.ts';
import { validatePlan } from '../shared/plan/validator.ts';

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
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchScenario(highs: Highs, size: string, snapshot: PlanningSnapshot, runs: number, timeLimitSeconds: number): BenchRow {
  const results: MatchResult[] = [];
  const totals: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    results.push(match(highs, snapshot, { timeLimitSeconds }));
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
    status: r.status, method: r.method, gap: r.gap, peopleOut: m.peopleOut, score: m.priorityScore,
    violations: validatePlan(snapshot, r.plan).length,
    greedyPeopleOut: g.peopleOut, greedyScore: g.priorityScore, greedySeconds,
    greedyViolations: validatePlan(snapshot, greedy).length,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

export function printTable(rows: BenchRow[]): void {
  const header = ['size', 'scenario', 'areas', 'apts', 'offers', 'h', 'evacuees', 'cols/ints/rows', 'median s', 'status', 'method', 'gap %',
    'out', 'score', 'greedy out', 'greedy score', 'greedy s', 'Δ out', 'viol', 'peak RSS MB'];
  const lines = rows.map((r) => [
    r.size, r.scenario.slice(0, 28), r.areas, r.airports, r.offers, r.hours, r.evacuees,
    `${r.model.columns}/${r.model.integers}/${r.model.rows}`, r.medianSeconds.toFixed(2), r.status, r.method,
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
