import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LiftOffer } from '../../shared/schemas/domain.ts';
import { ARTIFACTS, apiClient, launch, signIn, type Browser } from './browser.ts';

// A partner liaison signs in through the sign-in page and submits an offer in the portal; a planner
// accepts it in the inbox; the next plan flies it, and once approved the liaison sees the tasking.
// Runs in the browser project's Chromium against the real server (test/support/browser-setup.ts).
// The offer is withdrawn at the end, so the other browser tests plan the demo data as seeded.

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `liaison-${name}.png`), fullPage: true });

describe.skipIf(!!skip)('liaison portal and planners\' inbox in Chromium', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let liaison: Browser;
  let planner: Browser;
  let offerId: string;
  let plannerCsrf: string;

  beforeAll(async () => {
    liaison = await launch(chromium, baseUrl);
    planner = await launch(chromium, baseUrl);
  });
  afterAll(async () => {
    await liaison?.close();
    await planner?.close();
  });

  it('a liaison signs in and lands on their own offers', async () => {
    const p = liaison.page;
    await p.goto(`${baseUrl}/`);
    await p.getByLabel('Username').fill('liaison-raf');
    await p.getByLabel('Password').fill('liaison-demo');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.waitForURL(`${baseUrl}/offers`);
    await expect.poll(() => p.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toContain('Royal Air Force');
    // Only their own partner's offers, and no map planner in the navigation.
    await p.waitForSelector('.offers-table');
    expect(await p.getByRole('navigation', { name: 'Main' }).textContent()).not.toContain('Map planner');
    const rows = await p.locator('.offers-table tbody tr').count();
    const own = (await (await p.request.get(`${baseUrl}/api/lift-offers`)).json()) as LiftOffer[];
    expect(own.every((o) => o.partnerId === 'gb-raf')).toBe(true);
    expect(rows).toBe(own.length);
  });

  it('submits an offer: catalogue fills the seats, field errors show next to the fields, times in a chosen zone', async () => {
    const p = liaison.page;
    await p.getByRole('button', { name: 'New offer' }).click();
    await p.getByRole('button', { name: 'Submit offer' }).click();
    await expect.poll(() => p.locator('#offer-originAirportIds-error').textContent()).toContain('Pick at least one airport');
    expect(await p.locator('#offer-aircraftType-error').textContent()).toContain('aircraft type');

    await p.getByLabel('Aircraft type', { exact: true }).selectOption({ label: 'Boeing C-17A Globemaster III (RAF; RAAF) — 102 seats' });
    expect(await p.getByLabel('Seats per sortie').inputValue()).toBe('102');
    expect(await p.getByLabel('Operator category').inputValue()).toBe('Foreign military');
    // Not a choice: read-only, derived from the partner and the type.
    expect(await p.getByLabel('Operator category').getAttribute('readonly')).not.toBeNull();
    // Seats are capped at the type's catalogue maximum, next to the field, before anything is sent.
    await p.getByLabel('Seats per sortie').fill('400');
    expect(await p.locator('#offer-seatsPerSortie-error').textContent()).toContain('At most 102 seats');
    await p.getByLabel('Seats per sortie').fill('102');
    await p.getByLabel('Aircraft', { exact: true }).fill('2');
    await p.getByLabel('Sorties in all').fill('12');
    // Typed in Korean time: 09:00 KST on 1 April is the scenario's start, 00:00 UTC.
    await p.locator('.offer-form').getByLabel('Time zone').selectOption('Asia/Seoul');
    await p.getByLabel('Available from (Asia/Seoul)').fill('2027-04-01T09:00');
    await p.getByLabel('Available to (Asia/Seoul)').fill('2027-04-04T09:00');
    expect(await p.locator('#offer-availableFrom').locator('xpath=..').textContent()).toContain('01 Apr 2027 00:00 UTC');
    await p.getByLabel('Search airports').fill('Jeju');
    await p.locator('.airport-list label', { hasText: 'CJU' }).locator('input').check();
    await p.getByLabel('Destination (safe haven)').selectOption({ label: 'FUK — Fukuoka Airport' });
    await p.getByLabel('Note to the planners').fill('Two C-17s staged at Fukuoka; Jeju shuttle.');
    await shot(p, 'form');
    await p.getByRole('button', { name: 'Submit offer' }).click();
    await p.waitForSelector('.alert-ok');
    expect(await p.locator('.alert-ok').textContent()).toContain('Submitted');

    const own = (await (await p.request.get(`${baseUrl}/api/lift-offers?status=submitted`)).json()) as LiftOffer[];
    const offer = own.find((o) => o.note === 'Two C-17s staged at Fukuoka; Jeju shuttle.')!;
    expect(offer).toMatchObject({
      partnerId: 'gb-raf', seatsPerSortie: 102, sorties: 12, aircraftCount: 2, originAirportIds: ['RKPC'], destinationAirportId: 'RJFF',
      availableFrom: '2027-04-01T00:00:00.000Z', availableTo: '2027-04-04T00:00:00.000Z', status: 'submitted',
    });
    offerId = offer.id;
    await shot(p, 'submitted');
  });

  it('a planner accepts it in the inbox, with a note back to the liaison', async () => {
    const p = planner.page;
    plannerCsrf = await signIn(p, baseUrl, 'planner', 'planner-demo');
    await p.goto(`${baseUrl}/offers`);
    const row = p.locator('.offers-table tr', { hasText: 'Jeju shuttle' });
    await row.waitFor();
    await shot(p, 'inbox');
    await row.getByRole('button', { name: 'Accept…' }).click();
    await p.getByLabel(/Note to the liaison/).fill('Accepted: Jeju shuttle from H+0.');
    await p.getByRole('dialog').getByRole('button', { name: 'Accept', exact: true }).click();
    await p.waitForSelector('.alert-ok');
    expect(await p.locator('.alert-ok').textContent()).toContain('Accepted: Royal Air Force');
    // It left the "to decide" tab and shows under "Accepted".
    // The list refetches after the decision's answer (and the notice): wait for it.
    await expect.poll(() => p.locator('.offers-table tr', { hasText: 'Jeju shuttle' }).count()).toBe(0);
    await p.getByRole('tab', { name: /Accepted/ }).click();
    await p.locator('.offers-table tr', { hasText: 'Jeju shuttle' }).waitFor();
    // Its history shows the liaison's submission and the planner's decision.
    await p.locator('.offers-table tr', { hasText: 'Jeju shuttle' }).getByRole('link', { name: 'History' }).click();
    await p.waitForSelector('.history-event');
    const history = await p.locator('.history').textContent();
    expect(history).toContain('planner decided it');
    expect(history).toContain('liaison-raf created it');
    await shot(p, 'history');
  });

  it('the next plan flies the offer, and once approved the liaison sees the tasking', async () => {
    const api = apiClient(planner.page, baseUrl, plannerCsrf);
    // A what-if copy of the Korea scenario, so the other browser tests' plans are untouched.
    const scenario = await api.post<{ id: string }>('/scenarios/korea/duplicate', { name: 'Korea — liaison test' });
    const plan = await api.post<{ id: string; sorties: { offerId: string; originAirportId: string }[] }>(`/scenarios/${scenario.id}/plans?wait=true`, { name: 'Korea with the RAF Jeju shuttle' });
    const flown = plan.sorties.filter((s) => s.offerId === offerId);
    expect(flown.length).toBeGreaterThan(0);
    expect(flown.every((s) => s.originAirportId === 'RKPC')).toBe(true);
    await api.post(`/plans/${plan.id}/approve`);

    const p = liaison.page;
    await p.reload();
    const tasking = p.locator('.tasking-plan', { hasText: 'Korea with the RAF Jeju shuttle' });
    await tasking.waitFor();
    expect(await tasking.locator('tbody tr', { hasText: 'Jeju' }).count()).toBe(flown.length);
    const row = p.locator('.offers-table tr', { hasText: 'Jeju shuttle' });
    expect(await row.textContent()).toContain('Accepted');
    expect(await row.textContent()).toContain('Accepted: Jeju shuttle from H+0.');
    await shot(p, 'tasking');
  });

  it('the liaison withdraws the offer', async () => {
    const p = liaison.page;
    await p.locator('.offers-table tr', { hasText: 'Jeju shuttle' }).getByRole('button', { name: 'Withdraw' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Withdraw', exact: true }).click();
    const row = p.locator('.offers-table tr', { hasText: 'Jeju shuttle' });
    await expect.poll(() => row.textContent()).toContain('Withdrawn');
    expect(await p.locator('.alert-ok').textContent()).toContain('withdrawn');
    expect(await row.getByRole('button').count()).toBe(0);
    expect(liaison.errors).toEqual([]);
    expect(planner.errors).toEqual([]);
    expect([...liaison.foreignRequests, ...planner.foreignRequests]).toEqual([]);
  });
});
