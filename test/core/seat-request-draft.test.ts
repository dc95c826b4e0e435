import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Value } from 'typebox/value';
import { checkSeatRequest, emptySeatRequest } from '../../client/src/features/offers/form/seat-request-draft.ts';
import { SeatRequestCreate } from '../../shared/schemas/seat-requests.ts';

const filled = { ...emptySeatRequest(), places: [{ id: 'port-busan', seats: '120' }], priority1: '10', priority2: '30', windowFrom: '2027-04-01T09:00', windowTo: '2027-04-03T09:00' };

describe('the seat-request form checks', () => {
  it('turns a filled form into the API body, times read in the chosen zone', () => {
    const { errors, body } = checkSeatRequest(filled, 'Asia/Seoul');
    expect(errors).toEqual({});
    expect(body).toEqual({ places: [{ kind: 'airport', id: 'port-busan', seats: 120 }], priority1: 10, priority2: 30, windowFrom: '2027-04-01T00:00:00.000Z', windowTo: '2027-04-03T00:00:00.000Z' });
  });

  it('names the field and the reason for each mistake, and sends nothing', () => {
    const cases: [Partial<typeof filled>, Record<string, string>][] = [
      [{ places: [{ id: '', seats: '' }] }, { places: 'placesMissing' }],
      [{ places: [{ id: '', seats: '5' }] }, { places: 'placeMissing' }],
      [{ places: [{ id: 'a', seats: '1.5' }] }, { places: 'seatsInvalid' }],
      [{ places: [{ id: 'a', seats: '0' }] }, { places: 'seatsInvalid' }],
      [{ places: [{ id: 'a', seats: '5' }, { id: 'a', seats: '6' }] }, { places: 'placeTwice' }],
      [{ priority1: '-1' }, { priority1: 'countInvalid' }],
      [{ priority2: '111' }, { priority2: 'priorityOverSeats' }],
      [{ windowFrom: '' }, { windowFrom: 'timeMissing' }],
      [{ windowTo: '2027-04-01T09:00' }, { windowTo: 'windowOrder' }],
    ];
    for (const [change, errors] of cases) {
      const r = checkSeatRequest({ ...filled, ...change }, 'UTC');
      expect(r.errors, JSON.stringify(change)).toEqual(errors);
      expect(r.body).toBeNull();
    }
  });

  it('never sends a body the API schema would refuse (property)', () => {
    const text = fc.oneof(fc.constantFrom('', '0', '1', '99', '100000', '100001', '-3', '2.5', 'x'), fc.nat({ max: 200_000 }).map(String));
    const time = fc.constantFrom('', '2027-04-01T09:00', '2027-04-02T09:00', '2027-13-01T00:00', 'soon');
    fc.assert(fc.property(fc.array(fc.record({ id: fc.constantFrom('', 'a', 'b'), seats: text }), { maxLength: 4 }), text, text, time, time, (places, p1, p2, from, to) => {
      const { body } = checkSeatRequest({ places, priority1: p1, priority2: p2, windowFrom: from, windowTo: to, note: '' }, 'UTC');
      if (!body) return;
      expect(Value.Check(SeatRequestCreate, body)).toBe(true);
      const seats = body.places.reduce((n, x) => n + x.seats, 0);
      expect(body.priority1! + body.priority2!).toBeLessThanOrEqual(seats);
      expect(Date.parse(body.windowTo)).toBeGreaterThan(Date.parse(body.windowFrom));
    }));
  });
});
