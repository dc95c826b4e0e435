import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import path from 'node:path';
import { ARTIFACTS, apiClient, launch, mapSettled, signIn, waitForMapIdle, type Browser } from './browser.ts';

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

interface PlanLite { id: string; sorties: { id: string; originAirportId: string; departAt: string }[] }
type MapHandle = { queryRenderedFeatures: (o: unknown) => unknown[] };

/** The schedule (Gantt) shares the map's time and selects sorties; the phone's bottom sheet (issue 13). */
describe.skipIf(!!skip)('the schedule under the map, and the planner on a phone (Chromium)', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let b: Browser;
  let plan: PlanLite;
  let startMs: number;

  beforeAll(async () => {
    b = await launch(chromium, baseUrl);
    const csrf = await signIn(b.page, baseUrl);
    const api = apiClient(b.page, baseUrl, csrf);
    plan = await api.post<PlanLite>('/scenarios/korea/plans?wait=true', { name: 'Browser test — schedule', timeLimitSeconds: 20 });
    startMs = Date.parse((await api.get<{ startsAt: string }>('/scenarios/korea')).startsAt);
  });
  afterAll(async () => { await b?.close(); });

  const open = async () => {
    await b.page.goto(`${baseUrl}/?scenario=korea&plan=${plan.id}`);
    await waitForMapIdle(b.page, 150_000);
    await mapSettled(b.page);
  };
  const overflow = () => b.page.evaluate(() => document.documentElement.scrollWidth);

  it('shows one bar per sortie, by airport and by aircraft', async () => {
    await open();
    await b.page.getByRole('button', { name: 'Schedule' }).click();
    await b.page.getByTestId('gantt').waitFor();
    expect(await b.page.locator('.gantt-bar').count()).toBe(plan.sorties.length);
    const airports = new Set(plan.sorties.map((s) => s.originAirportId)).size;
    expect(await b.page.locator('.gantt-row').count()).toBe(airports);
    await b.page.getByRole('radio', { name: 'By aircraft' }).click();
    expect(await b.page.locator('.gantt-bar').count()).toBe(plan.sorties.length);
    await b.page.getByRole('radio', { name: 'By airport' }).click();
  });

  it('draws the slider’s time as a line that moves with it', async () => {
    const slider = b.page.getByRole('slider');
    await slider.fill('10');
    const now = b.page.getByTestId('gantt-now');
    await expect.poll(() => now.getAttribute('data-hour')).toBe('10');
    const x10 = (await now.boundingBox())!.x;
    await slider.fill('20');
    await expect.poll(() => now.getAttribute('data-hour')).toBe('20');
    expect((await now.boundingBox())!.x).toBeGreaterThan(x10);
  });

  it('selects a sortie from its bar: its detail, its leg on the map, the map’s time at its departure', async () => {
    const bar = b.page.locator('.gantt-bar').first();
    const id = (await bar.getAttribute('data-sortie'))!;
    const s = plan.sorties.find((x) => x.id === id)!;
    await bar.click();
    await expect.poll(() => bar.getAttribute('aria-pressed')).toBe('true');
    await b.page.getByTestId('sortie-detail').waitFor();
    const hour = Math.max(0, Math.ceil((Date.parse(s.departAt) - startMs) / 3_600_000));
    expect(Number(await b.page.getByRole('slider').inputValue())).toBe(hour);
    await b.page.waitForTimeout(800);
    await mapSettled(b.page);
    const legs = await b.page.evaluate(() => (window as unknown as { __neoMap: MapHandle }).__neoMap.queryRenderedFeatures({ layers: ['sortie-focus-leg', 'sortie-focus-origin'] }).length);
    expect(legs).toBeGreaterThan(0);
    expect(await overflow()).toBeLessThanOrEqual(1440);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'schedule-1440.png') });
    // The keyboard: one tab stop, the arrows move along the row, Enter selects.
    expect(await b.page.locator('.gantt-bar[tabindex="0"]').count()).toBe(1);
    await bar.focus();
    await b.page.keyboard.press('ArrowRight');
    const next = await b.page.evaluate(() => (document.activeElement as HTMLElement).dataset.sortie);
    expect(next).toBeTruthy();
    expect(next).not.toBe(id);
    await b.page.keyboard.press('Enter');
    await expect.poll(() => b.page.locator(`.gantt-bar[data-sortie="${next}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(b.errors).toEqual([]);
  });

  it('on a phone (390 × 844) the panel is a bottom sheet over the full-width map: opens, resizes, closes, nothing overflows', async () => {
    await b.page.setViewportSize({ width: 390, height: 844 });
    await open();
    const handle = b.page.getByTestId('sheet-handle');
    const panel = b.page.locator('aside.panel');
    const box = async () => (await panel.boundingBox())!;
    const sizes = () => b.page.evaluate(() => {
      const wrap = document.querySelector('.map-wrap')!.getBoundingClientRect();
      const c = document.querySelector('.map-wrap canvas')!.getBoundingClientRect();
      return { wrap: [wrap.width, wrap.height], canvas: [c.width, c.height] };
    });
    // At first half open: the map above it, full width, its canvas filling its area.
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(async () => (await box()).height).toBeGreaterThan(300);
    await b.page.getByRole('tab', { name: 'Overview' }).waitFor();
    let m = await sizes();
    expect(m.canvas[0]).toBeGreaterThanOrEqual(388);
    expect(m.canvas[1]).toBeGreaterThanOrEqual(m.wrap[1]! - 1);
    expect(m.wrap[1]).toBeGreaterThan(250);
    expect(await overflow()).toBeLessThanOrEqual(390);
    expect((await box()).width).toBeLessThanOrEqual(390);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'planner-sheet-half-390.png') });
    // Closed by click: only the handle shows, the panel's controls are out of reach, the map takes the page.
    await handle.click();
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(async () => (await box()).height).toBeLessThan(60);
    await expect.poll(() => b.page.getByRole('tab', { name: 'Overview' }).isVisible()).toBe(false);
    await mapSettled(b.page);
    m = await sizes();
    expect(m.wrap[1]).toBeGreaterThan(600);
    expect(m.canvas[1]).toBeGreaterThanOrEqual(m.wrap[1]! - 1);
    expect(await overflow()).toBeLessThanOrEqual(390);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'planner-sheet-closed-390.png') });
    // Keyboard: Enter opens half, arrow up all of it, Escape closes.
    await handle.press('Enter');
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('true');
    await handle.press('ArrowUp');
    await expect.poll(async () => (await box()).height).toBeGreaterThan(600);
    await handle.press('Escape');
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(async () => (await box()).height).toBeLessThan(60);
    // Dragged up half-way, it rests at the nearest height (half).
    const h = (await handle.boundingBox())!;
    await b.page.mouse.move(h.x + h.width / 2, h.y + 20);
    await b.page.mouse.down();
    await b.page.mouse.move(h.x + h.width / 2, h.y - 250, { steps: 6 });
    await b.page.mouse.up();
    await expect.poll(() => panel.getAttribute('data-sheet')).toBe('half');
    // The schedule fits the phone: opening it puts the sheet away; it scrolls inside itself, under the toolbar.
    await b.page.getByRole('button', { name: 'Schedule' }).click();
    await expect.poll(() => panel.getAttribute('data-sheet')).toBe('closed');
    await b.page.getByTestId('gantt').waitFor();
    await b.page.locator('.gantt-bar').first().click();
    await b.page.getByTestId('sortie-detail').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(390);
    const sched = (await b.page.getByTestId('schedule').boundingBox())!;
    expect(sched.x).toBeGreaterThanOrEqual(0);
    expect(sched.x + sched.width).toBeLessThanOrEqual(390);
    const wrapTop = await b.page.evaluate(() => document.querySelector('.map-wrap')!.getBoundingClientRect().top);
    expect(sched.y).toBeGreaterThanOrEqual(wrapTop);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'schedule-390.png') });
    await b.page.setViewportSize({ width: 1440, height: 900 });
    expect(b.errors).toEqual([]);
  });
});
