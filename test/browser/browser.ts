import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Flags for Debian's Chromium in a container: software WebGL (SwiftShader), nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader',
];

export const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-results/browser');

export interface Browser { context: BrowserContext; page: Page; errors: string[]; foreignRequests: string[]; close: () => Promise<void> }

/** A fresh profile (its own --user-data-dir) per launch; records page errors and any request off the machine. */
export async function launch(executablePath: string, baseUrl: string, viewport = { width: 1440, height: 900 }): Promise<Browser> {
  const dir = mkdtempSync(path.join(tmpdir(), 'neo-chrome-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath, args: CHROMIUM_ARGS, viewport });
  const page = context.pages()[0] ?? await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context, page, errors, foreignRequests,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs the browser's context in through the API (cookie set for the page) and returns the CSRF token. */
export async function signIn(page: Page, baseUrl: string, username = 'planner', password = 'planner-demo'): Promise<string> {
  const res = await page.request.post(`${baseUrl}/api/session`, { data: { username, password } });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

/** JSON API calls made with the page's session (as "someone else" in the same crisis cell). */
export function apiClient(page: Page, baseUrl: string, csrf: string) {
  const call = async <T>(method: string, url: string, data?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const res = await page.request.fetch(`${baseUrl}/api${url}`, { method, data, headers: { 'x-csrf-token': csrf, ...headers } });
    if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
    return (res.status() === 204 ? undefined : await res.json()) as T;
  };
  return {
    get: <T>(url: string) => call<T>('GET', url),
    post: <T>(url: string, data: unknown = {}) => call<T>('POST', url, data),
    put: <T>(url: string, data: unknown, headers?: Record<string, string>) => call<T>('PUT', url, data, headers),
    patch: <T>(url: string, data: unknown) => call<T>('PATCH', url, data),
  };
}

/** Waits for the page's first map `idle` with the scenario and plan drawn. */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('.map-wrap[data-map-idle="true"]', { timeout });
}

/** Screen position (page pixels) of a longitude/latitude on the planner's map. */
export async function mapPoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(([lo, la]) => {
    const map = (window as unknown as { __neoMap: { project: (p: [number, number]) => { x: number; y: number }; getCanvas: () => HTMLCanvasElement } }).__neoMap;
    const p = map.project([lo!, la!]);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, [lon, lat]);
}

/** Waits until the map has finished drawing the latest change. */
export async function mapSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = (window as unknown as { __neoMap: { loaded: () => boolean; once: (e: string, f: () => void) => void; triggerRepaint: () => void } }).__neoMap;
    map.once('idle', () => resolve());
    map.triggerRepaint();
  }));
}

/**
 * How much is drawn on the map canvas: the number of distinct colours (sampled) and the share of
 * pixels that are not the background. A blank or failed WebGL canvas has one colour.
 */
export async function canvasStats(page: Page): Promise<{ colours: number; nonBackground: number; width: number; height: number }> {
  // The planner's canvas does not preserve its drawing buffer: read it in the task that drew it.
  return page.evaluate(`new Promise((resolve) => {
    const map = window.__neoMap;
    map.once('render', () => {
      const src = map.getCanvas();
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(src, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const counts = new Map();
      for (let i = 0; i < data.length; i += 4 * 7) {
        const key = (data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3];
        counts.set(key, (counts.get(key) || 0) + 1);
      }
      let total = 0, top = 0;
      for (const v of counts.values()) { total += v; top = Math.max(top, v); }
      resolve({ colours: counts.size, nonBackground: 1 - top / total, width: c.width, height: c.height });
    });
    map.triggerRepaint();
  })`);
}
