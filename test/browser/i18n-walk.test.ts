import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, apiClient, launch, signIn, type Browser } from './browser.ts';

// Issue 14, "done when": a planner in Japanese walks every page and no English UI string shows; a liaison in
// English sees no Japanese one. "UI string" = a catalogue value that differs between the languages (data —
// scenario, partner and place names — is not in the catalogues). Text marked lang="en" (the server's own
// English detail) is left out on purpose. Screenshots at 1440×900 and 390×844 show the Japanese layout.

const env = inject('browserEnv');
const skip = 'skip' in env ? env.skip : null;
const LOCALES = path.resolve(import.meta.dirname, '../../client/src/i18n/locales');

type Tree = { [k: string]: string | Tree };
const flat = (t: Tree, out = new Map<string, string>(), prefix = ''): Map<string, string> => {
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else flat(v, out, `${prefix}${k}.`);
  }
  return out;
};
const catalogue = (lang: string) => new Map(readdirSync(path.join(LOCALES, lang)).flatMap((f) =>
  [...flat(JSON.parse(readFileSync(path.join(LOCALES, lang, f), 'utf8')) as Tree)].map(([k, v]) => [`${f}:${k}`, v] as const)));

/** The pieces of a language's strings that would give it away: literal runs between placeholders and tags. */
function telltales(mine: Map<string, string>, other: Map<string, string>, min: number): string[] {
  const out = new Set<string>();
  for (const [k, v] of mine) {
    const o = other.get(k) ?? other.get(k.replace(/_(one|other)$/, '_other'));
    // The language switch names each language in itself (English, 日本語) on purpose.
    if (o === undefined || o === v || k === 'common.json:languageName') continue;
    for (const piece of v.split(/\{\{[^}]*\}\}|<\/?\w+\s*\/?>/)) {
      const p = piece.trim();
      // English: several words or one long one; Japanese: a few characters are already a phrase.
      if (p.length >= min && /[\p{L}]{2}/u.test(p)) out.add(p);
    }
  }
  return [...out];
}

/** The page's text, without what is marked as English on purpose (lang="en": the server's own detail). */
const pageText = (page: Page) => page.evaluate(() => {
  const clone = document.body.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[lang="en"], script, style, noscript').forEach((e) => e.remove());
  return [clone.textContent ?? '', ...[...clone.querySelectorAll('[title],[aria-label],[placeholder],[alt]')]
    .flatMap((e) => ['title', 'aria-label', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''))].join('\n');
});

describe.skipIf(!!skip)('every page in the user\'s language', () => {
  const { baseUrl, chromium } = env as { baseUrl: string; chromium: string };
  const en = catalogue('en');
  const ja = catalogue('ja');
  // English words that may also be data or codes on a page in Japanese (a partner named "Air", a CSV link label).
  const english = telltales(en, ja, 14);
  const japanese = telltales(ja, en, 3);
  let planner: Browser;
  let liaison: Browser;
  let api: ReturnType<typeof apiClient> | undefined;
  let planId = '';
  let offerId = '';

  beforeAll(async () => {
    planner = await launch(chromium, baseUrl);
    liaison = await launch(chromium, baseUrl);
    api = apiClient(planner.page, baseUrl, await signIn(planner.page, baseUrl));
    await api.patch('/session/preferences', { language: 'ja' });
    planId = (await api.post<{ id: string }>('/scenarios/korea/plans?wait=true', { name: '言語テスト', timeLimitSeconds: 20 })).id;
    offerId = (await api.get<{ id: string }[]>('/lift-offers'))[0]!.id;
    await signIn(liaison.page, baseUrl, 'liaison-raf', 'liaison-demo');
  });
  afterAll(async () => {
    // One server and its accounts for every browser file: give the planner back "not chosen".
    await api?.patch('/session/preferences', { language: null });
    await planner?.close();
    await liaison?.close();
  });

  const leaks = (text: string, words: string[]) => words.filter((w) => text.includes(w));
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `i18n-${name}.png`) });

  const plannerPages: [string, () => string, string][] = [
    ['planner', () => `/?scenario=korea&plan=${planId}`, '[data-testid="people-out"]'],
    ['plans', () => '/plans', '.plans-table'],
    ['offers', () => '/offers', '.offers-table'],
    ['operations', () => '/operations', 'main h1'],
    ['accounts', () => '/accounts', '.accounts-table'],
    ['import', () => '/import', '.import-form'],
    ['history', () => `/history/lift_offer/${encodeURIComponent(offerId)}`, '.history-event, .empty'],
    ['print', () => `/plans/${planId}/print`, '[data-print-ready="true"]'],
  ];
  for (const [name, url, ready] of plannerPages) {
    it(`planner in Japanese: ${name} shows no English UI string`, async () => {
      const p = planner.page;
      await p.goto(`${baseUrl}${url()}`);
      await p.waitForSelector(ready, { timeout: 90_000 });
      await expect.poll(() => p.evaluate(() => document.documentElement.lang)).toBe('ja');
      const text = await pageText(p);
      expect(leaks(text, english), `${name}: English on a Japanese page`).toEqual([]);
      if (['planner', 'plans', 'offers', 'operations'].includes(name)) await shot(p, `ja-${name}-1440`);
    });
  }

  it('planner in Japanese: the other panel tabs too (edit, hazard zones, policy, what-if)', async () => {
    const p = planner.page;
    await p.goto(`${baseUrl}/?scenario=korea&plan=${planId}`);
    await p.waitForSelector('[data-testid="people-out"]', { timeout: 90_000 });
    for (const tab of ['編集', '危険区域', '方針', 'もしも']) {
      await p.getByRole('tab', { name: tab }).click();
      await p.waitForTimeout(300);
      expect(leaks(await pageText(p), english), `tab ${tab}`).toEqual([]);
    }
  });

  it('on a phone (390 × 844) the Japanese pages fit the width', async () => {
    const p = planner.page;
    await p.setViewportSize({ width: 390, height: 844 });
    try {
      for (const [name, url, ready] of plannerPages.filter(([n]) => ['planner', 'plans', 'offers', 'accounts'].includes(n))) {
        await p.goto(`${baseUrl}${url()}`);
        await p.waitForSelector(ready, { state: 'attached', timeout: 90_000 });
        await p.waitForTimeout(300);
        await shot(p, `ja-${name}-390`);
        const over = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(over, `${name} overflows by ${over} px`).toBeLessThanOrEqual(1);
      }
    } finally {
      await p.setViewportSize({ width: 1440, height: 900 });
    }
  });

  for (const [name, url, ready] of [['offers', '/offers', '.offers-table'], ['operations', '/operations', 'main h1']] as const) {
    it(`liaison in English: ${name} shows no Japanese UI string`, async () => {
      const p = liaison.page;
      await p.goto(`${baseUrl}${url}`);
      await p.waitForSelector(ready, { timeout: 60_000 });
      await expect.poll(() => p.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(leaks(await pageText(p), japanese), `${name}: Japanese on an English page`).toEqual([]);
    });
  }
});
