/**
 * Map benchmark (issue 4 targets), in Debian's Chromium on this machine:
 *  1. time from navigation to the map's first `idle` with the demo plan drawn (fresh profile each run);
 *  2. pan frame rate with 1,000 assembly areas and 2,000 allocation lines;
 *  3. initial JavaScript, gzipped, and the lazily loaded chunks.
 * Run: node --import tsx bench/map.bench.ts [runs=5]   (writes bench/results/map-<time>.json)
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { buildClientIfNeeded, CHROMIUM, startServer } from '../test/support/browser-setup.ts';
import { CHROMIUM_ARGS } from '../test/browser/browser.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'client/dist');
const VIEWPORT = { width: 1440, height: 900 };
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };

/** The entry script and what index.html preloads with it: what every visit downloads before anything else. */
export function bundleSizes(dist = DIST) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (f: string) => gzipSync(readFileSync(path.join(dist, f))).length;
  const assets = readdirSync(path.join(dist, 'assets')).map((f) => `assets/${f}`);
  const chunk = (re: RegExp) => assets.filter((f) => re.test(f)).map((f) => ({ file: f, bytes: statSync(path.join(dist, f)).size, gzip: gz(f) }));
  return {
    initialJs: { files: initial, bytes: initial.reduce((n, f) => n + statSync(path.join(dist, f)).size, 0), gzip: initial.reduce((n, f) => n + gz(f), 0) },
    lazy: {
      planner: chunk(/planner-page-.*\.js$/), maplibre: chunk(/maplibre-gl-[^w].*\.js$/), worker: chunk(/maplibre-gl-worker-.*\.mjs$/),
      terraDraw: chunk(/terra-draw.*\.js$/), basemap: chunk(/basemap-50m-.*\.json$/),
    },
    solverInClient: assets.some((f) => /highs|\.wasm$/.test(f)),
  };
}

