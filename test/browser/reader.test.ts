import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { ARTIFACTS, apiClient, launch, signIn, type Browser } from './browser.ts';

// Every role works from its own screens: a reader signs in through the sign-in page and lands on the
// plans list (approved first), opens the printable summaries, and no request the UI makes answers
// 4xx; the same on a 390 px phone (nothing cut off, sign-out in view). A liaison's screens make no
// 4xx either. A planner makes one approved and one draft plan first (deleted at the end), so the list
// is not empty; the other browser tests see the demo data as seeded.

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

// Print pages are many screens long: their first screen is enough to look at.
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `reader-${name}.png`), fullPage: !name.startsWith('print') });

/**
 * Every API answer of 400 or more and every console error, for "the UI never triggers a 403". Before
 * signing in, the app's session check answers 401 (that is how it knows to show the sign-in page), and
 * Chromium logs it: those are the only ones allowed.
 */
function watch(page: Page) {
  const failures: string[] = [];
  let anonymous401 = 0;
  let signedIn = false;
  page.on('response', (r: Response) => {
    if (r.status() < 400) return;
    if (!signedIn && r.status() === 401 && r.request().method() === 'GET' && new URL(r.url()).pathname === '/api/session') anonymous401++;
    else failures.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (anonymous401 > 0 && m.text().includes('status of 401')) { anonymous401--; return; }
    failures.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => failures.push(`pageerror: ${e.message}`));
  return { failures, signedIn: () => { signedIn = true; } };
}

async function signInThroughPage(page: Page, baseUrl: string, username: string, password: string, w: ReturnType<typeof watch>) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  w.signedIn();
}

