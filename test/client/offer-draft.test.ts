import { describe, expect, it } from 'vitest';
import {
  changedFields, draftFromOffer, draftToBody, emptyDraft, fieldErrorsFromApi, rezone, seatsOverMax, type OfferDraft,
} from '../../client/src/features/offers/form/offer-draft.ts';
import { wordFormMsg, type FormMsg } from '../../client/src/features/offers/form/form-words.ts';
import { i18n } from '../../client/src/i18n/i18n.ts';
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
    expect(formatInZone('2027-04-02T00:00:00Z', 'Asia/Seoul', 'ja')).toBe('2027年4月2日 09:00 UTC+9');
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
    expect(draftToBody(filled({ destinationAirportId: 'RKSO' }), 'UTC').errors).toEqual({ destinationAirportId: { key: 'errors.destinationIsOrigin' } });
  });
  it('sends only what changed', () => {
    const r = draftToBody(filled({ seatsPerSortie: '100', originAirportIds: ['RKSO'] }), 'UTC');
    expect(changedFields(offer, r.body!)).toEqual({ seatsPerSortie: 100, originAirportIds: ['RKSO'] });
  });
  it('puts the API\'s field errors next to the fields, and the rest on the form', () => {
    expect(fieldErrorsFromApi([{ field: 'body.originAirportIds[1]', reason: 'unknown airport X' }, { field: 'body.availableTo', reason: 'must be after availableFrom' }]))
      .toEqual({ originAirportIds: { key: 'errors.server', params: { reason: 'unknown airport X' } }, availableTo: { key: 'errors.server', params: { reason: 'must be after availableFrom' } } });
    expect(fieldErrorsFromApi([{ field: 'body.partnerId', reason: 'unknown partner' }])).toEqual({ form: { key: 'errors.serverField', params: { field: 'body.partnerId', reason: 'unknown partner' } } });
    expect(fieldErrorsFromApi(undefined)).toEqual({ form: { key: 'errors.rejected' } });
    // A coded detail (the server's offer-fact rule) is worded like the form's own check.
    const coded = { field: 'body.seatsPerSortie', reason: 'at most 823 seats…', code: 'seats_over_max', params: { max: 823, type: 'C-17A', seats: 900 } };
    expect(fieldErrorsFromApi([coded])).toEqual({ seatsPerSortie: { key: 'facts.seats_over_max', params: coded.params } });
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
    expect(seatsOverMax('900', facts)).toEqual({ key: 'errors.seatsOverMax', params: { max: 823 } });
    expect(seatsOverMax('800', facts)).toBeUndefined();
    expect(draftToBody(filled({ seatsPerSortie: '900' }), 'UTC', facts).errors).toEqual({ seatsPerSortie: { key: 'errors.seatsOverMax', params: { max: 823 } } });
    expect(draftToBody(filled(), 'UTC', deriveCategory(raf, c2)).errors).toEqual({ aircraftType: { key: 'facts.type_not_partners', params: expect.objectContaining({ type: c2.type, category: 'sdf' }) } });
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

describe('the form\'s messages in English and Japanese', () => {
  const raf = { name: 'Royal Air Force', categories: ['foreign_military'] as const };
  const c2 = { type: 'Kawasaki C-2 (JASDF)', category: 'sdf' as const, seats: 110, maxPaxEvac: null };
  const c17 = { type: 'C-17A (USAF)', category: 'foreign_military' as const, seats: 102, maxPaxEvac: 823 };
  const ferry = { type: 'Ferry', category: 'civil' as const, seats: 500, maxPaxEvac: null, mode: 'sea' as const };
  const say = (lang: 'en' | 'ja', m: FormMsg) => wordFormMsg(i18n.getFixedT(lang), m);
  const fact = (d: ReturnType<typeof checkOfferFacts>): FormMsg => (d.ok ? { key: `facts.${d.whyWords.code}`, params: d.whyWords.params } : { key: `facts.${d.words.code}`, params: d.words.params });
  // Every fact the server can answer, and the form's own checks.
  const facts = [
    deriveCategory(raf, c2), deriveCategory(raf, c17), deriveCategory(raf, undefined), deriveCategory({ name: 'Air Two', categories: ['civil', 'foreign_military'] }, undefined),
    deriveCategory({ name: 'New', categories: [] }, c17),
    checkOfferFacts({ category: 'sdf', aircraftType: c2.type, seatsPerSortie: 110 }, raf, c2),
    checkOfferFacts({ category: 'sdf', aircraftType: c17.type, seatsPerSortie: 110 }, { name: 'Both', categories: ['sdf', 'foreign_military'] }, c17),
    checkOfferFacts({ aircraftType: c17.type, seatsPerSortie: 900 }, raf, c17),
    checkOfferFacts({ aircraftType: ferry.type, seatsPerSortie: 100 }, { name: 'Line', categories: ['civil'] }, ferry, { origins: [{ id: 'port-busan', mode: 'sea' }], destination: { id: 'RJFF', mode: 'air' } }),
    checkOfferFacts({ aircraftType: c17.type, seatsPerSortie: 100 }, raf, c17, { origins: [{ id: 'port-busan', mode: 'sea' }], destination: { id: 'RJFF', mode: 'air' } }),
  ].map(fact);
  const empty = draftToBody({ ...emptyDraft(), seatsPerSortie: 'x', sorties: '0', aircraftCount: '0', turnaroundHours: '0', note: 'x'.repeat(2001) }, 'UTC').errors!;
  const own = Object.values(empty).filter((m): m is FormMsg => !!m && 'key' in m);

  it('words every fact code and every check in both languages, parameters filled and worded', () => {
    expect(new Set(facts.map((f) => f.key)).size).toBe(10);
    for (const m of [...facts, ...own, { key: 'errors.toBeforeFrom' }, { key: 'errors.destinationIsOrigin' }, { key: 'errors.rejected' }]) {
      for (const lang of ['en', 'ja'] as const) {
        const text = say(lang, m);
        expect(text, `${lang} ${m.key}`).not.toMatch(/\{\{|undefined|NaN|^offers:|^form\./);
        expect(text, `${lang} ${m.key}`).not.toMatch(/\b(sdf|foreign_military)\b/);
      }
      // Japanese sentences carry no English words beyond the names they are given.
      const names = Object.values(m.params ?? {}).filter((v) => typeof v === 'string' && !/^(sdf|civil|foreign_military|ship|aircraft|air|sea)$/.test(v)).join(' ');
      const rest = say('ja', m).replace(/[A-Za-z0-9()\-.,'\s]+/g, (w) => (names.includes(w.trim()) ? '' : w));
      expect(rest, m.key).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('says the same as the server in English, and Japanese in Japanese', () => {
    const d = deriveCategory(raf, c2);
    expect(say('en', fact(d))).toBe(d.ok ? '' : d.reason.charAt(0).toUpperCase() + d.reason.slice(1));
    expect(say('ja', fact(d))).toBe('Kawasaki C-2 (JASDF)は自衛隊の機体です。Royal Air Forceが提供できるのは外国軍の機体だけです');
    expect(say('ja', { key: 'errors.seatsOverMax', params: { max: 823 } })).toBe('この機種は最大823席です（カタログの避難時最大）');
  });
});
