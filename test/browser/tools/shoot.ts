/**
 * Developer tool: signs in and screenshots pages of a running app.
 *   node --import tsx test/browser/tools/shoot.ts http://localhost:3999 '/' out.png [user] [password] [wait-selector]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [base = 'http://localhost:3999', route = '/', out = '/tmp/shot.png', user = 'planner', pass = 'planner-demo', waitFor = '[data-map-idle="true"]'] = process.argv.slice(2);
const browser = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'neo-chrome-')), {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
  viewport: { width: 1440, height: 900 },
});
const page = browser.pages()[0] ?? await browser.newPage();
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`[console.${m.type()}]`, m.text()); });
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
page.on('requestfailed', (r) => console.log('[requestfailed]', r.url(), r.failure()?.errorText));
if (user !== '-') {
  const res = await page.request.post(`${base}/api/session`, { data: { username: user, password: pass } });
  if (!res.ok()) throw new Error(`sign-in: ${res.status()} ${await res.text()}`);
}
const t0 = Date.now();
await page.goto(`${base}${route}`);
if (waitFor !== '-') await page.waitForSelector(waitFor, { timeout: 30_000 }).catch((e) => console.log('[wait]', e.message.split('\n')[0]));
console.log(`ready after ${Date.now() - t0} ms`);
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
