import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PlanSummary } from '../../shared/schemas/summary.ts';
import { ARTIFACTS, apiClient, launch, signIn, type Browser } from './browser.ts';

// Prints a demo plan's summary to PDF with real Chromium and reads the paper back with poppler:
// pdftoppm for pixels (the map must not be blank), pdftotext for words (totals, an airport's
// departures, the DRAFT mark, page numbers). The server, the built client and Chromium come from
// the browser project's globalSetup (test/support/browser-setup.ts). The PDFs are kept in
// test-results/browser for a human look (pdftoppm -png them).

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

/** Words of one PDF page with their boxes (points), from pdftotext -bbox. */
function words(pdf: string, pageNo: number): { text: string; x0: number; y0: number; x1: number; y1: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(pageNo), '-l', String(pageNo), pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! }));
}

/** Luminance statistics of a page region rendered by pdftoppm (binary PPM, no image library needed). */
function regionStats(pdf: string, pageNo: number, box: { x: number; y: number; w: number; h: number }, dpi = 60) {
  const k = dpi / 72;
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(pageNo), '-l', String(pageNo),
    '-x', String(Math.round(box.x * k)), '-y', String(Math.round(box.y * k)), '-W', String(Math.round(box.w * k)), '-H', String(Math.round(box.h * k)), pdf]);
  const header = ppm.subarray(0, 32).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error('pdftoppm did not write a binary PPM');
  const pixels = ppm.subarray(header[0].length);
  const n = pixels.length / 3;
  let sum = 0;
  let sq = 0;
  const colours = new Set<number>();
  for (let i = 0; i < pixels.length; i += 3) {
    const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
    const y = 0.299 * r + 0.587 * g + 0.114 * b;
    sum += y;
    sq += y * y;
    colours.add((r >> 3) << 10 | (g >> 3) << 5 | (b >> 3));
  }
  const mean = sum / n;
  return { pixels: n, stddev: Math.sqrt(Math.max(0, sq / n - mean * mean)), colours: colours.size };
}

const pageCount = (pdf: string) => Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);
const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

async function printToPdf(page: Page, url: string, file: string) {
  await page.goto(url);
  await page.waitForSelector('[data-print-ready="true"]', { timeout: 90_000 });
  expect(await page.getAttribute('.pr-map', 'data-map-ready')).toBe('true');
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(file, bytes);
  writeFileSync(path.join(ARTIFACTS, `print-${path.basename(file)}`), bytes);
}

