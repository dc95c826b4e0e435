/**
 * Developer tool: screenshots of the lift-offer pages of a running app (liaison form with field errors,
 * a version conflict, the planners' inbox and decision dialog, an offer's history).
 *   node --import tsx test/browser/tools/offers-shots.ts http://127.0.0.1:3997 /tmp/shots
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../browser.ts';

const [base = 'http://127.0.0.1:3997', out = '/tmp/shots'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

async function open(user: string, password: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const ctx = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'neo-chrome-')), {
    executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1440, height: 1000 },
  });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('[console.error]', m.text()); });
  const res = await page.request.post(`${base}/api/session`, { data: { username: user, password } });
  if (!res.ok()) throw new Error(`sign-in ${user}: ${res.status()}`);
  return { page, close: () => ctx.close() };
}

const liaison = await open('liaison-raf', 'liaison-demo');
const p = liaison.page;
await p.goto(`${base}/offers`);
await p.getByRole('button', { name: 'New offer' }).click();
await p.getByLabel('Seats per sortie').fill('0');
await p.getByRole('button', { name: 'Submit offer' }).click();
await p.screenshot({ path: `${out}/1-form-errors.png`, fullPage: true });

await p.getByLabel('Aircraft type', { exact: true }).selectOption({ label: 'Airbus A400M Atlas (RAF Atlas C1; Luftwaffe; French AF) — 116 seats' });
await p.getByLabel('Time zone').first().selectOption('Asia/Seoul');
await p.getByLabel('Available from (Asia/Seoul)').fill('2027-04-03T09:00');
await p.getByLabel('Available to (Asia/Seoul)').fill('2027-04-06T21:00');
await p.getByLabel('Search airports').fill('Gimhae');
await p.locator('.airport-list input[type=checkbox]').first().check();
await p.getByLabel('Destination (safe haven)').selectOption({ label: 'FUK — Fukuoka Airport' });
await p.screenshot({ path: `${out}/2-form-filled.png`, fullPage: true });
await p.getByRole('button', { name: 'Submit offer' }).click();
await p.waitForSelector('.alert-ok');
await p.screenshot({ path: `${out}/3-submitted.png`, fullPage: true });

// Edit, while "someone else" saves the same offer first → 409.
await p.getByRole('row', { name: /Airbus A400M Atlas.*SUBMITTED|SUBMITTED.*Airbus A400M/i }).first().getByRole('button', { name: 'Edit' }).click().catch(async () => {
  await p.locator('tr', { hasText: 'Submitted' }).filter({ hasText: 'A400M' }).getByRole('button', { name: 'Edit' }).click();
});
const offers = await (await p.request.get(`${base}/api/lift-offers?status=submitted`)).json() as { id: string; version: number; aircraftType: string }[];
const mine = offers.find((o) => o.aircraftType.startsWith('Airbus A400M'))!;
const csrf = (await (await p.request.get(`${base}/api/session`)).json() as { csrfToken: string }).csrfToken;
await p.request.patch(`${base}/api/lift-offers/${mine.id}`, { data: { version: mine.version, sorties: 6 }, headers: { 'x-csrf-token': csrf } });
await p.getByLabel('Sorties in all').fill('8');
await p.getByRole('button', { name: 'Save changes' }).click();
await p.waitForSelector('text=Someone else changed this offer');
await p.screenshot({ path: `${out}/4-conflict.png`, fullPage: true });
await liaison.close();

const planner = await open('planner', 'planner-demo');
const q = planner.page;
await q.goto(`${base}/offers`);
await q.waitForSelector('.offers-table');
await q.screenshot({ path: `${out}/5-inbox.png`, fullPage: true });
await q.locator('tr', { hasText: mine.aircraftType }).filter({ hasText: 'Royal Air Force' }).first().getByRole('button', { name: 'Accept…' }).click();
await q.getByLabel(/Note to the liaison/).fill('Accepted for the Korea plan; slots at PUS confirmed.');
await q.screenshot({ path: `${out}/6-decision.png` });
await q.getByRole('dialog').getByRole('button', { name: 'Accept' }).click();
await q.waitForSelector('.alert-ok');
await q.goto(`${base}/history/lift_offer/${mine.id}`);
await q.waitForSelector('.history-event');
await q.screenshot({ path: `${out}/7-history.png`, fullPage: true });
await planner.close();
console.log('done');
