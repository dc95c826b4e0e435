import { describe, expect, it } from 'vitest';
import {
  changedFields, draftFromOffer, draftToBody, emptyDraft, fieldErrorsFromApi, rezone, type OfferDraft,
} from '../../client/src/features/offers/form/offer-draft.ts';
import { formatInZone, offsetLabel, utcToZoned, zonedToUtc, zoneOfCountry } from '../../client/src/features/offers/form/time-zones.ts';
import { diffFields, showValue } from '../../client/src/features/audit/history/diff.ts';
import type { LiftOffer } from '../../shared/schemas/domain.ts';

const offer: LiftOffer = {
  id: 'o1', partnerId: 'gb-raf', category: 'foreign_military', aircraftType: 'Airbus A400M Atlas', seatsPerSortie: 116, sorties: 4,
  aircraftCount: 1, availableFrom: '2027-04-02T00:00:00.000Z', availableTo: '2027-04-06T12:30:00.000Z', originAirportIds: ['RKSO', 'RKSI'],
  destinationAirportId: 'RJTY', turnaroundHours: 8, status: 'accepted', note: null, decisionNote: 'ok', version: 3,
};
const filled = (over: Partial<OfferDraft> = {}): OfferDraft => ({ ...draftFromOffer(offer, 'UTC'), ...over });

describe('time zones', () => {
  it('converts wall-clock times in a zone to UTC and back', () => {
    expect(zonedToUtc('2027-04-02T09:00', 'Asia/Seoul')).toBe('2027-04-02T00:00:00.000Z');
    expect(zonedToUtc('2027-04-02T08:00', 'Asia/Taipei')).toBe('2027-04-02T00:00:00.000Z');
    expect(utcToZoned('2027-04-02T00:00:00Z', 'Asia/Tokyo')).toBe('2027-04-02T09:00');
    expect(zonedToUtc('nonsense', 'UTC')).toBeNull();
  });
  it('follows daylight saving where a zone has it', () => {
    expect(zonedToUtc('2027-07-01T12:00', 'Europe/London')).toBe('2027-07-01T11:00:00.000Z');
    expect(zonedToUtc('2027-01-15T12:00', 'Europe/London')).toBe('2027-01-15T12:00:00.000Z');
    expect(utcToZoned(zonedToUtc('2027-03-14T12:00', 'America/New_York')!, 'America/New_York')).toBe('2027-03-14T12:00');
  });
  it('always writes the offset out', () => {
    expect(formatInZone('2027-04-02T00:00:00Z', 'Asia/Seoul')).toBe('02 Apr 2027 09:00 UTC+9');
    expect(formatInZone('2027-04-02T00:00:00Z', 'UTC')).toBe('02 Apr 2027 00:00 UTC');
    expect(offsetLabel(Date.parse('2027-04-02T00:00:00Z'), 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(zoneOfCountry('TW')).toBe('Asia/Taipei');
    expect(zoneOfCountry(undefined)).toBe('UTC');
  });
});

describe('offer draft', () => {
  it('round-trips an offer through the form in any zone', () => {
    const seoul = draftFromOffer(offer, 'Asia/Seoul');
    expect(seoul.availableFrom).toBe('2027-04-02T09:00');
    const r = draftToBody(seoul, 'Asia/Seoul');
    expect(r.errors).toBeNull();
    expect(r.body).toMatchObject({ availableFrom: '2027-04-02T00:00:00.000Z', availableTo: '2027-04-06T12:30:00.000Z', seatsPerSortie: 116, note: null });
    expect(changedFields(offer, r.body!)).toEqual({});
  });
  it('keeps the instants when the form switches zone', () => {
    const moved = rezone(filled(), 'UTC', 'Asia/Tokyo');
    expect(moved.availableFrom).toBe('2027-04-02T09:00');
    expect(draftToBody(moved, 'Asia/Tokyo').body?.availableFrom).toBe(offer.availableFrom);
  });
  it('names each wrong field', () => {
    const r = draftToBody({ ...emptyDraft(), seatsPerSortie: '12.5', sorties: '0', availableFrom: '2027-04-02T09:00', availableTo: '2027-04-01T09:00' }, 'UTC');
    expect(Object.keys(r.errors ?? {}).sort()).toEqual(['aircraftType', 'availableTo', 'category', 'destinationAirportId', 'originAirportIds', 'seatsPerSortie', 'sorties']);
    expect(draftToBody(filled({ destinationAirportId: 'RKSO' }), 'UTC').errors).toEqual({ destinationAirportId: 'The destination is also one of the origins' });
  });
  it('sends only what changed', () => {
    const r = draftToBody(filled({ seatsPerSortie: '100', originAirportIds: ['RKSO'] }), 'UTC');
    expect(changedFields(offer, r.body!)).toEqual({ seatsPerSortie: 100, originAirportIds: ['RKSO'] });
  });
  it('puts the API\'s field errors next to the fields, and the rest on the form', () => {
    expect(fieldErrorsFromApi([{ field: 'body.originAirportIds[1]', reason: 'unknown airport X' }, { field: 'body.availableTo', reason: 'must be after availableFrom' }], 'Bad'))
      .toEqual({ originAirportIds: 'Unknown airport X', availableTo: 'Must be after availableFrom' });
    expect(fieldErrorsFromApi([{ field: 'body.partnerId', reason: 'unknown partner' }], 'Bad')).toEqual({ form: 'body.partnerId unknown partner' });
    expect(fieldErrorsFromApi(undefined, 'Bad input')).toEqual({ form: 'Bad input' });
  });
});

describe('audit diff', () => {
  it('lists the fields a write changed, leaving out the version', () => {
    expect(diffFields({ a: 1, b: [1, 2], version: 1 }, { a: 1, b: [1, 3], c: 'x', version: 2 })).toEqual([
      { field: 'b', before: [1, 2], after: [1, 3] }, { field: 'c', before: null, after: 'x' },
    ]);
    expect(diffFields(null, { a: 1 })).toEqual([{ field: 'a', before: null, after: 1 }]);
    expect(showValue(['RKSO', 'RKSI'])).toBe('RKSO, RKSI');
    expect(showValue(null)).toBe('—');
  });
});
