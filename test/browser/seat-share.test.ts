import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LiftOffer } from '../../shared/schemas/domain.ts';
import { ARTIFACTS, launch, signIn, type Browser } from './browser.ts';

// A liaison offers seats on its own sorties (issue 15): the form lists the partner's departures, says in place
// which one is wrong before anything is sent, and submits them as UTC instants with sorties = departures.
// The offer is withdrawn at the end, so the other browser tests see the demo data as seeded.

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

describe.skipIf(!!skip)('seat shares in the liaison portal (Chromium)', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let b: Browser;
  let csrf: string;
  beforeAll(async () => {
    b = await launch(chromium, baseUrl);
    csrf = await signIn(b.page, baseUrl, 'liaison-raf', 'liaison-demo');
  });
  afterAll(async () => { await b?.close(); });

  it('lists departures, flags one outside the window in place, and submits them', async () => {
    const p = b.page;
    await p.goto(`${baseUrl}/`);
    await p.getByRole('button', { name: 'New offer' }).click();
    await p.getByLabel('Aircraft type', { exact: true }).selectOption({ label: 'Boeing C-17A Globemaster III (RAF; RAAF) — 102 seats' });
    await p.getByLabel('Seats per sortie').fill('40');
    await p.locator('.offer-form').getByLabel('Time zone').selectOption('UTC');
    await p.getByLabel('Available from (UTC)').fill('2027-04-01T00:00');
    await p.getByLabel('Available to (UTC)').fill('2027-04-03T00:00');
    await p.getByLabel('Search airports').fill('Osan');
    await p.locator('.airport-list label', { hasText: 'OSN' }).locator('input').check();
    await p.getByLabel('Destination (safe haven)').selectOption({ value: 'RJTY' });
    await p.getByLabel('Offer seats on sorties we fly anyway, not whole aircraft').check();
    // One origin: the first departure row starts with it.
    expect(await p.getByLabel('Departure 1: airport').inputValue()).toBe('RKSO');
    await p.getByLabel('Departure 1: time (UTC)').fill('2027-04-05T10:00');
    await p.getByRole('button', { name: 'Submit offer' }).click();
    await expect.poll(() => p.locator('#offer-departures-error').textContent()).toContain('Departure 1: outside the offer\'s availability window');
    await p.getByLabel('Departure 1: time (UTC)').fill('2027-04-01T10:30');
    await p.getByRole('button', { name: 'Add a departure' }).click();
    await p.getByLabel('Departure 2: time (UTC)').fill('2027-04-02T07:45');
    expect(await p.getByLabel('Sorties in all').inputValue()).toContain('2');
    await p.screenshot({ path: path.join(ARTIFACTS, 'seat-share-form-1440.png'), fullPage: true });
    await p.setViewportSize({ width: 390, height: 844 });
    expect(await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await p.locator('.seat-share').screenshot({ path: path.join(ARTIFACTS, 'seat-share-form-390.png') });
    await p.setViewportSize({ width: 1440, height: 900 });
    await p.getByRole('button', { name: 'Submit offer' }).click();
    await p.waitForSelector('.alert-ok');

    const own = (await (await p.request.get(`${baseUrl}/api/lift-offers?status=submitted`)).json()) as LiftOffer[];
    const offer = own.find((o) => o.seatShare && o.seatsPerSortie === 40)!;
    expect(offer).toMatchObject({
      sorties: 2, originAirportIds: ['RKSO'],
      seatShare: { departures: [
        { originAirportId: 'RKSO', departAt: '2027-04-01T10:30:00.000Z' }, { originAirportId: 'RKSO', departAt: '2027-04-02T07:45:00.000Z' },
      ] },
    });
    const gone = await p.request.patch(`${baseUrl}/api/lift-offers/${offer.id}`, { headers: { 'x-csrf-token': csrf }, data: { version: offer.version, status: 'withdrawn' } });
    expect(gone.status(), await gone.text()).toBe(200);
  });
});
