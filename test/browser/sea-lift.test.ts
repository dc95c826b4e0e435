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

describe.skipIf(!!skip)('a liaison asks for seats for their nationals (Chromium)', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let b: Browser;
  beforeAll(async () => {
    b = await launch(chromium, baseUrl);
    await signIn(b.page, baseUrl, 'liaison-raf', 'liaison-demo');
  });
  afterAll(async () => { await b?.close(); });

  it('checks the form in place, sends the request, lists it as the partner\'s own and withdraws it', async () => {
    const p = b.page;
    await p.goto(`${baseUrl}/offers`);
    await p.getByRole('button', { name: 'Ask for seats' }).click();
    await p.getByRole('button', { name: 'Send the request' }).click();
    await expect.poll(() => p.locator('#sr-places-error').textContent()).toContain('Name at least one place');
    expect(await p.locator('#sr-windowFrom-error').textContent()).toContain('date and time');

    const busan = p.getByLabel('Place 1', { exact: true });
    await busan.selectOption({ value: 'port-busan' });
    await p.getByLabel('Seats at place 1').fill('120');
    await p.getByLabel('Of them priority 1').fill('10');
    await p.getByLabel('Of them priority 2').fill('200');
    await p.getByLabel(/Can leave from/).fill('2027-04-01T09:00');
    await p.getByLabel(/Must be out by/).fill('2027-04-01T08:00');
    await p.getByRole('button', { name: 'Send the request' }).click();
    await expect.poll(() => p.locator('#sr-priority2-error').textContent()).toContain('more than the seats');
    expect(await p.locator('#sr-windowTo-error').textContent()).toContain('after its start');

    await p.getByLabel('Of them priority 2').fill('30');
    await p.getByLabel(/Must be out by/).fill('2027-04-03T09:00');
    const before = (await (await p.request.get(`${baseUrl}/api/seat-requests`)).json()) as unknown[];
    await p.getByRole('button', { name: 'Send the request' }).click();
    await expect.poll(() => p.getByRole('status').allTextContents(), { timeout: 15_000 }).toEqual(expect.arrayContaining([expect.stringContaining('Request sent: 120 seats')]));
    const after = (await (await p.request.get(`${baseUrl}/api/seat-requests`)).json()) as { id: string; partnerId: string; seats: number; priority1: number; priority2: number; status: string; places: { id: string }[] }[];
    expect(after.length).toBe(before.length + 1);
    const mine = after.find((r) => r.places.some((x) => x.id === 'port-busan') && r.seats === 120 && r.status === 'submitted')!;
    expect(mine).toMatchObject({ partnerId: 'gb-raf', priority1: 10, priority2: 30 });
    // Only their own partner's requests reach a liaison.
    expect(after.every((r) => r.partnerId === 'gb-raf')).toBe(true);
    const row = p.locator('[data-testid="liaison-ledger"] tbody tr', { hasText: '120' }).first();
    await row.getByRole('button', { name: 'Withdraw' }).click();
    await expect.poll(async () => ((await (await p.request.get(`${baseUrl}/api/seat-requests`)).json()) as { id: string; status: string }[]).find((r) => r.id === mine.id)?.status).toBe('withdrawn');
    await p.setViewportSize({ width: 390, height: 844 });
    await p.getByRole('button', { name: 'Ask for seats' }).click();
    await p.screenshot({ path: path.join(ARTIFACTS, 'seat-request-390.png'), fullPage: true });
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
});

describe.skipIf(!!skip)('a planner decides a partner\'s seat request (Chromium)', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let liaison: Browser;
  let planner: Browser;
  afterAll(async () => { await liaison?.close(); await planner?.close(); });

  it('accepts fewer seats than asked in the inbox, and the request carries the decision', async () => {
    liaison = await launch(chromium, baseUrl);
    const lCsrf = await signIn(liaison.page, baseUrl, 'liaison-raf', 'liaison-demo');
    const asked = await liaison.page.request.post(`${baseUrl}/api/seat-requests`, { headers: { 'x-csrf-token': lCsrf }, data: { places: [{ kind: 'airport', id: 'port-busan', seats: 77 }], priority1: 7, priority2: 0, windowFrom: '2027-04-01T06:00:00Z', windowTo: '2027-04-04T00:00:00Z' } });
    expect(asked.status(), await asked.text()).toBe(201);
    const id = ((await asked.json()) as { id: string }).id;
    planner = await launch(chromium, baseUrl);
    await signIn(planner.page, baseUrl);
    await planner.page.goto(`${baseUrl}/offers`);
    const row = planner.page.locator('[data-testid="seat-decisions"] tbody tr', { hasText: '77' }).first();
    // The place as people know it, not its id.
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toMatch(/Busan.*77 seats/);
    expect(await row.textContent()).not.toContain('port-busan');
    await row.getByRole('spinbutton').fill('40');
    await row.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(async () => ((await (await liaison.page.request.get(`${baseUrl}/api/seat-requests`)).json()) as { id: string; status: string; acceptedSeats: number | null }[]).find((r) => r.id === id), { timeout: 15_000 })
      .toMatchObject({ status: 'accepted', acceptedSeats: 40 });
    await expect.poll(() => row.textContent()).toContain('40 seats accepted');
    await planner.page.screenshot({ path: path.join(ARTIFACTS, 'seat-decisions-1440.png'), fullPage: true });
  });
});