describe.skipIf(!!skip)('reader and liaison screens in Chromium', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let planner: Browser;
  let api: ReturnType<typeof apiClient>;
  let approved: { id: string; name: string };
  let draft: { id: string; name: string };

  beforeAll(async () => {
    planner = await launch(chromium, baseUrl);
    api = apiClient(planner.page, baseUrl, await signIn(planner.page, baseUrl));
    approved = await api.post<{ id: string; name: string }>('/scenarios/korea/plans?wait=true', { name: 'Reader test — approved', timeLimitSeconds: 20 });
    await api.post(`/plans/${approved.id}/approve`);
    draft = await api.post<{ id: string; name: string }>('/scenarios/taiwan-blockade/plans?wait=true', { name: 'Reader test — draft', timeLimitSeconds: 20 });
  });
  afterAll(async () => {
    for (const p of [approved, draft]) if (p) await planner.page.request.delete(`${baseUrl}/api/plans/${p.id}`, { headers: { 'x-csrf-token': await csrfOf(planner.page) } }).catch(() => {});
    await planner?.close();
  });
  const csrfOf = async (page: Page) => ((await (await page.request.get(`${baseUrl}/api/session`)).json()) as { csrfToken: string }).csrfToken;

  it('a reader signs in, lands on the plans list (approved first) and prints a summary without any 4xx', async () => {
    const b = await launch(chromium, baseUrl);
    try {
      const w = watch(b.page);
      const p = b.page;
      await signInThroughPage(p, baseUrl, 'reader', 'reader-demo', w);
      await p.waitForURL(`${baseUrl}/plans`);
      await p.waitForSelector('.plans-table');
      expect(await p.getByRole('navigation', { name: 'Main' }).textContent()).not.toContain('Map planner');
      const sections = await p.locator('.plans-section h2').allTextContents();
      expect(sections[0]).toContain('Approved');
      const approvedRow = p.locator(`section[aria-labelledby="plans-approved"] tr[data-plan="${approved.id}"]`);
      await expect.poll(() => approvedRow.count()).toBe(1);
      expect(await approvedRow.textContent()).toContain('Reader test — approved');
      expect(await p.locator(`section[aria-labelledby="plans-drafts"] tr[data-plan="${draft.id}"]`).count()).toBe(1);
      await shot(p, 'plans-1440');

      // The per-airport and per-partner printouts, on demand.
      await approvedRow.getByRole('button', { name: 'By airport / partner' }).click();
      const variants = p.locator(`#variants-${approved.id}`);
      await variants.locator('a').first().waitFor();
      expect(await variants.locator('a[href*="airport="]').count()).toBeGreaterThan(0);
      expect(await variants.locator('a[href*="partner="]').count()).toBeGreaterThan(0);
      await shot(p, 'plans-variants-1440');

      await approvedRow.getByRole('link', { name: 'Print summary' }).click();
      await p.waitForURL(`${baseUrl}/plans/${approved.id}/print`);
      await p.waitForSelector('.pr-root[data-print-ready="true"]', { timeout: 60_000 });
      await shot(p, 'print-1440');
      // One airport's printout, then back to the list.
      await p.getByLabel("One airport's departures").selectOption({ index: 1 });
      await p.waitForURL(/airport=/);
      await p.waitForSelector('.pr-root[data-print-ready="true"]', { timeout: 60_000 });
      await p.getByRole('link', { name: '← Back' }).click();
      await p.waitForURL(`${baseUrl}/plans`);
      await p.waitForSelector('.plans-table');
      // The map planner is not theirs: its URL sends them home instead of a 403 and a spinner.
      await p.goto(`${baseUrl}/`);
      await p.waitForURL(`${baseUrl}/plans`);
      await p.waitForSelector('.plans-table');
      expect(w.failures).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('on a 390 × 844 phone: the list as cards, nothing cut off, sign-out in view; the print page too', async () => {
    const b = await launch(chromium, baseUrl, { width: 390, height: 844 });
    try {
      const w = watch(b.page);
      const p = b.page;
      await signInThroughPage(p, baseUrl, 'reader', 'reader-demo', w);
      await p.waitForURL(`${baseUrl}/plans`);
      await p.waitForSelector('.plans-table');
      const signOut = await p.getByRole('button', { name: 'Sign out' }).boundingBox();
      expect(signOut).not.toBeNull();
      expect(signOut!.x).toBeGreaterThanOrEqual(0);
      expect(signOut!.x + signOut!.width).toBeLessThanOrEqual(390);
      expect(signOut!.y + signOut!.height).toBeLessThanOrEqual(844);
      const overflow = async () => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      // Every link of the top nav in view: they wrap onto a second row, none runs off the screen.
      const navRight = await p.evaluate(() => Math.max(...[...document.querySelectorAll('.topbar nav a')].map((a) => a.getBoundingClientRect().right)));
      expect(navRight, 'a nav link runs off the screen').toBeLessThanOrEqual(390);
      const print = await p.locator(`tr[data-plan="${approved.id}"]`).getByRole('link', { name: 'Print summary' }).boundingBox();
      expect(print!.x + print!.width).toBeLessThanOrEqual(390);
      await shot(p, 'plans-390');
      await p.locator(`tr[data-plan="${approved.id}"]`).getByRole('button', { name: 'By airport / partner' }).click();
      await p.locator(`#variants-${approved.id} a`).first().waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await shot(p, 'plans-variants-390');
      await p.locator(`tr[data-plan="${approved.id}"]`).getByRole('link', { name: 'Print summary' }).click();
      await p.waitForSelector('.pr-root[data-print-ready="true"]', { timeout: 60_000 });
      // The A4 sheet is shown at the phone's width on screen (its tables scroll inside their sections).
      expect(await overflow(), 'the print page is wider than the phone').toBeLessThanOrEqual(0);
      await shot(p, 'print-390');
      await p.getByRole('link', { name: '← Back' }).click();
      await p.waitForURL(`${baseUrl}/plans`);
      await p.getByRole('button', { name: 'Sign out' }).click();
      await p.getByLabel('Username').waitFor();
      expect(w.failures).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('a liaison walks their screens (offers, an offer form, the tasking print) without any 4xx', async () => {
    const b = await launch(chromium, baseUrl);
    try {
      const w = watch(b.page);
      const p = b.page;
      await signInThroughPage(p, baseUrl, 'liaison-usaf', 'liaison-demo', w);
      await p.waitForURL(`${baseUrl}/offers`);
      await p.waitForSelector('.offers-table');
      await p.getByRole('button', { name: 'New offer' }).click();
      await p.getByRole('button', { name: 'Submit offer' }).waitFor();
      await shot(p, 'liaison-offers-1440');
      // What the approved plan asks of their aircraft, printed.
      await p.goto(`${baseUrl}/plans/${approved.id}/print`);
      await p.waitForSelector('.pr-root[data-print-ready="true"]', { timeout: 60_000 });
      // Pages that are not theirs send them home, without a request that fails.
      for (const url of ['/', '/plans']) {
        await p.goto(`${baseUrl}${url}`);
        await p.waitForURL(`${baseUrl}/offers`);
        await p.waitForSelector('.offers-table');
      }
      expect(w.failures).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
