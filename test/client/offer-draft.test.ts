import { describe, expect, it } from 'vitest';
import {
  changedFields, draftFromOffer, draftToBody, emptyDraft, fieldErrorsFromApi, rezone, seatsOverMax, type OfferDraft,
} from '../../client/src/features/offers/form/offer-draft.ts';
import { checkOfferFacts, deriveCategory } from '../../shared/offers/offer-facts.ts';
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
    expect(Object.keys(r.errors ?? {}).sort()).toEqual(['aircraftType', 'availableTo', 'destinationAirportId', 'originAirportIds', 'seatsPerSortie', 'sorties']);
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

describe('the category and seat cap the form derives', () => {
  const raf = { name: 'Royal Air Force', categories: ['foreign_military'] as const };
  const airline = { name: 'Air Two', categories: ['civil', 'foreign_military'] as const };
  const c2 = { type: 'Kawasaki C-2 (JASDF)', category: 'sdf' as const, seats: 110, maxPaxEvac: null };
  const c17 = { type: 'C-17A (USAF)', category: 'foreign_military' as const, seats: 102, maxPaxEvac: 823 };

  it('follows the type, or the partner for a type outside the catalogue, and says why', () => {
    expect(deriveCategory(raf, c17)).toMatchObject({ ok: true, category: 'foreign_military', maxSeats: 823, flags: [], why: 'C-17A (USAF) is a foreign military aircraft in the catalogue' });
    expect(deriveCategory(raf, undefined)).toMatchObject({ ok: true, category: 'foreign_military', maxSeats: null, flags: ['type_not_in_catalogue'] });
    expect(deriveCategory(raf, c2)).toMatchObject({ ok: false, field: 'aircraftType', reason: expect.stringMatching(/is an SDF \(Japan\) aircraft; Royal Air Force offers foreign military aircraft only/) });
    expect(deriveCategory(airline, undefined)).toMatchObject({ ok: false, field: 'aircraftType' });
    expect(deriveCategory({ name: 'New', categories: [] }, c17)).toMatchObject({ ok: false, field: 'category' });
  });

  it('refuses a category that contradicts the partner or the type, and seats over the maximum', () => {
    expect(checkOfferFacts({ category: 'foreign_military', aircraftType: c2.type, seatsPerSortie: 110 }, raf, c2)).toMatchObject({ ok: false, field: 'category' });
    expect(checkOfferFacts({ category: 'sdf', aircraftType: c2.type, seatsPerSortie: 110 }, raf, c2)).toMatchObject({ ok: false, field: 'category', reason: expect.stringMatching(/only, not SDF/) });
    expect(checkOfferFacts({ aircraftType: c17.type, seatsPerSortie: 824 }, raf, c17)).toMatchObject({ ok: false, field: 'seatsPerSortie' });
    expect(checkOfferFacts({ aircraftType: c17.type, seatsPerSortie: 823 }, raf, c17)).toMatchObject({ ok: true });
  });

  it('puts them next to the fields before anything is sent', () => {
    const facts = deriveCategory(raf, c17);
    expect(seatsOverMax('900', facts)).toMatch(/At most 823 seats/);
    expect(seatsOverMax('800', facts)).toBeUndefined();
    expect(draftToBody(filled({ seatsPerSortie: '900' }), 'UTC', facts).errors).toEqual({ seatsPerSortie: expect.stringMatching(/At most 823/) });
    expect(draftToBody(filled(), 'UTC', deriveCategory(raf, c2)).errors).toEqual({ aircraftType: expect.stringMatching(/^Kawasaki C-2 \(JASDF\) is an SDF/) });
    // No category is sent: the server derives it.
    expect(draftToBody(filled(), 'UTC', facts).body).not.toHaveProperty('category');
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
