/**
 * Developer tool: screenshots of the derived operator category and the seat cap in the liaison form, and of
 * the "type not in catalogue" flag in the planners' inbox, at desktop and phone sizes, of a running app.
 *   node --import tsx test/browser/tools/offer-facts-shots.ts http://127.0.0.1:3997 /tmp/shots
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../browser.ts';

const [base = 'http://127.0.0.1:3997', out = '/tmp/shots'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

async function open(user: string, password: string, viewport: { width: number; height: number }) {
  const ctx = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'neo-chrome-')), { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  const res = await page.request.post(`${base}/api/session`, { data: { username: user, password } });
  if (!res.ok()) throw new Error(`sign-in ${user}: ${res.status()}`);
  return { page, close: () => ctx.close() };
}
const shot = (p: Page, name: string) => p.screenshot({ path: `${out}/${name}.png`, fullPage: true });

for (const [size, viewport] of [['1440', { width: 1440, height: 900 }], ['390', { width: 390, height: 844 }]] as const) {
  const liaison = await open('liaison-raf', 'liaison-demo', viewport);
  const p = liaison.page;
  await p.goto(`${base}/offers`);
  await p.getByRole('button', { name: 'New offer' }).click();
  await shot(p, `${size}-1-form-empty`);
  await p.getByLabel('Aircraft type', { exact: true }).selectOption({ label: 'Boeing C-17A Globemaster III (RAF; RAAF) — 102 seats' });
  await p.getByLabel('Seats per sortie').fill('400');
  await p.locator('#offer-seatsPerSortie').scrollIntoViewIfNeeded();
  await shot(p, `${size}-2-form-seats-over`);
  await p.getByLabel('Aircraft type', { exact: true }).selectOption({ label: 'Other type (not in the catalogue)…' });
  await p.getByLabel('Other aircraft type').fill(`Airbus A330 Voyager KC2 ${size}`);
  await p.getByLabel('Seats per sortie').fill('291');
  await p.getByLabel('Available from (UTC)').fill('2027-04-02T00:00');
  await p.getByLabel('Available to (UTC)').fill('2027-04-06T00:00');
  await p.getByLabel('Search airports').fill('Gimhae');
  await p.locator('.airport-list input[type=checkbox]').first().check();
  await p.getByLabel('Destination (safe haven)').selectOption({ label: 'FUK — Fukuoka Airport' });
  await p.locator('#offer-category').scrollIntoViewIfNeeded();
  await shot(p, `${size}-3-form-other-type`);
  await p.getByRole('button', { name: 'Submit offer' }).click();
  await p.waitForSelector('.alert-ok');
  await shot(p, `${size}-4-submitted`);
  await liaison.close();

  const planner = await open('planner', 'planner-demo', viewport);
  await planner.page.goto(`${base}/offers`);
  await planner.page.waitForSelector('.offer-flag');
  await shot(planner.page, `${size}-5-inbox`);
  await planner.close();
}
console.log('done');
