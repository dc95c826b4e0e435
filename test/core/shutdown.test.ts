import { describe, expect, it } from 'vitest';
import { createShutdown } from '../../server/lib/shutdown.ts';

describe('shutdown registry', () => {
  it('runs phases in order, hooks of a phase side by side, each phase once', async () => {
    const s = createShutdown();
    const seen: string[] = [];
    s.register('database', 'db', () => { seen.push('db'); });
    s.register('http', 'http', async () => { await new Promise((r) => setTimeout(r, 20)); seen.push('http'); });
    s.register('streams', 'sse-a', () => { seen.push('sse-a'); });
    s.register('streams', 'sse-b', () => { seen.push('sse-b'); });
    const off = s.register('jobs', 'gone', () => { seen.push('gone'); });
    off();
    expect(s.closing).toBe(false);
    await s.runPhase('streams');
    expect(s.closing).toBe(true);
    expect(s.signal.aborted).toBe(true);
    const [a, b] = await Promise.all([s.run('SIGTERM'), s.run('SIGINT')]);
    expect(a).toBe(b);
    expect(seen).toEqual(['sse-a', 'sse-b', 'http', 'db']);
    expect(a.clean).toBe(true);
  });

  it('a hook that hangs is cut at its bound and one that throws is reported; the rest still run', async () => {
    const s = createShutdown({ defaultTimeoutMs: 50 });
    const seen: string[] = [];
    s.register('jobs', 'stuck', () => new Promise(() => {}));
    s.register('resources', 'broken', () => { throw new Error('pool gone'); });
    s.register('database', 'db', () => { seen.push('db'); });
    const t0 = performance.now();
    const r = await s.run('SIGTERM');
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(seen).toEqual(['db']);
    expect(r.clean).toBe(false);
    expect(r.hooks.map((h) => [h.name, h.outcome, h.error])).toEqual([['stuck', 'timeout', undefined], ['broken', 'error', 'pool gone'], ['db', 'ok', undefined]]);
  });
});
