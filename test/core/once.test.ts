import { describe, expect, it } from 'vitest';
import { once } from '../../server/lib/once.ts';

// Readers of the same answer at once share one build (server/lib/once.ts); a finished or failed build is
// never handed to a later reader (that one builds again, on the data of its own moment).
describe('once', () => {
  it('runs one build for every caller while it runs, and a new one after', async () => {
    let runs = 0;
    let release!: () => void;
    const build = () => { runs++; return new Promise<number>((r) => { release = () => r(runs); }); };
    const a = once('k', build);
    const b = once('k', build);
    const other = once('other', async () => 'x');
    release();
    expect(await a).toBe(1);
    expect(await b).toBe(1);
    expect(await other).toBe('x');
    const c = once('k', async () => { runs++; return runs; });
    expect(await c).toBe(2);
  });

  it('hands a failure to the callers that waited, then forgets it', async () => {
    const failing = once('f', async () => { throw new Error('boom'); });
    const joined = once('f', async () => 'never');
    await expect(failing).rejects.toThrow('boom');
    await expect(joined).rejects.toThrow('boom');
    expect(await once('f', async () => 'again')).toBe('again');
  });
});
