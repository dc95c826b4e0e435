import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium as playwright, type BrowserContext, type Page } from 'playwright-core';
import { ARTIFACTS, CHROMIUM_ARGS, apiClient, signIn } from './browser.ts';

// The printed summary in Japanese on a machine WITHOUT CJK fonts: Chromium runs with a fontconfig that
// sees only /usr/share/fonts/truetype (DejaVu, Liberation), not fonts-noto-cjk. Kanji/Kana, Hangul and
// Hanzi must then come from the faces the app ships; pdffonts shows which faces the PDF embeds and
// pdftotext reads the Japanese headings and the local-script place names back.

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;

describe.skipIf(!!skip)('print in Japanese with the bundled CJK faces only', () => {
  const { baseUrl: base, chromium } = env as { baseUrl: string; chromium: string };
  const dir = mkdtempSync(path.join(tmpdir(), 'neo-i18n-print-'));
  let context: BrowserContext;
  let page: Page;
  let planId: string;
  let api: ReturnType<typeof apiClient> | undefined;

  beforeAll(async () => {
    const conf = path.join(dir, 'fonts.conf');
    writeFileSync(conf, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype</dir><cachedir>${dir}/fc-cache</cachedir></fontconfig>`);
    // The fontconfig really has no CJK face: fc-list under it names none.
    expect(execFileSync('fc-list', [], { env: { ...process.env, FONTCONFIG_FILE: conf }, encoding: 'utf8' })).not.toMatch(/CJK|Noto Sans (JP|KR|TC)/);
    context = await playwright.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: chromium, args: CHROMIUM_ARGS, viewport: { width: 1200, height: 900 }, locale: 'en-US',
      env: { ...process.env, FONTCONFIG_FILE: conf },
    });
    page = context.pages()[0] ?? await context.newPage();
    api = apiClient(page, base, await signIn(page, base));
    await api.patch('/session/preferences', { language: 'ja' });
    planId = (await api.post<{ id: string }>('/scenarios/concurrent/plans?wait=true', { name: '印刷テスト i18n', timeLimitSeconds: 20 })).id;
  });
  afterAll(async () => {
    // The browser tests share one server and its accounts: give the planner back "not chosen", or the files
    // after this one (planned-on, print) would print in Japanese.
    await api?.patch('/session/preferences', { language: null });
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function pdfOf(url: string, name: string): Promise<string> {
    await page.goto(url);
    await page.waitForSelector('[data-print-ready="true"]', { timeout: 120_000 });
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(dir, name);
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(file, bytes);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(path.join(ARTIFACTS, `i18n-${name}`), bytes);
    return file;
  }

  it('the account in Japanese prints Japanese headings, with Kanji, Hangul and Hanzi from the bundled Noto Sans faces', async () => {
    const pdf = await pdfOf(`${base}/plans/${planId}/print`, 'ja.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const heading of ['国別・優先度別の合計', '空港別・時間帯別の出発便', 'パートナー別の任務', '有効なアクセス制限']) expect(text).toContain(heading);
    // The plan's own Japanese name in the bold title: the page says ready only once its face subsets loaded.
    expect(text.split('\n').slice(0, 12).join('\n'), 'the title, whole').toContain('印刷テスト i18n');
    expect(text, 'Hangul place names').toMatch(/[\uac00-\ud7a3]{2}/);
    expect(text, 'Traditional Hanzi place names (臺北, 臺中 …) or Taiwanese names').toMatch(/臺|高雄|桃園|花蓮|金門|澎湖/);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansJP/);
    expect(fonts).toMatch(/NotoSansKR/);
    // Taiwan's Hanzi (臺北, 高雄) are drawn from Noto Sans JP, which covers them; Noto Sans TC is shipped for
    // the ones it lacks but is not needed by this plan's names (see the i18n report).
    expect(fonts).toMatch(/NotoSans(JP|TC)/);
    expect(fonts, 'no system CJK face').not.toMatch(/CJK/);
  });

  it('?lang=en prints the same plan in English, whatever the screen\'s language; ?lang=ja back in Japanese', async () => {
    const en = execFileSync('pdftotext', ['-layout', await pdfOf(`${base}/plans/${planId}/print?lang=en`, 'en.pdf'), '-'], { encoding: 'utf8' });
    expect(en).toContain('Priority 1 out / all');
    expect(en).not.toContain('国別・優先度別の合計');
    await page.goto(`${base}/plans/${planId}/print?lang=ja`);
    await page.waitForSelector('[data-print-ready="true"]', { timeout: 120_000 });
    expect(await page.textContent('#pr-totals')).toBe('国別・優先度別の合計');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
  });
});
