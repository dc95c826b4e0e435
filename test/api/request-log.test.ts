import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstPlanner, killAll, startServer, type ServerProcess } from '../support/processes.ts';

/**
 * Request logs of a real server process, counted line by line: a page load, API calls and an error are
 * logged once each; static assets and health probes are not, unless LOG_LEVEL=debug.
 */
const dist = mkdtempSync(path.join(tmpdir(), 'neo-dist-'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>NEO</title>');
mkdirSync(path.join(dist, 'assets'));
for (const f of ['app.js', 'vendor.js', 'style.css', 'map.png']) writeFileSync(path.join(dist, 'assets', f), `/* ${f} */`);

afterAll(killAll);

async function session(level: string): Promise<{ server: ServerProcess; requests: () => Record<string, unknown>[] }> {
  const server = await startServer({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'neo-log-')), DATABASE_URL: '', LOG_LEVEL: level, CLIENT_DIST: dist });
  const headers = await firstPlanner(server.base); // 1 API line
  expect((await fetch(`${server.base}/`)).status).toBe(200); // 1 page line
  for (let i = 0; i < 5; i++) {
    for (const f of ['app.js', 'vendor.js', 'style.css', 'map.png']) expect((await fetch(`${server.base}/assets/${f}`)).status).toBe(200);
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
  }
  expect((await fetch(`${server.base}/api/partners`, { headers })).status).toBe(200); // 1 API line
  expect((await fetch(`${server.base}/api/partners/nope`, { headers })).status).toBe(404); // 1 API line
  await new Promise((r) => setTimeout(r, 200)); // let the last lines reach the pipe
  return { server, requests: () => server.logLines().filter((l) => l.msg === 'request') };
}

describe('request logs', () => {
  it('at the default level: one line per API call or page, none per asset or health probe', async () => {
    const { server, requests } = await session('info');
    const lines = requests();
    expect(lines.map((l) => `${String(l.method)} ${String(l.url)} ${String(l.status)}`)).toEqual([
      'POST /api/setup 201', 'GET / 200', 'GET /api/partners 200', 'GET /api/partners/nope 404',
    ]);
    // Structured: level, time, request id, route, status, duration, user.
    expect(lines[2]).toMatchObject({ level: 30, route: '/api/partners', status: 200, user: 'chief' });
    expect(typeof lines[2]!.ms).toBe('number');
    expect(typeof lines[2]!.reqId).toBe('string');
    // Nothing else per request: Fastify's own "incoming request"/"request completed" pair is off.
    expect(server.logLines().filter((l) => /incoming request|request completed/.test(String(l.msg)))).toEqual([]);
    expect((await server.stop()).code).toBe(0);
  }, 180_000);

  it('LOG_LEVEL=debug includes the assets and probes', async () => {
    const { server, requests } = await session('debug');
    const lines = requests();
    expect(lines).toHaveLength(4 + 25);
    expect(lines.filter((l) => l.level === 20).map((l) => String(l.url)).sort()).toEqual(
      [...Array.from({ length: 5 }, () => ['/api/health', '/assets/app.js', '/assets/map.png', '/assets/style.css', '/assets/vendor.js']).flat()].sort(),
    );
    expect((await server.stop()).code).toBe(0);
  }, 180_000);
});
