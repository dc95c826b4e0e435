/**
 * `npm run screenshots`: every page at 1440×900 and 390×844, as a planner (and the liaison portal as a
 * liaison), on a throw-away PGlite with the demo data — the server the browser tests start, so what the
 * pictures show is what the tests check. PNGs go to screenshots/ (git-ignored; SCREENSHOTS_DIR to change);
 * `--docs` also writes the README's one picture, docs/planner-1440.jpg (JPEG: a map PNG is ~1 MB).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildClientIfNeeded, CHROMIUM, startServer } from '../test/support/browser-setup.ts';
import { apiClient, launch, signIn } from '../test/browser/browser.ts';
import { pagesToShoot, shootAll } from './screenshots/pages.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const out = path.resolve(process.env.SCREENSHOTS_DIR ?? path.join(ROOT, 'screenshots'));
mkdirSync(out, { recursive: true });
buildClientIfNeeded();
const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-shots-db-'));
const { proc, baseUrl } = await startServer(dataDir);
try {
  const planner = await launch(CHROMIUM, baseUrl);
  const liaison = await launch(CHROMIUM, baseUrl);
  const api = apiClient(planner.page, baseUrl, await signIn(planner.page, baseUrl));
  await signIn(liaison.page, baseUrl, 'liaison-raf', 'liaison-demo');
  const pages = await pagesToShoot(api);
  const written = await shootAll({ baseUrl, out, planner: planner.page, liaison: liaison.page, pages, docs: process.argv.includes('--docs') ? path.join(ROOT, 'docs') : null });
  console.log(`${written.length} screenshots in ${out}`);
  const errors = [...planner.errors, ...liaison.errors];
  if (errors.length) console.warn(`page errors:\n  ${errors.join('\n  ')}`);
  await planner.close();
  await liaison.close();
} finally {
  // Graceful first: PGlite flushes its directory on SIGTERM.
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  rmSync(dataDir, { recursive: true, force: true });
}
