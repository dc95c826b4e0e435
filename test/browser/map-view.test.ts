import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import path from 'node:path';
import { ARTIFACTS, apiClient, launch, mapSettled, signIn, waitForMapIdle, type Browser } from './browser.ts';

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

interface PlanLite { id: string; version: number; sorties: { id: string; originAirportId: string; departAt: string; allocations: { assemblyAreaId: string; passengers: number; locked: boolean }[] }[] }
type MapHandle = { queryRenderedFeatures: (o: unknown) => { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } }[]; project: (p: [number, number]) => { x: number; y: number }; getCanvas: () => HTMLCanvasElement; getLayer: (id: string) => unknown };

/** The concurrent demo scenario: the map's symbology, its time and grouped violations (issue 13). */
describe.skipIf(!!skip)('the map tells the operation: symbology, time, groups (Chromium)', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let b: Browser;
  let api: ReturnType<typeof apiClient>;
  let plan: PlanLite;
  let csrf: string;

  beforeAll(async () => {
    b = await launch(chromium, baseUrl);
    csrf = await signIn(b.page, baseUrl);
    api = apiClient(b.page, baseUrl, csrf);
    // The matcher on the concurrent scenario takes minutes on the loaded machine: a longer request timeout.
    const res = await b.page.request.post(`${baseUrl}/api/scenarios/concurrent/plans?wait=true`, { data: { name: 'Browser test — map over time' }, headers: { 'x-csrf-token': csrf }, timeout: 300_000 });
    expect(res.ok(), await res.text()).toBe(true);
    plan = (await res.json()) as PlanLite;
  });
  afterAll(async () => { await b?.close(); });

  const open = async (query: string) => {
    await b.page.goto(`${baseUrl}/${query}`);
    // The machine is shared: a first idle can take a minute under load.
    await waitForMapIdle(b.page, 150_000);
    await mapSettled(b.page);
  };
  const count = async (testId: string) => Number(((await b.page.getByTestId(testId).textContent()) ?? '').replace(/[^0-9]/g, ''));

  it('shows SDF denial once per country, no ring on every airport, and labels that never overlap', async () => {
    await open(`?scenario=concurrent&plan=${plan.id}`);
    const badges = await b.page.getByTestId('sdf-badge').allTextContents();
    expect(badges.join(' ')).toMatch(/KR/);
    expect(badges.join(' ')).toMatch(/TW/);
    const result = await b.page.evaluate(() => {
      const map = (window as unknown as { __neoMap: MapHandle }).__neoMap;
      const labels = map.queryRenderedFeatures({ layers: ['area-labels', 'airport-labels', 'hazard-label'] });
      const pts = labels.map((f) => map.project(f.geometry.coordinates));
      let close = 0;
      for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) if (Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y) < 6) close++;
      return { labels: labels.length, close, ring: !!map.getLayer('airport-sdf-ring'), texts: labels.map((f) => String(f.properties.short ?? f.properties.label ?? '')) };
    });
    expect(result.ring).toBe(false);
    expect(result.labels).toBeGreaterThan(3);
    expect(result.close).toBe(0);
    // Short names only: no consular district on the map.
    for (const t of result.texts) expect(t).not.toMatch(/district|Consulate/);
    // The map canvas fills its area.
    const sizes = await b.page.evaluate(() => {
      const wrap = document.querySelector('.map-wrap')!.getBoundingClientRect();
      const c = (window as unknown as { __neoMap: MapHandle }).__neoMap.getCanvas().getBoundingClientRect();
      return { wrap: [wrap.width, wrap.height], canvas: [c.width, c.height] };
    });
    expect(sizes.canvas[0]).toBeGreaterThanOrEqual(sizes.wrap[0]! - 1);
    expect(sizes.canvas[1]).toBeGreaterThanOrEqual(sizes.wrap[1]! - 1);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'map-concurrent-1440.png') });
  });

  // The next two use the page the first one opened.
  it('moves the map through time: the slider changes people waiting, people out and aircraft in the air', async () => {
    const slider = b.page.getByRole('slider');
    // A range input fires no change for its current value: move it away first.
    await slider.fill('1');
    await slider.fill('0');
    await b.page.getByTestId('time-readout').waitFor();
    const w0 = await count('time-waiting');
    const o0 = await count('time-out');
    expect(o0).toBe(0);
    // The hour with the most aircraft in the air, from the plan's departures.
    const first = Math.min(...plan.sorties.map((s) => Date.parse(s.departAt)));
    const scenario = await api.get<{ startsAt: string }>('/scenarios/concurrent');
    const h = Math.ceil((first - Date.parse(scenario.startsAt)) / 3_600_000) + 24;
    await slider.fill(String(h));
    await expect.poll(() => count('time-out')).toBeGreaterThan(0);
    const w1 = await count('time-waiting');
    expect(w1).toBeLessThan(w0);
    await mapSettled(b.page);
    const drawn = await b.page.evaluate(() => {
      const map = (window as unknown as { __neoMap: MapHandle }).__neoMap;
      return { waiting: map.queryRenderedFeatures({ layers: ['area-waiting', 'cluster-waiting'] }).length, aircraft: map.queryRenderedFeatures({ layers: ['aircraft'] }).length };
    });
    expect(drawn.waiting).toBeGreaterThan(0);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'map-time-1440.png') });
    // Play advances the hour; the departures timeline shows the same hour.
    await b.page.getByRole('button', { name: /Play/ }).click();
    await expect.poll(async () => Number(await slider.inputValue()), { timeout: 10_000 }).toBeGreaterThan(h);
    await b.page.getByRole('button', { name: /Pause/ }).click();
    const shared = await b.page.locator('.timeline-strip').first().getAttribute('data-hour');
    expect(Number(shared)).toBe(Number(await slider.inputValue()));
  });

  it('hides and shows layers by toggle, and finds an airport by its code', async () => {
    await b.page.locator('.map-layers summary').click();
    await b.page.getByLabel('Labels').uncheck();
    await mapSettled(b.page);
    const labels = await b.page.evaluate(() => (window as unknown as { __neoMap: MapHandle }).__neoMap.queryRenderedFeatures({ layers: ['area-labels', 'airport-labels'] }).length);
    expect(labels).toBe(0);
    await b.page.getByLabel('Labels').check();
    // With its list of suggestions the search box is a combobox.
    const search = b.page.getByLabel('Find an airport or assembly area on the map');
    await search.fill('TPE');
    await search.press('Enter');
    await b.page.getByRole('region', { name: /Airport/i }).or(b.page.locator('section[aria-label^="Airport"]')).first().waitFor();
  });

  it('collapses one broken rule at one place into one card (hazard zone over TPE)', async () => {
    const copy = await api.post<{ id: string; version: number; hazardZones: unknown[] }>('/scenarios/taiwan-blockade/duplicate', { name: 'Browser test — hazard over TPE' });
    const res = await b.page.request.post(`${baseUrl}/api/scenarios/${copy.id}/plans?wait=true`, { data: { name: 'Browser test — grouped violations' }, headers: { 'x-csrf-token': csrf }, timeout: 300_000 });
    const p = (await res.json()) as PlanLite;
    const tpe = p.sorties.filter((s) => s.originAirportId === 'RCTP').length;
    await api.patch(`/scenarios/${copy.id}`, { version: copy.version, hazardZones: [...copy.hazardZones, { id: 'hz-tpe', name: 'Over TPE', geometry: { type: 'Polygon', coordinates: [[[121.1, 24.95], [121.35, 24.95], [121.35, 25.2], [121.1, 25.2], [121.1, 24.95]]] } }] });
    await open(`?scenario=${copy.id}&plan=${p.id}`);
    const total = await count('violation-count');
    expect(total).toBeGreaterThanOrEqual(tpe);
    const cards = await b.page.locator('.violation-group').count();
    expect(cards).toBeLessThan(Math.max(2, total / 4));
    const text = await b.page.locator('.violation-groups').textContent();
    expect(text).not.toMatch(/Sortie [a-z]+-\d|offer offer-/);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'map-violation-groups-1440.png') });
  });

  it('on a phone (390 × 844) the map has the full width, nothing overflows, the time bar is on screen', async () => {
    await b.page.setViewportSize({ width: 390, height: 844 });
    await open(`?scenario=concurrent&plan=${plan.id}`);
    const m = await b.page.evaluate(() => {
      const c = (window as unknown as { __neoMap: MapHandle }).__neoMap.getCanvas().getBoundingClientRect();
      const bar = document.querySelector('[data-testid="time-bar"]')!.getBoundingClientRect();
      return { scroll: document.documentElement.scrollWidth, canvas: c.width, canvasH: c.height, bar: [bar.left, bar.right] };
    });
    expect(m.scroll).toBeLessThanOrEqual(390);
    expect(m.canvas).toBeGreaterThanOrEqual(388);
    expect(m.canvasH).toBeGreaterThan(200);
    expect(m.bar[0]).toBeGreaterThanOrEqual(0);
    expect(m.bar[1]).toBeLessThanOrEqual(390);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'map-concurrent-390.png') });
    await b.page.setViewportSize({ width: 1440, height: 900 });
    expect(b.errors).toEqual([]);
  });
});
