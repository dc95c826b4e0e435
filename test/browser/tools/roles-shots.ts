/**
 * Developer tool: screenshots, at 1440 × 900 and 390 × 844, of the pages each role works from — the
 * reader's plans list and a print page, the planner's airport and area editors with their record
 * forms — on a running app with the demo data.
 *   node --import tsx test/browser/tools/roles-shots.ts http://127.0.0.1:3991 /tmp/shots
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../browser.ts';

const [base = 'http://127.0.0.1:3991', out = '/tmp/shots'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const SIZES = [{ width: 1440, height: 900 }, { width: 390, height: 844 }];

async function open(user: string, password: string, viewport: { width: number; height: number }) {
  const ctx = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'neo-chrome-')), { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  page.on('response', (r) => { if (r.status() >= 400) console.log(`[${r.status()}]`, r.request().method(), r.url()); });
  const res = await page.request.post(`${base}/api/session`, { data: { username: user, password } });
  if (!res.ok()) throw new Error(`sign-in ${user}: ${res.status()}`);
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  return { page, csrf, close: () => ctx.close() };
}
const snap = (p: Page, name: string, w: number) => p.screenshot({ path: `${out}/${name}-${w}.png` });

const setup = await open('planner', 'planner-demo', SIZES[0]!);
const plan = await (await setup.page.request.post(`${base}/api/scenarios/korea/plans?wait=true`, { data: { name: 'Shots plan', timeLimitSeconds: 20 }, headers: { 'x-csrf-token': setup.csrf } })).json() as { id: string };
await setup.close();

for (const size of SIZES) {
  const reader = await open('reader', 'reader-demo', size);
  await reader.page.goto(`${base}/plans`);
  await reader.page.waitForSelector('.plans-table');
  await snap(reader.page, 'reader-plans', size.width);
  await reader.page.goto(`${base}/plans/${plan.id}/print`);
  await reader.page.waitForSelector('.pr-root[data-print-ready="true"]', { timeout: 90_000 });
  await snap(reader.page, 'reader-print', size.width);
  await reader.close();

  const planner = await open('planner', 'planner-demo', size);
  const p = planner.page;
  await p.goto(`${base}/?scenario=korea&plan=${plan.id}`);
  await p.waitForSelector('.map-wrap[data-map-idle="true"]', { timeout: 90_000, state: 'attached' });
  await p.locator('.timeline-label', { hasText: 'ICN' }).click();
  await p.locator('.registry-details summary').click();
  await p.locator('.registry-details').getByLabel('Departures per hour').waitFor();
  await p.locator('.registry-details').scrollIntoViewIfNeeded();
  await snap(p, 'planner-airport-record', size.width);
  await p.goto(`${base}/plans`);
  await p.waitForSelector('.plans-table');
  await snap(p, 'planner-plans', size.width);
  await planner.close();
}
console.log(`screenshots in ${out}`);
