import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Value } from 'typebox/value';
import { instantProblem, isIsoInstant } from '../../shared/time/iso-instant.ts';
import { IsoTime } from '../../shared/schemas/common.ts';

describe('instants the API accepts', () => {
  it.each([
    '2027-04-01T00:00:00Z', '2027-04-01T06:30:15.123Z', '2027-04-01T15:00:00+09:00', '2028-02-29T23:59:59Z',
    '2000-02-29T12:00:00Z', '2027-12-31T23:59:59.999999999-05:00', '1900-01-01T00:00:00Z', '2999-12-31T23:59:59Z',
    '2027-04-01T00:00:00+14:00', '2027-04-01T00:00:00-12:00',
  ])('%s', (s) => {
    expect(instantProblem(s)).toBeNull();
    expect(Value.Check(IsoTime, s)).toBe(true);
  });

  it.each([
    ['2027-06-30T23:59:60Z', /leap second/],
    ['2027-02-30T00:00:00Z', /February 2027 has no day 30/],
    ['2027-02-29T00:00:00Z', /February 2027 has no day 29/],
    ['1900-02-29T00:00:00Z', /February 1900 has no day 29/],
    ['2027-04-31T00:00:00Z', /April 2027 has no day 31/],
    ['2027-13-01T00:00:00Z', /month 13/],
    ['2027-04-00T00:00:00Z', /no day 00/],
    ['0000-01-01T00:00:00Z', /year 0000 is outside 1900–2999/],
    ['99999-01-01T00:00:00Z', /four digits/],
    ['+099999-01-01T00:00:00Z', /four digits/],
    ['2027-04-01T24:00:00Z', /hour 24/],
    ['2027-04-01T12:60:00Z', /minute 60/],
    ['2027-04-01T12:00:00', /needs a UTC offset/],
    ['2027-04-01 12:00:00', /needs a UTC offset/],
    ['2027-04-01T12:00:00+15:00', /offset \+15:00/],
    ['2027-04-01T12:00:00+09:60', /offset/],
    ['2027-04-01t12:00:00z', /ISO-8601/],
    ['2027-04-01', /ISO-8601/],
    ['tomorrow', /ISO-8601/],
    ['', /ISO-8601/],
  ])('refuses %s', (s, reason) => {
    expect(instantProblem(s)).toMatch(reason);
    expect(Value.Check(IsoTime, s)).toBe(false);
  });

  it('every accepted text parses to a finite time that PostgreSQL can store (no NaN)', () => {
    const text = fc.tuple(
      fc.integer({ min: 1800, max: 3100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }),
      fc.constantFrom('Z', '+09:00', '-05:30', '+14:00', '+15:00', '', '.5Z', '.123456789Z'),
    ).map(([y, mo, d, h, mi, s, z]) => `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}:${String(s).padStart(2, '0')}${z}`);
    fc.assert(fc.property(text, (s) => {
      if (!isIsoInstant(s)) return true;
      const t = Date.parse(s);
      const y = new Date(t).getUTCFullYear();
      // A real instant: the fields it says are the fields it is (Date would roll Feb 30 over to March 2).
      const [, dd] = /^\d{4}-\d{2}-(\d{2})/.exec(s)!;
      const local = new Date(t + offsetMs(s));
      return Number.isFinite(t) && y >= 1899 && y <= 3000 && local.getUTCDate() === Number(dd);
    }), { numRuns: 3000 });
  });
});

function offsetMs(s: string): number {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(s);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}
