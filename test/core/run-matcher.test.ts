import { afterAll, describe, expect, it } from 'vitest';
import { closeMatcher, runMatcher, warmMatcher } from '../../server/matcher/run-matcher.ts';
import { MatcherError } from '../../server/matcher/matcher-error.ts';
import { LIMITS } from '../../shared/limits.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import type { MatchProgress } from '../../shared/plan/progress.ts';
import { area, offer, peopleOut, snapshot } from './fixtures.ts';

afterAll(() => closeMatcher());

describe('runMatcher (worker thread)', () => {
  const s = snapshot({ areas: [area('seoul', 'seoul', 300)], offers: [offer({ sorties: 2, aircraftCount: 2 })] });

  it('warms up: the worker starts and loads HiGHS before the first solve', async () => {
    const t = performance.now();
    expect(await warmMatcher()).toBe(true);
    const warmMs = performance.now() - t;
    const t2 = performance.now();
    const r = await runMatcher(s, { timeLimitSeconds: 5 });
    const firstMs = performance.now() - t2;
    expect(r.status).toBe('optimal');
    // The first solve after the warm-up is a plain solve (tens of ms), not a worker start (seconds).
    expect(firstMs).toBeLessThan(Math.max(1500, warmMs / 2));
  }, 30_000);

  it('solves in a worker and reuses it', async () => {
    const [a, b] = await Promise.all([runMatcher(s, { timeLimitSeconds: 5 }), runMatcher(s, { timeLimitSeconds: 5 })]);
    expect(a.status).toBe('optimal');
    expect(peopleOut(a.plan.sorties)).toBe(200);
    expect(b.plan).toEqual(a.plan);
    expect(validatePlan(s, a.plan)).toEqual([]);
  }, 30_000);

  it('keeps the event loop free while solving', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    // The solve takes a few milliseconds now; several in a row give the timer time to fire.
    for (let i = 0; i < 5; i++) await runMatcher(s, { timeLimitSeconds: 5 });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  }, 30_000);

  it('forwards the worker\'s progress reports: phases in order up to done, with the bound and the best plan', async () => {
    const seen: MatchProgress[] = [];
    const r = await runMatcher(s, { timeLimitSeconds: 5, onProgress: (p) => seen.push(p) });
    const phases = seen.map((p) => p.phase);
    // 'queued' (waiting for the worker thread, reported by runMatcher itself) may come first, then the solve's own phases.
    expect(phases.indexOf('queued')).toBeLessThanOrEqual(0);
    expect(phases.filter((p) => p !== 'queued')[0]).toBe('model');
    expect(phases.at(-1)).toBe('done');
    expect(phases).toContain('lp');
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.elapsedSeconds).toBeGreaterThanOrEqual(seen[i - 1]!.elapsedSeconds);
    const last = seen.at(-1)!;
    expect(last.bound).toBe(r.bestBound);
    expect(last.best).toBe(r.objective);
    expect(last.peopleOut).toBe(peopleOut(r.plan.sorties));
    expect(last.gap).toBeLessThanOrEqual(1e-4);
    // Plain data: it crossed the thread boundary as it is.
    expect(JSON.parse(JSON.stringify(seen))).toEqual(seen);
  }, 30_000);

  it('rejects with a clear message on bad input and keeps working afterwards', async () => {
    const broken = { ...s, areas: null } as unknown as typeof s;
    await expect(runMatcher(broken, { timeLimitSeconds: 5 })).rejects.toThrow(/^The matcher failed: /);
    const ok = await runMatcher(s, { timeLimitSeconds: 5 });
    expect(ok.status).toBe('optimal');
  }, 30_000);

  it('a run that overruns fails alone (504 matcher_timeout); the runs queued behind it succeed in a new worker', async () => {
    await warmMatcher();
    // A 1 ms budget: the worker is stopped mid-solve, as it would be for a solve that hangs.
    const overrun = runMatcher(s, { timeLimitSeconds: 0.001, graceSeconds: 0 });
    const queued = [runMatcher(s, { timeLimitSeconds: 5 }), runMatcher(s, { timeLimitSeconds: 5 })];
    const err = await overrun.then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(MatcherError);
    expect(err).toMatchObject({ statusCode: 504, code: 'matcher_timeout' });
    expect((err as Error).message).toMatch(/did not finish within 0\.001 s .* and was stopped; other runs are not affected/);
    const clean = await runMatcher(s, { timeLimitSeconds: 5 });
    // Stopping a worker mid-solve leaves nothing behind: the runs after it plan exactly as a clean one.
    for (const r of await Promise.all(queued)) {
      expect(r.status).toBe('optimal');
      expect(r.plan).toEqual(clean.plan);
    }
  }, 60_000);

  it('a run that throws fails alone (422 matcher_failed) between two that succeed', async () => {
    const broken = { ...s, areas: null } as unknown as typeof s;
    const [a, b, c] = await Promise.allSettled([runMatcher(s, { timeLimitSeconds: 5 }), runMatcher(broken, { timeLimitSeconds: 5 }), runMatcher(s, { timeLimitSeconds: 5 })]);
    expect(a.status).toBe('fulfilled');
    expect(b).toMatchObject({ status: 'rejected', reason: { statusCode: 422, code: 'matcher_failed' } });
    expect(c.status).toBe('fulfilled');
  }, 60_000);

  it('refuses runs beyond the queue limit with 503 matcher_busy, and serves the queue', async () => {
    const runs = Array.from({ length: LIMITS.queuedMatcherRuns + 3 }, () => runMatcher(s, { timeLimitSeconds: 5 }));
    const settled = await Promise.allSettled(runs);
    const busy = settled.filter((r) => r.status === 'rejected');
    expect(busy.length).toBeGreaterThanOrEqual(2);
    for (const r of busy) expect(r).toMatchObject({ reason: { statusCode: 503, code: 'matcher_busy', retryAfterSeconds: 30 } });
    expect(settled.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(LIMITS.queuedMatcherRuns);
  }, 120_000);

  it('closing fails the waiting runs with 503; the next run starts a new worker', async () => {
    const pending = Promise.allSettled([runMatcher(s, { timeLimitSeconds: 5 }), runMatcher(s, { timeLimitSeconds: 5 })]);
    await closeMatcher();
    for (const r of await pending) expect(r).toMatchObject({ status: 'rejected', reason: { statusCode: 503 } });
    expect((await runMatcher(s, { timeLimitSeconds: 5 })).status).toBe('optimal');
  }, 60_000);
});