describe.skipIf(!!skip)('printed plan summary (Chromium → PDF → poppler)', () => {
  const { baseUrl: base, chromium } = env as { baseUrl: string; chromium: string };
  const dir = mkdtempSync(path.join(tmpdir(), 'neo-print-test-'));
  let b: Browser;
  let page: Page;
  let planId: string;
  let summary: PlanSummary;

  beforeAll(async () => {
    b = await launch(chromium, base, { width: 1200, height: 900 });
    page = b.page;
    const api = apiClient(page, base, await signIn(page, base));
    planId = (await api.post<{ id: string }>('/scenarios/korea/plans?wait=true', { name: 'Print test plan', timeLimitSeconds: 20 })).id;
    summary = await api.get<PlanSummary>(`/plans/${planId}/summary`);
  });
  afterAll(async () => {
    await b?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the full summary on A4 pages: a drawn map, the totals, ICN\'s departures, DRAFT and page numbers', async () => {
    const pdf = path.join(dir, 'full.pdf');
    await printToPdf(page, `${base}/plans/${planId}/print`, pdf);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(2);

    // A4 portrait: 595 × 842 pt.
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [, pw, ph] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/)!;
    expect(Math.abs(Number(pw) - 595.3)).toBeLessThan(1.5);
    expect(Math.abs(Number(ph) - 841.9)).toBeLessThan(1.5);

    // The map lies between its heading and its legend on page 1 (it comes right under the header, whose
    // notices are compact); it must hold a picture, not a blank box.
    const mapPage = 1;
    const w = words(pdf, mapPage);
    const heading = w.find((x) => x.text === 'MAP');
    const legend = w.find((x) => x.text === 'Assembly' && heading && x.y0 > heading.y1);
    expect(heading, 'map heading on page 1').toBeDefined();
    expect(legend, 'map legend on the map page').toBeDefined();
    // Inset from the heading's rule and the box's border, so a blank box reads as one flat colour.
    const top = heading!.y1 + 16;
    const bottom = legend!.y0 - 12;
    // the box is 126 mm ≈ 357 pt tall; shorter means Chromium scaled the page to fit something wider than the column
    expect(bottom - top, 'map box shorter than 126 mm: the printed pages were scaled down').toBeGreaterThan(300);
    const map = regionStats(pdf, mapPage, { x: 46, y: top, w: 503, h: bottom - top });
    expect(map.stddev, 'the map region is one flat colour: the canvas printed blank').toBeGreaterThan(12);
    expect(map.colours).toBeGreaterThan(40);

    const all = text(pdf);
    const fmt = (n: number) => n.toLocaleString('en-US');
    const t = summary.totals.all;
    // Totals by country: evacuees, planned out, left behind.
    expect(all).toContain('TOTALS BY COUNTRY AND PRIORITY');
    expect(all).toMatch(new RegExp(`South\\s+Korea \\(KR\\)|South Korea \\(KR\\)`));
    for (const n of [t.evacuees!, t.out, t.left!]) expect(all).toContain(fmt(n));
    // A known airport's departures: ICN's heading and its figures.
    const icn = summary.departures!.find((d) => d.airportId === 'RKSI');
    expect(icn, 'the demo plan flies from Incheon').toBeDefined();
    expect(all).toContain('ICN — Incheon International Airport');
    expect(all).toContain(`${fmt(icn!.sorties)} sorties · ${fmt(icn!.passengers)} passengers`);
    // The DRAFT mark (header stamp, note and every page's margin), and page numbers on every page.
    expect(all).toContain('DRAFT');
    expect(all).toContain('DRAFT — NOT APPROVED');
    for (let p = 1; p <= pages; p++) expect(all).toContain(`Page ${p} of ${pages}`);
    // The other sections are there too.
    for (const h of ['DEPARTURES BY AIRPORT AND HOUR', 'TASKING PER PARTNER', 'CALL-FORWARD PER ASSEMBLY AREA', 'PEOPLE LEFT BEHIND AND WHY', 'ACCESS RESTRICTIONS IN FORCE']) {
      expect(all).toContain(h);
    }
    expect(all).toMatch(/landing\s+rights\s+to\s+SDF/);
    // No catalogue key printed in place of its text (the restriction's aircraft category once read 'tasking.category.sdf').
    expect(all).not.toMatch(/\b(tasking|restrictions|legend)\.[a-zA-Z_.]+/);
    expect(b.errors).toEqual([]);
    expect(b.foreignRequests).toEqual([]);
  });

  it('prints one airport\'s departures from the same page (?airport=ICN)', async () => {
    const pdf = path.join(dir, 'icn.pdf');
    await printToPdf(page, `${base}/plans/${planId}/print?airport=ICN`, pdf);
    const all = text(pdf);
    expect(all).toContain('Departures from ICN — Incheon International Airport');
    expect(all).toContain('ICN — Incheon International Airport');
    const others = summary.departures!.filter((d) => d.airportId !== 'RKSI');
    for (const o of others) expect(all).not.toContain(`${o.label} — ${o.name}`);
    expect(all).not.toContain('PEOPLE LEFT BEHIND AND WHY');
    expect(all).toContain('DRAFT');
    // The screen toolbar stays off the paper; its Print button opens the browser's print dialog.
    expect(all).not.toContain('Download CSV');
    await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; };');
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    expect(await page.evaluate('window.__printed')).toBe(1);
  });
});
