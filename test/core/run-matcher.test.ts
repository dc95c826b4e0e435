import { afterAll, describe, expect, it } from 'vitest';
import { closeMatcher, runMatcher, warmMatcher } from '../../server/matcher/run-matcher.ts';
import { validatePlan } from '../../shared/plan/validator.ts';
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

  it('rejects with a clear message on bad input and keeps working afterwards', async () => {
    const broken = { ...s, areas: null } as unknown as typeof s;
    await expect(runMatcher(broken, { timeLimitSeconds: 5 })).rejects.toThrow(/^The matcher failed: /);
    const ok = await runMatcher(s, { timeLimitSeconds: 5 });
    expect(ok.status).toBe('optimal');
  }, 30_000);
});