export async function browser() {
  const dir = mkdtempSync(path.join(tmpdir(), 'neo-bench-chrome-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: VIEWPORT });
  const page = context.pages()[0] ?? await context.newPage();
  return { page, close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } };
}

export async function signIn(page: Page, baseUrl: string): Promise<string> {
  const res = await page.request.post(`${baseUrl}/api/session`, { data: { username: 'planner', password: 'planner-demo' } });
  if (!res.ok()) throw new Error(`sign-in: ${res.status()}`);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

async function api<T>(page: Page, baseUrl: string, csrf: string, method: string, url: string, data?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await page.request.fetch(`${baseUrl}/api${url}`, { method, data, headers: { 'x-csrf-token': csrf, ...headers }, timeout: 300_000 });
  if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as T;
}

/** Navigation → first map idle with the scenario and plan drawn (the page's `neo-map-idle` mark). */
async function timeToIdle(baseUrl: string, query: string): Promise<{ idleMs: number; wallMs: number; marks: Record<string, number> }> {
  const b = await browser();
  try {
    await signIn(b.page, baseUrl);
    const t0 = Date.now();
    await b.page.goto(`${baseUrl}/${query}`);
    await b.page.waitForSelector('.map-wrap[data-map-idle="true"]', { timeout: 120_000 });
    const wallMs = Date.now() - t0;
    const marks = Object.fromEntries(await b.page.evaluate(() => performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith('neo-')).map((m) => [m.name.slice(4), Math.round(m.startTime)] as const)));
    return { idleMs: marks['map-idle']!, wallMs, marks };
  } finally {
    await b.close();
  }
}

/** Synthetic load: 1,000 areas over Japan, a plan with 2,000 area→airport legs (validity irrelevant). */
export async function seedLoad(page: Page, baseUrl: string, csrf: string): Promise<{ scenarioId: string; planId: string; areas: number; legs: number }> {
  const scenario = await api<{ id: string }>(page, baseUrl, csrf, 'POST', '/scenarios', {
    name: 'Bench — 1,000 areas, 2,000 lines (synthetic)', countries: ['JP'], startsAt: '2027-04-01T00:00:00Z',
  });
  // Planned while the scenario has no area (instant), filled below through PUT.
  const plan = await api<{ id: string; version: number }>(page, baseUrl, csrf, 'POST', `/scenarios/${scenario.id}/plans?wait=true`, { name: 'Bench plan', timeLimitSeconds: 1 });
  const airports = (await api<{ id: string; country: string; lat: number; lon: number }[]>(page, baseUrl, csrf, 'GET', '/airports?country=JP'));
  const offer = (await api<{ id: string }[]>(page, baseUrl, csrf, 'GET', '/lift-offers'))[0]!;
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const areas: { id: string; lat: number; lon: number }[] = [];
  for (let i = 0; i < 1000; i++) areas.push({ id: `bench-area-${i}`, lat: 31.5 + rnd() * 9.5, lon: 130 + rnd() * 11 });
  for (let i = 0; i < areas.length; i += 25) {
    await Promise.all(areas.slice(i, i + 25).map((a, k) => api(page, baseUrl, csrf, 'POST', '/assembly-areas', {
      id: a.id, country: 'JP', zone: 'JP-bench', name: `Bench area ${i + k}`, lat: a.lat, lon: a.lon, residents: 20 + Math.floor(rnd() * 3000),
    })));
  }
  // Each area on two sorties from its two nearest airports, as a plan would have it: 2,000 distinct legs.
  const d2 = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => (a.lat - b.lat) ** 2 + ((a.lon - b.lon) * Math.cos((a.lat * Math.PI) / 180)) ** 2;
  const sortieOf = new Map<string, { offerId: string; originAirportId: string; destinationAirportId: string; departAt: string; allocations: { assemblyAreaId: string; passengers: number; locked: boolean }[] }[]>();
  const sorties: NonNullable<ReturnType<typeof sortieOf.get>> = [];
  const board = (airportId: string, areaId: string, passengers: number) => {
    const list = sortieOf.get(airportId) ?? [];
    let s = list.find((x) => x.allocations.length < 200);
    if (!s) {
      s = { offerId: offer.id, originAirportId: airportId, destinationAirportId: airports[0]!.id, departAt: `2027-04-0${1 + (sorties.length % 5)}T12:00:00Z`, allocations: [] };
      list.push(s);
      sorties.push(s);
      sortieOf.set(airportId, list);
    }
    s.allocations.push({ assemblyAreaId: areaId, passengers, locked: false });
  };
  areas.forEach((area, i) => {
    const nearest = [...airports].sort((x, y) => d2(area, x) - d2(area, y)).slice(0, 2);
    for (const ap of nearest) board(ap.id, area.id, 1 + (i % 40));
  });
  const ids = areas.map((a) => a.id);
  const saved = await api<{ id: string; sorties: { originAirportId: string; allocations: unknown[] }[] }>(page, baseUrl, csrf, 'PUT', `/plans/${plan.id}`, { sorties }, { 'if-match': `"${plan.version}"` });
  void saved;
  return { scenarioId: scenario.id, planId: plan.id, areas: ids.length, legs: ids.length * 2 };
}

/** Pans the map back and forth for ~6 s (linear eases) and counts the frames MapLibre draws. */
export async function panFps(baseUrl: string, query: string, opts: { hour?: number; center?: [number, number] } = {}) {
  const b = await browser();
  try {
    await signIn(b.page, baseUrl);
    await b.page.goto(`${baseUrl}/${query}`);
    await b.page.waitForSelector('.map-wrap[data-map-idle="true"]', { timeout: 180_000 });
    await b.page.waitForSelector('[data-testid="people-out"]', { timeout: 180_000 });
    // The time layer on: the slider at an hour of the operation (waiting discs, departures, aircraft on their legs).
    if (opts.hour !== undefined) await b.page.getByRole('slider').fill(String(opts.hour));
    const drawn = await b.page.evaluate(async (center) => {
      const map = (window as unknown as { __neoMap: MapLibreMap }).__neoMap;
      map.jumpTo({ center, zoom: 5 });
      await new Promise((r) => map.once('idle', r));
      return {
        areas: map.queryRenderedFeatures({ layers: ['area-circles'] }).length,
        lines: map.querySourceFeatures('allocation-lines').length,
        aircraft: map.getLayer('aircraft') ? map.querySourceFeatures('time-aircraft').length : 0,
      };
    }, opts.center ?? [136, 36] as [number, number]);
    await b.page.waitForTimeout(2000);
    // A string, not a function: tsx would wrap named functions in a helper the page does not have.
    const frames = await b.page.evaluate<{ start: number; end: number; times: number[] }>(`(async () => {
      const map = window.__neoMap;
      const times = [];
      function onRender() { times.push(performance.now()); }
      map.on('render', onRender);
      const start = performance.now();
      for (let i = 0; i < 6; i++) {
        const dir = i % 2 === 0 ? 1 : -1;
        await new Promise((r) => { map.once('moveend', r); map.panBy([dir * 500, dir * 180], { duration: 1000, easing: (t) => t }); });
      }
      map.off('render', onRender);
      return { start, end: performance.now(), times };
    })()`);
    const seconds = (frames.end - frames.start) / 1000;
    const windows: number[] = [];
    for (let t = frames.start; t + 1000 <= frames.end; t += 250) windows.push(frames.times.filter((x) => x >= t && x < t + 1000).length);
    return { ...drawn, fps: Math.round((frames.times.length / seconds) * 10) / 10, worstSecondFps: Math.min(...windows), frames: frames.times.length, seconds: Math.round(seconds * 10) / 10 };
  } finally {
    await b.close();
  }
}

/**
 * Steps the time slider an hour at a time, as Play does, and times each step from the input to the map's
 * next idle (React re-render, the sources re-sent to MapLibre, re-tiled, drawn). Median and worst of the steps.
 */
export async function scrubSteps(baseUrl: string, query: string, from = 40, steps = 12) {
  const b = await browser();
  try {
    await signIn(b.page, baseUrl);
    await b.page.goto(`${baseUrl}/${query}`);
    await b.page.waitForSelector('.map-wrap[data-map-idle="true"]', { timeout: 180_000 });
    await b.page.waitForSelector('[data-testid="people-out"]', { timeout: 180_000 });
    await b.page.getByRole('slider').fill(String(from - 1));
    await b.page.waitForTimeout(1500);
    // A string, not a function (see panFps). A step that changes nothing on the map would wait forever: 10 s cap.
    const r = await b.page.evaluate<{ out: number[]; js: number[]; sent: Record<string, { calls: number; features: number }> }>(`(async () => {
      const map = window.__neoMap;
      const slider = document.querySelector('input[type="range"]');
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const out = [];
      const js = [];
      // Which sources each step re-sends to MapLibre, and how many features: a figure the machine's load does not blur.
      const sent = {};
      for (const id of Object.keys(map.getStyle().sources)) {
        const src = map.getSource(id);
        if (!src || typeof src.setData !== 'function') continue;
        const orig = src.setData.bind(src);
        src.setData = (d) => { const s = (sent[id] ??= { calls: 0, features: 0 }); s.calls++; s.features += (d && d.features ? d.features.length : 0); return orig(d); };
      }
      for (let i = 0; i < ${steps}; i++) {
        const t0 = performance.now();
        const idle = new Promise((r) => { map.once('idle', r); setTimeout(r, 10000); });
        set.call(slider, String(${from} + i));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        // React renders a discrete event's update before the next task: the page's own work for the step.
        await new Promise((r) => setTimeout(r, 0));
        js.push(performance.now() - t0);
        await idle;
        out.push(Math.round(performance.now() - t0));
      }
      return { out, sent, js };
    })()`);
    const perStep = Object.fromEntries(Object.entries(r.sent).map(([id, v]) => [id, Math.round(v.features / steps)]));
    return { steps: r.out, medianMs: median(r.out), worstMs: Math.max(...r.out), renderMedianMs: Math.round(median(r.js) * 10) / 10, from, featuresResentPerStep: perStep, sourcesResent: Object.keys(r.sent).sort() };
  } finally {
    await b.close();
  }
}

export async function runMapBench(runs = 5) {
  buildClientIfNeeded();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-bench-db-'));
  const { proc, baseUrl } = await startServer(dataDir);
  try {
    const setup = await browser();
    const csrf = await signIn(setup.page, baseUrl);
    const demo = await api<{ id: string; sorties: unknown[] }>(setup.page, baseUrl, csrf, 'POST', '/scenarios/concurrent/plans?wait=true', { name: 'Demo plan (bench)' });
    const idle: Awaited<ReturnType<typeof timeToIdle>>[] = [];
    await timeToIdle(baseUrl, `?scenario=concurrent&plan=${demo.id}`); // warm the server's caches, not the browser's
    for (let i = 0; i < runs; i++) idle.push(await timeToIdle(baseUrl, `?scenario=concurrent&plan=${demo.id}`));
    // The concurrent demo plan with the time layer on at H+48 (both theatres busy, aircraft in the air).
    const timePan = await panFps(baseUrl, `?scenario=concurrent&plan=${demo.id}`, { hour: 48, center: [125.5, 30.5] });
    const scrub = await scrubSteps(baseUrl, `?scenario=concurrent&plan=${demo.id}`);
    const load = await seedLoad(setup.page, baseUrl, csrf);
    await setup.close();
    const pan = await panFps(baseUrl, `?scenario=${load.scenarioId}&plan=${load.planId}`);
    const result = {
      when: new Date().toISOString(),
      machine: { cpus: cpus().length, loadavg: loadavg().map((x) => Math.round(x * 10) / 10), chromium: CHROMIUM, viewport: VIEWPORT },
      timeToFirstIdle: {
        runs: idle.map((r) => r.idleMs), medianMs: median(idle.map((r) => r.idleMs)), targetMs: 3000, demoPlanSorties: demo.sorties.length,
        // Medians of the page's marks: API data in, MapLibre evaluated (workers started), map loaded, idle.
        phasesMs: Object.fromEntries(['data-ready', 'maplibre-ready', 'map-load', 'map-idle'].map((k) => [k, median(idle.map((r) => r.marks[k] ?? NaN))])),
      },
      pan: { ...pan, syntheticAreas: load.areas, syntheticLegs: load.legs, targetFps: 20 },
      timeLayerPan: { ...timePan, hour: 48, targetFps: 20 },
      timeSliderStep: scrub,
      bundle: bundleSizes(),
    };
    return result;
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => { proc.once('exit', r); setTimeout(r, 8000); });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runMapBench(Number(process.argv[2] ?? 5));
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`time to first map idle (demo plan, ${r.timeToFirstIdle.demoPlanSorties} sorties): median ${r.timeToFirstIdle.medianMs} ms  runs ${r.timeToFirstIdle.runs.join(', ')}  (target < 3000)`);
  console.log(`  phases (median ms from navigation): ${Object.entries(r.timeToFirstIdle.phasesMs).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`pan with ${r.pan.areas} areas drawn, ${r.pan.lines} line features (${r.pan.syntheticLegs} legs): ${r.pan.fps} fps average, worst 1-s window ${r.pan.worstSecondFps} fps  (target ≥ 20)`);
  console.log(`pan over the concurrent demo plan with the time layer on (H+${r.timeLayerPan.hour}, ${r.timeLayerPan.aircraft} aircraft in the air): ${r.timeLayerPan.fps} fps average, worst 1-s window ${r.timeLayerPan.worstSecondFps} fps  (target ≥ 20)`);
  console.log(`time slider, one hour a step from H+${r.timeSliderStep.from} (as Play): median ${r.timeSliderStep.medianMs} ms to the map's idle (page render ${r.timeSliderStep.renderMedianMs} ms), worst ${r.timeSliderStep.worstMs} ms  (steps ${r.timeSliderStep.steps.join(', ')})`);
  console.log(`  features re-sent to MapLibre per step: ${Object.entries(r.timeSliderStep.featuresResentPerStep).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`initial JS: ${kb(r.bundle.initialJs.gzip)} gzipped (${kb(r.bundle.initialJs.bytes)}) — ${r.bundle.initialJs.files.join(', ')}`);
  for (const [k, v] of Object.entries(r.bundle.lazy)) console.log(`  lazy ${k}: ${v.map((c) => `${kb(c.gzip)} gz`).join(' + ')}`);
  console.log(`  solver in the client bundle: ${r.bundle.solverInClient ? 'yes' : 'no (the matcher runs on the server)'}`);
  console.log(`machine: ${r.machine.cpus} CPUs, load average ${r.machine.loadavg.join(' ')}`);
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  const file = path.join(ROOT, `bench/results/map-${r.when.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(r, null, 2));
  console.log(`written ${path.relative(ROOT, file)}`);
}
