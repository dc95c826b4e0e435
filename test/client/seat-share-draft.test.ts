import { describe, expect, it } from 'vitest';
import { changedFields, draftFromOffer, draftToBody, fieldErrorsFromApi, rezone } from '../../client/src/features/offers/form/offer-draft.ts';
import { checkDepartures } from '../../client/src/features/offers/form/seat-share-draft.ts';
import { seatShareProblem } from '../../shared/offers/seat-share.ts';
import type { LiftOffer } from '../../shared/schemas/domain.ts';
import enOffers from '../../client/src/i18n/locales/en/offers.json';
import jaOffers from '../../client/src/i18n/locales/ja/offers.json';

// The liaison form's seat-share departures: checked in place by the same rules as the server, sent as UTC
// instants, kept when the form's zone changes, and every message exists in both languages.

const offer: LiftOffer = {
  id: 'o1', partnerId: 'us-usaf', category: 'foreign_military', aircraftType: 'C-17A', seatsPerSortie: 30, sorties: 2,
  aircraftCount: 1, availableFrom: '2027-04-01T00:00:00.000Z', availableTo: '2027-04-03T00:00:00.000Z', originAirportIds: ['RKSO', 'RKSI'],
  destinationAirportId: 'RJTY', turnaroundHours: 8, status: 'accepted', note: null, decisionNote: null, version: 2,
  seatShare: { departures: [{ originAirportId: 'RKSO', departAt: '2027-04-01T10:30:00.000Z' }, { originAirportId: 'RKSI', departAt: '2027-04-02T07:45:00.000Z' }] },
};

describe('seat-share departures in the offer form', () => {
  it('round-trips an offer\'s departures through the draft in the form\'s zone, sorties = departures', () => {
    const d = draftFromOffer(offer, 'Asia/Seoul');
    expect(d.seatShare).toBe(true);
    expect(d.departures[0]).toEqual({ originAirportId: 'RKSO', departAt: '2027-04-01T19:30' });
    const out = draftToBody({ ...d, sorties: '99' }, 'Asia/Seoul');
    expect(out.errors).toBeNull();
    expect(out.body).toMatchObject({ sorties: 2, seatShare: offer.seatShare });
    expect(changedFields(offer, out.body!)).toEqual({});
    const inTokyo = rezone(d, 'Asia/Seoul', 'Asia/Tokyo');
    expect(draftToBody(inTokyo, 'Asia/Tokyo').body?.seatShare).toEqual(offer.seatShare);
  });

  it('names the first wrong departure row, as the server would refuse it', () => {
    const d = draftFromOffer(offer, 'UTC');
    const row = (i: number, over: object) => ({ ...d, departures: d.departures.map((x, j) => (j === i ? { ...x, ...over } : x)) });
    expect(draftToBody(row(1, { originAirportId: '' }), 'UTC').errors?.departures).toEqual({ code: 'originMissing', row: 2 });
    expect(draftToBody({ ...d, originAirportIds: ['RKSI'] }, 'UTC').errors?.departures).toEqual({ code: 'originNotListed', row: 1 });
    expect(draftToBody(row(0, { departAt: '' }), 'UTC').errors?.departures).toEqual({ code: 'timeMissing', row: 1 });
    expect(draftToBody(row(1, { departAt: '2027-04-05T00:00' }), 'UTC').errors?.departures).toEqual({ code: 'outsideWindow', row: 2 });
    expect(draftToBody(row(1, { ...d.departures[0] }), 'UTC').errors?.departures).toEqual({ code: 'listedTwice', row: 2 });
    expect(draftToBody({ ...d, departures: [] }, 'UTC').errors?.departures).toEqual({ code: 'departuresMissing', row: 0 });
    // what the form lets through, the server's rule lets through too
    const ok = draftToBody(d, 'UTC').body!;
    expect(seatShareProblem(ok)).toBeNull();
    expect(checkDepartures(d.departures, d.originAirportIds, { from: offer.availableFrom, to: offer.availableTo }, 'UTC').problem).toBeNull();
  });

  it('turning the seat share off sends whole aircraft again; a server reason lands beside the departures', () => {
    const body = draftToBody({ ...draftFromOffer(offer, 'UTC'), seatShare: false, sorties: '5' }, 'UTC').body!;
    expect(body).toMatchObject({ sorties: 5, seatShare: null });
    expect(fieldErrorsFromApi([{ field: 'body.seatShare.departures[0].departAt', reason: 'is outside the offer\'s window' }]).departures)
      .toEqual({ key: 'errors.server', params: { reason: 'is outside the offer\'s window' } });
    // The server's coded detail names the row, like the form's own check.
    expect(fieldErrorsFromApi([{ field: 'body.seatShare.departures[2].departAt', reason: 'is outside…', code: 'outside_window', params: {} }]).departures)
      .toEqual({ code: 'outsideWindow', row: 3 });
  });

  it('has every seat-share message in English and Japanese', () => {
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${p}${k}.`) : [`${p}${k}`]));
    const plural = (k: string) => k.replace(/_(one|other)$/, '');
    const en = new Set(keys(enOffers.form.seatShare).map(plural));
    const ja = new Set(keys(jaOffers.form.seatShare).map(plural));
    expect([...en].sort()).toEqual([...ja].sort());
    expect(en.has('errors.outsideWindow')).toBe(true);
  });
});
