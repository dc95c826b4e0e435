/** Developer tool: load timings (resource and performance marks) of the planner page on a running app at :3999. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
const base = 'http://localhost:3999';
const browser = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'neo-chrome-')), {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
  viewport: { width: Number(process.env.W ?? 1440), height: 900 },
});
const page = browser.pages()[0]!;
await page.request.post(`${base}/api/session`, { data: { username: 'planner', password: 'planner-demo' } });
const t0 = Date.now();
await page.goto(`${base}${process.env.ROUTE ?? '/'}`);
await page.waitForSelector('[data-map-idle="true"]', { timeout: 60000 });
console.log('wall', Date.now() - t0);
const entries = await page.evaluate(() => performance.getEntries().map((e) => [e.entryType, e.name.replace(location.origin, ''), Math.round(e.startTime), Math.round(e.duration)]));
for (const e of entries) if (e[0] !== 'paint') console.log(e.join('  '));
await browser.close();
