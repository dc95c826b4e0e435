import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, apiClient, launch, signIn, type Browser } from './browser.ts';

// An approved plan whose inputs change after approval says so on the planner panel and on the
// printed summary (screen and PDF). Its own copy of the Korean scenario: a rule added there changes
// no other test's plans on the shared server.

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

describe.skipIf(!!skip)('a plan planned on other data (planner panel, print page, PDF)', () => {
  const { baseUrl: base, chromium } = env as { baseUrl: string; chromium: string };
  let b: Browser;
  let page: Page;
  let planId = '';
  let scenarioId = '';

  beforeAll(async () => {
    b = await launch(chromium, base);
    page = b.page;
    const api = apiClient(page, base, await signIn(page, base));
    scenarioId = (await api.post<{ id: string }>('/scenarios/korea/duplicate', { name: 'Korea — stale plan check' })).id;
    const plan = await api.post<{ id: string; version: number; sorties: { originAirportId: string }[] }>(`/scenarios/${scenarioId}/plans?wait=true`, { name: 'Approved before the rule', timeLimitSeconds: 20 });
    planId = plan.id;
    await api.post(`/plans/${planId}/approve`, {});
    const busiest = plan.sorties.map((s) => s.originAirportId).sort().find((id, _i, all) => all.filter((x) => x === id).length > 1) ?? plan.sorties[0]!.originAirportId;
    for (const category of ['civil', 'foreign_military']) {
      await api.post(`/scenarios/${scenarioId}/access-rules`, { scope: 'airport', scopeId: busiest, category, effect: 'deny', reason: 'runway damaged (test)' });
    }
  });
  afterAll(async () => { await b?.close(); });

  it('shows the banner on the planner panel at 1440×900 and 390×844', async () => {
    for (const [w, h] of [[1440, 900], [390, 844]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`${base}/?scenario=${scenarioId}&plan=${planId}`);
      const banner = page.getByTestId('planned-on');
      await banner.waitFor({ timeout: 60_000 });
      expect(await banner.textContent()).toMatch(/Planned on other data: the changes break this approved plan .*rule added: civil denied at/);
      await page.screenshot({ path: path.join(ARTIFACTS, `planned-on-panel-${w}x${h}.png`) });
    }
  });

  it('prints the notice on the summary and in the PDF', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${base}/plans/${planId}/print`);
    await page.waitForSelector('[data-print-ready="true"]', { timeout: 90_000 });
    expect(await page.getByTestId('planned-on').textContent()).toContain('breaks');
    await page.screenshot({ path: path.join(ARTIFACTS, 'planned-on-print-1440x900.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'planned-on-print-390x844.png') });
    const pdf = path.join(ARTIFACTS, 'planned-on-print.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Planned on other data/);
    expect(text).toMatch(/APPROVED/);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, path.join(ARTIFACTS, 'planned-on-print-pdf')]);
  });
});
