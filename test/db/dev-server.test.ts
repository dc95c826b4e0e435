import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run dev` on ports that are not the defaults (issue 16): `PORT=3100 npm run dev` once proxied the
 * client to :3000 and every API call failed with 502. The real script, the real Vite dev server and API.
 */
const freePort = () => new Promise<number>((resolve, reject) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  }).on('error', reject);
});

let dev: ChildProcess | undefined;
let output = '';
afterAll(async () => {
  if (!dev || dev.exitCode !== null) return;
  const exited = new Promise((r) => dev!.once('exit', r));
  dev.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (dev.exitCode === null) process.kill(-dev.pid!, 'SIGKILL');
});

async function poll(url: string, until: number): Promise<Response> {
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status !== 502 && res.status !== 504) return res;
    } catch { /* not listening yet */ }
    if (Date.now() > until) throw new Error(`${url} not answered in time; output:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('npm run dev', () => {
  it('serves the client on CLIENT_PORT and reaches the API on a non-default PORT through its proxy', async () => {
    const [api, client] = [await freePort(), await freePort()];
    dev = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts'], {
      detached: true, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: String(api), CLIENT_PORT: String(client), HOST: '127.0.0.1', DEMO_DATA: 'off', DATABASE_URL: '',
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'neo-dev-')), LOG_LEVEL: 'warn' },
    });
    dev.stdout!.on('data', (b: Buffer) => { output += b.toString(); });
    dev.stderr!.on('data', (b: Buffer) => { output += b.toString(); });
    const until = Date.now() + 150_000;
    const health = await poll(`http://localhost:${client}/api/health`, until);
    expect(health.status, output).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const page = await poll(`http://localhost:${client}/`, until);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root"|<script type="module"/);
  }, 180_000);
});
