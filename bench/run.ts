import { mkdirSync, writeFileSync } from 'node:fs';
import highsLoader from 'highs';
import { loadDemoData } from '../server/seed/load-files.ts';
import { match } from '../shared/plan/solve/matcher.ts';
import { benchScenario, printPhaseTable, printPriorityTable, printTable, type BenchRow } from './matcher.bench.ts';
import { SIZES, generateScenario } from './scenario-generator.ts';

// npm run bench [-- demo,M,L,XL] — median of several runs per size; JSON to bench/results/.
// Msea: M with the demo's seaports and ship offers (issue 15) — the demo scenarios carry sea lift too.
const wanted = (process.argv[2] ?? 'demo,M,Msea,hard,L,XL').split(',');
const RUNS: Record<string, number> = { demo: 3, M: 3, Msea: 3, hard: 3, L: 3, XL: 1 };
const LIMIT: Record<string, number> = { demo: 10, M: 10, Msea: 10, hard: 10, L: 15, XL: 60 };
// On a shared, loaded machine the wall-clock limits above cut the solver off at a fraction of its
// CPU: BENCH_TIME_LIMIT_S gives every size one (long) limit, BENCH_RUNS the runs per size, so the
// CPU seconds to the plan are measured (README's table says which was used).
const limitOverride = Number(process.env.BENCH_TIME_LIMIT_S ?? 0);
const runsOverride = Number(process.env.BENCH_RUNS ?? 0);
if (limitOverride > 0) for (const k of Object.keys(LIMIT)) LIMIT[k] = limitOverride;
if (runsOverride > 0) for (const k of Object.keys(RUNS)) RUNS[k] = runsOverride;

const highs = await highsLoader();
const demo = loadDemoData();
const rows: BenchRow[] = [];
// Untimed warm-up: the first HiGHS solve of a process pays ≈ 1.5 s CPU for WebAssembly code tiering
// (a long-lived matcher worker pays it once); the figures below are the steady state.
match(highs, generateScenario(demo, SIZES.hard!, 1), { timeLimitSeconds: 10 });
for (const size of wanted) {
  if (size === 'demo') {
    for (const scenario of demo.scenarios) {
      const snapshot = {
        scenario, areas: demo.areas.filter((a) => scenario.countries.includes(a.country)),
        airports: demo.airports, offers: demo.offers, partners: demo.partners,
      };
      rows.push(benchScenario(highs, 'demo', snapshot, RUNS.demo!, LIMIT.demo!));
      console.error(`done demo: ${scenario.name}`);
    }
    continue;
  }
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size} (demo, M, L, XL)`);
  for (const seed of size === 'hard' ? [1, 2, 3] : [1]) {
    rows.push(benchScenario(highs, size, generateScenario(demo, spec, seed), RUNS[size]!, LIMIT[size]!));
  }
  console.error(`done ${size}`);
}
console.log(`load average at the end: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')} (${(await import('node:os')).cpus().length} cores)\n`);
printTable(rows);
console.log('');
printPriorityTable(rows);
console.log('');
printPhaseTable(rows);
console.log(`\npeak RSS of the process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (after the last size; see the column for each)`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const file = new URL(`./results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, import.meta.url);
writeFileSync(file, JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, rows }, null, 2));
console.log(`written ${file.pathname}`);
