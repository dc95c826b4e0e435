import { afterEach, describe, expect, it } from 'vitest';
import {
  effectiveChoice, formatFor, getZoneState, makeFormat, setTheatreZone, setZoneChoice, subscribeZone, zoneFor,
} from '../../client/src/i18n/format.ts';
import { zoneOfCountry } from '../../client/src/lib/country-zones.ts';
import { isTimeZoneChoice, TIME_ZONES } from '../../shared/i18n/languages.ts';

// Issue 13: one date-time format, in the zone the user chose (UTC, JST, the theatre's local time).
const at = '2027-04-06T12:00:00Z';

describe('the zone of a choice', () => {
  it('no choice: the language\'s default; utc and jst whatever the language; local: the theatre\'s', () => {
    expect(zoneFor('en', null, null)).toBe('UTC');
    expect(zoneFor('ja', null, 'Asia/Seoul')).toBe('Asia/Tokyo');
    expect(zoneFor('ja', 'utc', null)).toBe('UTC');
    expect(zoneFor('en', 'jst', 'Asia/Seoul')).toBe('Asia/Tokyo');
    expect(zoneFor('en', 'local', zoneOfCountry('KR'))).toBe('Asia/Seoul');
    expect(zoneFor('ja', 'local', zoneOfCountry('TW'))).toBe('Asia/Taipei');
    // 'local' on a page of no plan (no theatre known): the language's default.
    expect(zoneFor('en', 'local', null)).toBe('UTC');
    expect(zoneFor('ja', 'local', null)).toBe('Asia/Tokyo');
    expect(effectiveChoice('en', null)).toBe('utc');
    expect(effectiveChoice('ja', null)).toBe('jst');
    expect(effectiveChoice('ja', 'local')).toBe('local');
  });

  it('the choices are exactly what the API and the database take', () => {
    expect([...TIME_ZONES]).toEqual(['utc', 'jst', 'local']);
    for (const bad of ['UTC', 'Asia/Tokyo', 'JST', '', null, 7, ['jst']]) expect(isTimeZoneChoice(bad)).toBe(false);
  });
});

describe('makeFormat in a chosen zone', () => {
  it('English in JST: +9 h and the zone named, also in the compact form', () => {
    const f = makeFormat('en', 'Asia/Tokyo');
    expect(f.dateTime(at)).toBe('6 Apr 2027 21:00 JST');
    expect(f.shortTime(at)).toBe('06 Apr 21:00 JST');
    expect(f.clock(at)).toBe('21:00');
    expect(f.zoneLabel(at)).toBe('JST');
  });
  it('Japanese in UTC names UTC; the language\'s own zone keeps its forms', () => {
    const f = makeFormat('ja', 'UTC');
    expect(f.dateTime(at)).toBe('2027年4月6日 12:00 UTC');
    expect(f.shortTime(at)).toBe('4/6 12:00 UTC');
    expect(makeFormat('ja').shortTime(at)).toBe('4/6 21:00');
    expect(makeFormat('en').shortTime(at)).toBe('06 Apr 12:00Z');
  });
  it('the theatres: KST in Korea, UTC+8 in Taiwan, in both languages', () => {
    expect(makeFormat('en', 'Asia/Seoul').dateTime(at)).toBe('6 Apr 2027 21:00 KST');
    expect(makeFormat('ja', 'Asia/Seoul').dateTime(at)).toBe('2027年4月6日 21:00 KST');
    expect(makeFormat('en', 'Asia/Taipei').dateTime(at)).toBe('6 Apr 2027 20:00 UTC+8');
    expect(makeFormat('ja', 'Asia/Taipei').shortTime(at)).toBe('4/6 20:00 UTC+8');
  });
  it('the day changes with the zone', () => {
    expect(makeFormat('en', 'Asia/Tokyo').dateTime('2027-04-06T20:30:00Z')).toBe('7 Apr 2027 05:30 JST');
  });
});

describe('one zone choice for the whole client', () => {
  afterEach(() => { setZoneChoice(null); });

  it('formatFor follows the choice and the theatre; subscribers hear each change once', () => {
    let heard = 0;
    const stop = subscribeZone(() => { heard++; });
    expect(formatFor('en').dateTime(at)).toBe('6 Apr 2027 12:00 UTC');
    setZoneChoice('jst');
    expect(formatFor('en').dateTime(at)).toBe('6 Apr 2027 21:00 JST');
    setZoneChoice('jst');
    expect(heard).toBe(1);
    setZoneChoice('local');
    expect(formatFor('en').zone).toBe('UTC');
    const release = setTheatreZone(zoneOfCountry('KR'));
    expect(formatFor('en').dateTime(at)).toBe('6 Apr 2027 21:00 KST');
    expect(getZoneState()).toEqual({ choice: 'local', theatreZone: 'Asia/Seoul' });
    release();
    expect(getZoneState().theatreZone).toBeNull();
    expect(heard).toBe(4);
    stop();
    setZoneChoice('utc');
    expect(heard).toBe(4);
  });

  it('a page leaving after the next one set its theatre does not forget the new one', () => {
    setZoneChoice('local');
    const leaveKorea = setTheatreZone('Asia/Seoul');
    const leaveTaiwan = setTheatreZone('Asia/Taipei');
    leaveKorea();
    expect(formatFor('ja').zone).toBe('Asia/Taipei');
    leaveTaiwan();
    expect(formatFor('ja').zone).toBe('Asia/Tokyo');
  });
});
