import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonTooDeep } from '../../server/lib/json-depth.ts';
import { findNul } from '../../server/lib/reject-nul.ts';

/** Nesting depth of a parsed value, the reference. */
function depth(v: unknown): number {
  if (Array.isArray(v)) return 1 + Math.max(0, ...v.map(depth));
  if (v !== null && typeof v === 'object') return 1 + Math.max(0, ...Object.values(v).map(depth));
  return 0;
}

describe('jsonTooDeep', () => {
  it('agrees with the depth of the parsed value, strings with brackets and escapes included', () => {
    const tricky = fc.constantFrom('[', ']', '{', '}', '"', '\\', '\\"[', 'a,b', '\u2028');
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, fc.string(), tricky, fc.integer(), fc.constant(null),
        fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.oneof(fc.string({ maxLength: 4 }), tricky), tie('v'), { maxKeys: 3 })),
    })).v;
    fc.assert(fc.property(value, fc.integer({ min: 0, max: 6 }), (v, limit) => {
      const text = JSON.stringify(v);
      return (jsonTooDeep(text, limit) !== null) === (depth(v) > limit);
    }), { numRuns: 3000 });
  });

  it('names where the body gets too deep', () => {
    expect(jsonTooDeep('{"a":{"b":[1,[2,{"c":{}}]]}}', 4)).toBe('body.a.b[1][1]');
    expect(jsonTooDeep('{"a":{"b":[1,[2,{"c":{}}]]}}', 6)).toBe(null);
    expect(jsonTooDeep('['.repeat(10_000) + ']'.repeat(10_000), 32)).toBe(`body${'[0]'.repeat(11)}…`);
  });

  it('scans a 10,000-deep body and a 1 MB flat one without recursion', () => {
    expect(jsonTooDeep(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`, 32)).toMatch(/^body\.a\.a/);
    expect(jsonTooDeep(JSON.stringify({ xs: Array.from({ length: 100_000 }, (_, i) => i) }), 32)).toBeNull();
  });
});

describe('findNul', () => {
  it('walks 100,000 levels without overflowing the stack', () => {
    let v: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) v = [v];
    expect(findNul(v, 'body')).toBe(`body${'[0]'.repeat(100_000)}`);
  });
  it('names the first string or key holding NUL', () => {
    expect(findNul({ a: ['ok', { b: 'x\u0000' }], c: 'y\u0000' }, 'body')).toBe('body.a[1].b');
    expect(findNul({ ['k\u0000']: 1 }, 'body')).toBe('body.k\\0');
    expect(findNul({ a: 1, b: [true, null] }, 'body')).toBeNull();
  });
});
