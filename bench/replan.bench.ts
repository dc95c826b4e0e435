import { loadavg } from 'node:os';
import highsLoader from 'highs';
import { greedyPlan } from '../shared/plan/solve/greedy.ts';
import { loadDemoData } from '../server/seed/load-files.ts';
import { match } from '../shared/plan/solve/matcher.ts';
import { computeMetrics } from '../shared/plan/checks/metrics.ts';
import { replanBreaks, splitForReplan } from '../shared/plan/solve/replan.ts';
import { HOUR_MS, type PlanningSnapshot } from '../shared/plan/snapshot.ts';
import { validatePlan } from '../shared/plan/checks/validator.ts';
import { SIZES, generateScenario } from './scenario-generator.ts';

// npm run bench:replan [-- L [hoursIn]] — re-plan from an instant after the busiest airport closes:
// the departed sorties kept, the rest re-planned. Prints the times (median of 3); asserts nothing.
const size = process.argv[2] ?? 'L';
const hoursIn = (process.argv[3] ?? '24,48').split(',').map(Number);
const spec = SIZES[size];
if (!spec) throw new Error(`unknown size ${size} (M, L, XL)`);
const highs = await highsLoader();
const snapshot = generateScenario(loadDemoData(), spec, 1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Untimed warm-up (WebAssembly tiering), as bench/run.ts.
match(highs, generateScenario(loadDemoData(), SIZES.hard!, 1), { timeLimitSeconds: 10 });
const t0 = performance.now();
const c0 = process.cpuUsage();
const limit = Number(process.env.BENCH_TIME_LIMIT_S ?? 0) || undefined;
const firstRun = match(highs, snapshot, { timeLimitSeconds: limit ?? 60 });
const first = firstRun.plan.sorties;
const cf = process.cpuUsage(c0);
console.log(`${size}: first plan ${first.length} sorties, ${((performance.now() - t0) / 1000).toFixed(2)} s wall, ${((cf.user + cf.system) / 1e6).toFixed(2)} s CPU, ${firstRun.status}, load ${loadavg()[0]!.toFixed(1)}`);

for (const h of hoursIn) {
  const fromMs = Date.parse(snapshot.scenario.startsAt) + h * HOUR_MS;
  const future = new Map<string, number>();
  for (const s of first) if (Date.parse(s.departAt) >= fromMs) future.set(s.originAirportId, (future.get(s.originAirportId) ?? 0) + 1);
  const closed = [...future].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!closed) { console.log(`H+${h}: nothing departs after it`); continue; }
  const after: PlanningSnapshot = { ...snapshot, scenario: { ...snapshot.scenario, airportStatus: { ...snapshot.scenario.airportStatus, [closed]: 'closed' } } };
  const split = splitForReplan(first, fromMs);
  const times: number[] = [];
  const cpus: number[] = [];
  let last: ReturnType<typeof match> | undefined;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const c0 = process.cpuUsage();
    last = match(highs, after, { timeLimitSeconds: limit ?? 15, fixedSorties: split.fixed, lockedSorties: split.locked, notBefore: new Date(fromMs).toISOString() });
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1e6);
    times.push((performance.now() - t) / 1000);
  }
  const r = last!;
  const greedyOut = computeMetrics(after, greedyPlan(after, split.locked, { fixedSorties: split.fixed, notBeforeMs: fromMs })).peopleOut;
  const fixedIds = new Set(split.fixed.map((s) => s.id));
  const newBreaks = validatePlan(after, r.plan).filter((v) => !v.sortieId || !fixedIds.has(v.sortieId)).length;
  const m = computeMetrics(after, r.plan);
  console.log([
    `H+${h}, ${closed} closed (${future.get(closed)} of its sorties were still to fly):`,
    `median ${median(times).toFixed(2)} s wall, ${median(cpus).toFixed(2)} s CPU (runs ${times.map((x) => x.toFixed(2)).join(', ')} s; load ${loadavg()[0]!.toFixed(1)}), ${r.status}, gap ${r.gap === null ? '–' : (100 * r.gap).toFixed(3)} %, method ${r.method},`,
    `${split.fixed.length} departed sorties kept, ${r.plan.sorties.length - split.fixed.length} re-planned, ${m.peopleOut.toLocaleString('en-US')} out (greedy re-plan ${greedyOut.toLocaleString('en-US')}),`,
    `P1 mean departure H+${m.meanDepartureHourByPriority.p1?.toFixed(1) ?? '–'}, inversions ${m.priorityInversions},`,
    `model ${r.model.columns} cols / ${r.model.integers} int / ${r.model.rows} rows, new rule breaks ${newBreaks}, promise broken: ${replanBreaks(split.fixed, fromMs, r.plan.sorties).length}`,
  ].join(' '));
}
