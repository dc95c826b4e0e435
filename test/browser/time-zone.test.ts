import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, apiClient, launch, signIn, waitForMapIdle, type Browser } from './browser.ts';
import { makeFormat } from '../../client/src/i18n/format.ts';

// Issue 13: one zone for every time the client shows, switched in the header (UTC, JST, the theatre's local
// time) and remembered with the account. Its own account, so the other browser files keep their zone.

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

describe.skipIf(!!skip)('the zone switch (Chromium)', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  const username = 'tz-zone-planner';
  const password = 'a-long-password-tz';
  let b: Browser;
  let api: ReturnType<typeof apiClient>;
  let planId = '';
  let startsAt = '';

  beforeAll(async () => {
    b = await launch(chromium, baseUrl);
    const admin = apiClient(b.page, baseUrl, await signIn(b.page, baseUrl));
    await admin.post('/users', { username, password, role: 'planner' });
    await b.context.clearCookies();
    api = apiClient(b.page, baseUrl, await signIn(b.page, baseUrl, username, password));
    startsAt = (await api.get<{ startsAt: string }>('/scenarios/korea')).startsAt;
    planId = (await api.post<{ id: string }>('/scenarios/korea/plans?wait=true', { name: 'Browser test — time zones', timeLimitSeconds: 20 })).id;
  });
  afterAll(async () => {
    await api?.patch('/session/preferences', { timeZone: null });
    await b?.close();
  });

  /** The planner on the plan, the time slider at H+0: the readout names the instant in the chosen zone. */
  const sliderAtStart = async () => {
    await waitForMapIdle(b.page, 150_000);
    const slider = b.page.getByRole('slider');
    // A range input fires no change for its current value: move it away first.
    await slider.fill('1');
    await slider.fill('0');
    return b.page.getByTestId('time-at');
  };
  const hourOf = (text: string) => Number(/(\d{2}):\d{2} \S+$/.exec(text)?.[1]);

  it('switching to JST moves the time slider\'s label from UTC to JST, +9 h', async () => {
    await b.page.goto(`${baseUrl}/?scenario=korea&plan=${planId}`);
    const at = await sliderAtStart();
    await expect.poll(() => at.textContent()).toBe(makeFormat('en', 'UTC').dateTime(startsAt));
    const utc = (await at.textContent())!;
    expect(utc).toMatch(/ UTC$/);
    expect(await b.page.getByTestId('zone-switch').inputValue()).toBe('utc');

    const saved = b.page.waitForResponse((r) => r.url().endsWith('/api/session/preferences') && r.request().method() === 'PATCH');
    await b.page.getByTestId('zone-switch').selectOption('jst');
    expect((await saved).status()).toBe(200);
    await expect.poll(() => at.textContent()).toMatch(/ JST$/);
    const jst = (await at.textContent())!;
    expect(jst).toBe(makeFormat('en', 'Asia/Tokyo').dateTime(startsAt));
    expect((hourOf(jst) - hourOf(utc) + 24) % 24).toBe(9);
    // The schedule and every other time on the page follow the same choice: no Zulu time left on screen.
    expect(await b.page.locator('main, .shell').first().textContent()).not.toMatch(/\d{2}:\d{2}Z\b/);
    expect((await api.get<{ timeZone: string | null }>('/session/preferences')).timeZone).toBe('jst');
    await b.page.locator('header.topbar').screenshot({ path: path.join(ARTIFACTS, 'zone-switch-header-1440.png') });
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'zone-switch-jst-1440.png') });
  });

  it('the choice survives a reload (it is the account\'s)', async () => {
    await b.page.reload();
    const at = await sliderAtStart();
    await expect.poll(() => at.textContent()).toBe(makeFormat('en', 'Asia/Tokyo').dateTime(startsAt));
    expect(await b.page.getByTestId('zone-switch').inputValue()).toBe('jst');
  });

  it('local time is the theatre\'s: KST on the Korean plan', async () => {
    await b.page.getByTestId('zone-switch').selectOption('local');
    const at = b.page.getByTestId('time-at');
    await expect.poll(() => at.textContent()).toBe(makeFormat('en', 'Asia/Seoul').dateTime(startsAt));
    expect(await b.page.getByTestId('zone-switch').locator('option:checked').textContent()).toBe('Local (KST)');
    await expect.poll(async () => (await api.get<{ timeZone: string | null }>('/session/preferences')).timeZone).toBe('local');
  });

  it('on a phone (390 × 844) the header with both switches fits: no horizontal overflow', async () => {
    await b.page.setViewportSize({ width: 390, height: 844 });
    await b.page.reload();
    await waitForMapIdle(b.page, 150_000);
    const m = await b.page.evaluate(() => {
      const header = document.querySelector('header.topbar')!;
      const inside = (sel: string) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return r.left >= 0 && r.right <= window.innerWidth && r.width > 0;
      };
      return {
        scroll: document.documentElement.scrollWidth, header: [header.scrollWidth, header.clientWidth],
        zone: inside('[data-testid="zone-switch"]'), language: inside('[data-testid="language-switch"]'),
        signOut: inside('header.topbar .btn-ghost'),
      };
    });
    expect(m.scroll).toBeLessThanOrEqual(390);
    expect(m.header[0]).toBeLessThanOrEqual(m.header[1]!);
    expect(m).toMatchObject({ zone: true, language: true, signOut: true });
    await b.page.locator('header.topbar').screenshot({ path: path.join(ARTIFACTS, 'zone-switch-header-390.png') });
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'zone-switch-390.png') });
    expect(b.errors).toEqual([]);
  });
});
