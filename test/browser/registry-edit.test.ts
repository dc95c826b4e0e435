import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, apiClient, launch, signIn, waitForMapIdle, type Browser } from './browser.ts';

// A planner edits an airport's record from the map's airport editor while someone else changes it:
// the save answers 409, the page says so and offers Reload, which shows the other planner's values;
// then a save goes through with the new version. The airport is put back at the end.

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `registry-${name}.png`), fullPage: true });

describe.skipIf(!!skip)('editing an airport record with If-Match in Chromium', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let b: Browser;
  let api: ReturnType<typeof apiClient>;
  let planId: string;
  let original: { version: number; departuresPerHour: number };

  beforeAll(async () => {
    b = await launch(chromium, baseUrl);
    api = apiClient(b.page, baseUrl, await signIn(b.page, baseUrl));
    planId = (await api.post<{ id: string }>('/scenarios/korea/plans?wait=true', { name: 'Registry edit test', timeLimitSeconds: 20 })).id;
    original = await api.get('/airports/RKSI');
  });
  afterAll(async () => {
    if (api) {
      const now = await api.get<{ version: number }>('/airports/RKSI').catch(() => null);
      if (now) await b.page.request.patch(`${baseUrl}/api/airports/RKSI`, { data: { departuresPerHour: original.departuresPerHour }, headers: { 'if-match': `"${now.version}"`, 'x-csrf-token': await csrf() } });
      await b.page.request.delete(`${baseUrl}/api/plans/${planId}`, { headers: { 'x-csrf-token': await csrf() } });
    }
    await b?.close();
  });
  const csrf = async () => ((await (await b.page.request.get(`${baseUrl}/api/session`)).json()) as { csrfToken: string }).csrfToken;

  it('shows the conflict with Reload, then saves on the new version', async () => {
    const p = b.page;
    await p.goto(`${baseUrl}/?scenario=korea&plan=${planId}`);
    await waitForMapIdle(p);
    await p.locator('.timeline-label', { hasText: 'ICN' }).click();
    const details = p.locator('.registry-details');
    await details.locator('summary').click();
    const perHour = details.getByLabel('Departures per hour');
    await expect.poll(() => perHour.inputValue()).toBe(String(original.departuresPerHour));
    await perHour.fill(String(original.departuresPerHour + 1));

    // Someone else saves the same airport meanwhile.
    const other = await b.page.request.patch(`${baseUrl}/api/airports/RKSI`, {
      data: { departuresPerHour: original.departuresPerHour + 5 }, headers: { 'if-match': `"${original.version}"`, 'x-csrf-token': await csrf() },
    });
    expect(other.status()).toBe(200);

    await details.getByRole('button', { name: 'Save airport' }).click();
    const alert = details.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('changed by someone else');
    await shot(p, 'conflict-1440');
    await details.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => perHour.inputValue()).toBe(String(original.departuresPerHour + 5));
    expect(await details.getByRole('alert').count()).toBe(0);

    await perHour.fill(String(original.departuresPerHour + 2));
    await details.getByRole('button', { name: 'Save airport' }).click();
    await expect.poll(() => details.textContent()).toContain(`Version ${original.version + 2} · saved`);
    const stored = await api.get<{ version: number; departuresPerHour: number }>('/airports/RKSI');
    expect(stored).toMatchObject({ version: original.version + 2, departuresPerHour: original.departuresPerHour + 2 });
    await shot(p, 'saved-1440');
  });
});
