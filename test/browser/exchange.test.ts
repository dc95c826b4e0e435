import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, launch, signIn, type Browser } from './browser.ts';

// The API documentation page under the app's Content-Security-Policy, and the Export links of the screens:
// every link a screen offers downloads a file of its format, for the role that sees it.

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

describe.skipIf(!!skip)('API docs and export links in Chromium', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  let b: Browser;
  beforeAll(async () => { b = await launch(chromium, baseUrl); }, 60_000);
  afterAll(async () => { await b?.close(); });

  it('renders /api/docs with no console error (CSP included)', async () => {
    const problems: string[] = [];
    b.page.on('console', (m) => { if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(m.text()); });
    await b.page.goto(`${baseUrl}/api/docs`);
    await b.page.locator('.opblock').first().waitFor({ timeout: 60_000 });
    expect(await b.page.locator('.opblock').count()).toBeGreaterThan(50);
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'api-docs.png') });
    expect([...problems, ...b.errors]).toEqual([]);
  }, 90_000);

  it('offers a planner each export of the plans list and the map, and each link downloads its format', async () => {
    await signIn(b.page, baseUrl);
    await b.page.goto(`${baseUrl}/plans`);
    const plans = b.page.getByTestId('export-csv').first();
    await plans.waitFor();
    await b.page.goto(`${baseUrl}/`);
    await b.page.getByTestId('export-geojson').first().waitFor({ timeout: 60_000 });
    const hrefs = await b.page.locator('.export-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // CSV links carry the interface's language (the header row's words); the other formats have no header to word.
    expect(hrefs).toEqual(expect.arrayContaining(['/api/assembly-areas/export.csv?lang=en', '/api/airports/export.kml']));
    expect(hrefs.some((h) => /^\/api\/scenarios\/[^/]+\/export\.geojson$/.test(h))).toBe(true);
    for (const href of hrefs) {
      const res = await b.page.request.get(`${baseUrl}${href}`);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-disposition'], href).toMatch(new RegExp(`\\.${href.split('?')[0]!.split('.').pop()}"$`));
    }
    await b.page.screenshot({ path: path.join(ARTIFACTS, 'exchange-planner.png') });
  }, 120_000);
});
