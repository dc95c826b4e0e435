import { existsSync, mkdtempSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../server/db/data-dir-lock.ts';
import { firstPlanner, killAll, runScript, startServer } from '../support/processes.ts';

/**
 * Graceful shutdown of a real server process: SIGTERM while requests are in flight. They finish and
 * their writes are kept; new connections are refused and a request on a kept-alive connection gets
 * 503; the process exits 0 and leaves the DATA_DIR unlocked.
 */
afterAll(killAll);

const dataDir = mkdtempSync(path.join(tmpdir(), 'neo-shutdown-'));

/** A POST whose body is sent in two halves: between them the request is in flight on the server. */
function slowPost(base: string, headers: Record<string, string>, body: string) {
  const u = new URL('/api/partners', base);
  let finish!: () => void;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (b: Buffer) => { text += b.toString(); });
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject);
    req.write(body.slice(0, 10));
    finish = () => req.end(body.slice(10));
  });
  return { response, finish: () => finish() };
}

function get(base: string, urlPath: string, agent: Agent, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const u = new URL(urlPath, base);
    request({ host: u.hostname, port: u.port, path: u.pathname, agent, headers }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode!)); }).on('error', reject).end();
  });
}

describe('graceful shutdown', () => {
  it('SIGTERM: in-flight requests finish, new ones are refused, exit 0, lock released', async () => {
    const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info', SHUTDOWN_DRAIN_SECONDS: '20' });
    const headers = await firstPlanner(server.base);
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    expect(await get(server.base, '/api/partners', keepAlive, headers)).toBe(200); // opens the kept-alive socket

    const inFlight = Array.from({ length: 3 }, (_, i) => slowPost(server.base, headers, JSON.stringify({ id: `late-${i}`, name: `Late ${i}`, nation: 'NZ', categories: ['foreign_military'] })));
    await new Promise((r) => setTimeout(r, 300)); // the servers have read the first halves
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));

    // A new connection is refused; the kept-alive one is answered 503 (or closed) instead of served.
    await expect(fetch(`${server.base}/api/health`)).rejects.toThrow();
    const onKept = await get(server.base, '/api/partners', keepAlive, headers).catch((err: NodeJS.ErrnoException) => err.code);
    expect([503, 'ECONNRESET', 'ECONNREFUSED']).toContain(onKept);
    expect(server.child.exitCode).toBeNull(); // still draining

    for (const r of inFlight) r.finish();
    const answers = await Promise.all(inFlight.map((r) => r.response));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    const exited = await server.done;
    expect(exited.code, exited.stdout + exited.stderr).toBe(0);
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    const done = server.logLines().find((l) => l.msg === 'shutdown complete');
    expect(done).toMatchObject({ reason: 'SIGTERM', clean: true });
    // Phases in the order they started; a phase may hold several hooks (the derivation pool and the matcher are
    // both 'resources'). The embedded server's job worker stops inside http (Fastify's onClose, after the drain).
    const phases = (done!.hooks as { phase: string }[]).map((h) => h.phase);
    expect(phases.filter((p, i) => p !== phases[i - 1])).toEqual(['http', 'jobs', 'resources', 'database']);
    keepAlive.destroy();

    // The writes acknowledged during the drain are on disk: a CLI opens the directory and finds them.
    const check = runScript('server/cli/user-add.ts', ['--username', 'after', '--role', 'reader'], { DATA_DIR: dataDir, DATABASE_URL: '' }, 'another-long-password\n');
    expect((await check.done).code).toBe(0);
    const again = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
    const relog = await fetch(`${again.base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'chief', password: 'first-planner-pw' }) });
    const cookie = relog.headers.get('set-cookie')!.split(';')[0]!;
    const partners = (await (await fetch(`${again.base}/api/partners`, { headers: { cookie } })).json()) as { id: string }[];
    expect(partners.map((p) => p.id).sort()).toEqual(['late-0', 'late-1', 'late-2']);
    expect((await again.stop('SIGINT')).code).toBe(0);
  }, 300_000);
});
