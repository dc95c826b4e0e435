/**
 * Developer tool: an approved plan whose inputs then change, as the planner panel and the print page
 * show it (1440×900, 390×844, and the PDF) — screenshots for a human look.
 *   node --import tsx test/browser/tools/planned-on-shots.ts http://127.0.0.1:3977 /tmp/shots
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { apiClient, launch, signIn } from '../browser.ts';

const [base = 'http://127.0.0.1:3977', out = '/tmp/planned-on-shots'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const b = await launch('/usr/bin/chromium', base);
const { page } = b;
try {
  const api = apiClient(page, base, await signIn(page, base));
  const scenarioId = (await api.post<{ id: string }>('/scenarios/korea/duplicate', { name: 'Korea — stale plan check' })).id;
  const plan = await api.post<{ id: string; sorties: { originAirportId: string }[] }>(`/scenarios/${scenarioId}/plans?wait=true`, { name: 'Approved before the rule', timeLimitSeconds: 20 });
  await api.post(`/plans/${plan.id}/approve`, {});
  const airport = plan.sorties[0]!.originAirportId;
  for (const category of ['civil', 'foreign_military']) {
    await api.post(`/scenarios/${scenarioId}/access-rules`, { scope: 'airport', scopeId: airport, category, effect: 'deny', reason: 'runway damaged' });
  }
  for (const [w, h] of [[1440, 900], [390, 844]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(`${base}/?scenario=${scenarioId}&plan=${plan.id}`);
    await page.getByTestId('planned-on').waitFor({ timeout: 90_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(out, `panel-${w}x${h}.png`) });
    await page.goto(`${base}/plans/${plan.id}/print`);
    await page.waitForSelector('[data-print-ready="true"]', { timeout: 90_000 });
    await page.screenshot({ path: path.join(out, `print-${w}x${h}.png`) });
  }
  const pdf = path.join(out, 'print.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, path.join(out, 'print-pdf')]);
  console.log(`plan ${plan.id} in ${scenarioId}: shots in ${out}`);
} finally {
  await b.close();
}
