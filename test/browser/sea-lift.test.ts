import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import path from 'node:path';
import { ARTIFACTS, apiClient, launch, mapSettled, signIn, waitForMapIdle, type Browser } from './browser.ts';

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

interface PlanLite { id: string; sorties: { id: string; offerId: string; originAirportId: string; departAt: string }[] }
type MapHandle = { queryRenderedFeatures: (o: unknown) => { properties: Record<string, unknown> }[] };

/**
 * Sea lift as a user sees it (issue 15): in the Korean scenario the Busan ferry carries people; at an hour
 * when a sailing is under way the map draws a ship (not an aircraft dot) and the time bar counts it, and the
 * printed tasking marks its rows Sea.
 */
describe.skipIf(!!skip)('sailings on the map and in print (Chromium)', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let b: Browser;
  let plan: PlanLite;
  let sailing: PlanLite['sorties'][number];
  let startsAt: string;

  beforeAll(async () => {
    b = await launch(chromium, baseUrl);
    const csrf = await signIn(b.page, baseUrl);
    const res = await b.page.request.post(`${baseUrl}/api/scenarios/korea/plans?wait=true`, { data: { name: 'Browser test — sea lift' }, headers: { 'x-csrf-token': csrf }, timeout: 300_000 });
    expect(res.ok(), await res.text()).toBe(true);
    plan = (await res.json()) as PlanLite;
    startsAt = (await apiClient(b.page, baseUrl, csrf).get<{ startsAt: string }>('/scenarios/korea')).startsAt;
    const found = plan.sorties.find((s) => s.originAirportId === 'port-busan');
    expect(found, 'the Korean plan sails from Busan').toBeTruthy();
    sailing = found!;
  });
  afterAll(async () => { await b?.close(); });

  it('draws the ship under way at an hour of its crossing and counts it in the time bar', async () => {
    await b.page.goto(`${baseUrl}/?scenario=korea&plan=${plan.id}`);
    await waitForMapIdle(b.page, 150_000);
    await mapSettled(b.page);
    // One hour after it leaves: every crossing of the demo ferries takes longer than that.
    const hour = Math.floor((Date.parse(sailing.departAt) - Date.parse(startsAt)) / 3_600_000) + 1;
    const slider = b.page.getByRole('slider');
    await slider.fill(String(hour + 1));
    await slider.fill(String(hour));
    await expect.poll(async () => (await b.page.getByTestId('time-ships').textContent()) ?? '', { timeout: 20_000 }).toMatch(/[1-9]\d* ships? at sea/);
    await mapSettled(b.page);
    const shown = await b.page.evaluate(() => {
      const map = (window as unknown as { __neoMap: MapHandle }).__neoMap;
      return {
        ships: map.queryRenderedFeatures({ layers: ['ships'] }).map((f) => String(f.properties.sortieId)),
        dots: map.queryRenderedFeatures({ layers: ['aircraft'] }).map((f) => String(f.properties.sortieId)),
      };
    });
    expect(shown.ships.length).toBeGreaterThan(0);
    // A ship is never also drawn as an aircraft.
    for (const id of shown.ships) expect(shown.dots).not.toContain(id);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'sea-lift-map-1440.png') });
  });

  it('prints the sailing in the partner tasking with mode Sea and the port under departures', async () => {
    await b.page.goto(`${baseUrl}/plans/${plan.id}/print?lang=en`);
    await b.page.waitForSelector('[data-print-ready="true"]', { timeout: 90_000 });
    const modes = await b.page.locator('td[data-mode="sea"]').allTextContents();
    expect(modes.length).toBeGreaterThan(0);
    for (const m of modes) expect(m).toBe('Sea');
    expect(await b.page.locator('td[data-mode="air"]').count()).toBeGreaterThan(0);
    expect(await b.page.getByText('seaport: sailings', { exact: false }).count()).toBeGreaterThan(0);
  });
});
