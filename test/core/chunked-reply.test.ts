import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { slices } from '../../server/lib/chunked-reply.ts';

describe('slices of a long reply', () => {
  it('join back to the text, each at most the size, and never split a surrogate pair', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'ソ', '서', '😀', '臺'), maxLength: 400 }), fc.integer({ min: 1, max: 17 }), (text, size) => {
      const parts = [...slices(text, size)];
      expect(parts.join('')).toBe(text);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(Math.max(size, 2));
        expect(p.length).toBeGreaterThan(0);
        // Each slice alone is well-formed UTF-16: encoding it loses nothing.
        expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
      }
    }));
  });
});
