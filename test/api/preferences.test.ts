import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';

// The interface language and time zone stored with the account: each user sets only their own; hostile bodies change nothing.

let t: TestApp;
let planner: Session;
let liaison: Session;
beforeAll(async () => {
  t = await testApp({ demo: true });
  planner = await t.signIn('planner');
  liaison = await t.signIn('liaison', { username: 'pref-liaison', partnerId: 'gb-raf' });
});
afterAll(async () => { await t?.close(); });

const languageOf = async (username: string) =>
  (await t.database.db.selectFrom('users').select('language').where('username', '=', username).executeTakeFirstOrThrow()).language;
const zoneOf = async (username: string) =>
  (await t.database.db.selectFrom('users').select('time_zone').where('username', '=', username).executeTakeFirstOrThrow()).time_zone;
const patch = (s: Session | null, payload: unknown, headers: Record<string, string> = {}) =>
  t.as(s, { method: 'PATCH', url: '/api/session/preferences', payload: payload as string, headers });

describe('PATCH /api/session/preferences', () => {
  it('starts unchosen, stores the choice with the account, and clears it with null', async () => {
    expect((await t.as(planner, { method: 'GET', url: '/api/session/preferences' })).json()).toEqual({ language: null, timeZone: null });
    const set = await patch(planner, { language: 'ja' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ language: 'ja', timeZone: null });
    expect(await languageOf('t-planner')).toBe('ja');
    // A new session of the same account sees it.
    const again = await t.signIn('planner');
    expect((await t.as(again, { method: 'GET', url: '/api/session/preferences' })).json()).toEqual({ language: 'ja', timeZone: null });
    expect((await patch(planner, { language: null })).json()).toEqual({ language: null, timeZone: null });
    expect(await languageOf('t-planner')).toBeNull();
  });

  it('a liaison sets their own language, not anyone else\'s', async () => {
    expect((await patch(liaison, { language: 'en' })).statusCode).toBe(200);
    expect(await languageOf('pref-liaison')).toBe('en');
    expect(await languageOf('t-planner')).toBeNull();
    // Naming another account is an unknown field, not a way in.
    const other = await patch(liaison, { language: 'ja', username: 'planner' });
    expect(other.statusCode).toBe(400);
    expect(await languageOf('t-planner')).toBeNull();
    expect(await languageOf('pref-liaison')).toBe('en');
  });

  const hostile: [string, unknown, RegExp][] = [
    ['a language without catalogues', { language: 'fr' }, /body\.language/],
    ['a wrong type', { language: 7 }, /body\.language/],
    ['an object', { language: { en: true } }, /body\.language/],
    ['an array', { language: ['ja'] }, /body\.language/],
    ['an empty body', {}, /body/],
    ['an extra field', { language: 'ja', role: 'planner' }, /body\.role.*not a known field/],
    ['a huge string', { language: 'j'.repeat(100_000) }, /body\.language/],
    ['NUL in the value', { language: 'j\u0000a' }, /body\.language|NUL|null character/i],
    ['a body that is no object', ['ja'], /body/],
    ['a number body', 42, /body/],
  ];
  for (const [what, body, field] of hostile) {
    it(`refuses ${what} with 400 naming the field, changing nothing`, async () => {
      await patch(planner, { language: 'en' });
      const res = await patch(planner, body);
      expect(res.statusCode, res.body).toBe(400);
      expect((res.json() as { code: string; message: string }).code).toBe('bad_request');
      expect((res.json() as { message: string }).message).toMatch(field);
      expect(await languageOf('t-planner')).toBe('en');
    });
  }

  it('refuses JSON nested 10,000 deep and text that is not JSON', async () => {
    const deep = `{"language":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const res = await patch(planner, deep, { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect((await patch(planner, '{"language":', { 'content-type': 'application/json' })).statusCode).toBe(400);
    expect(await languageOf('t-planner')).toBe('en');
  });

  it('anonymous: 401; without the CSRF token: 403', async () => {
    expect((await patch(null, { language: 'ja' })).statusCode).toBe(401);
    const noCsrf = await t.app.inject({ method: 'PATCH', url: '/api/session/preferences', headers: { cookie: planner.cookie }, payload: { language: 'ja' } });
    expect(noCsrf.statusCode).toBe(403);
    expect(await languageOf('t-planner')).toBe('en');
  });

  it('concurrent writes of one account: each answers 200 and the stored value is one of them', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => patch(planner, { language: i % 2 ? 'ja' : 'en' })));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(12).fill(200));
    expect(['en', 'ja']).toContain(await languageOf('t-planner'));
  });

  it('a stored tag the client no longer has reads as not chosen', async () => {
    await t.database.db.updateTable('users').set({ language: 'fr' }).where('username', '=', 'pref-liaison').execute();
    expect((await t.as(liaison, { method: 'GET', url: '/api/session/preferences' })).json()).toEqual({ language: null, timeZone: null });
  });
});

describe('time zone preference', () => {
  it('stores the zone alone, leaves the language as it was, and a new session reads it', async () => {
    await patch(planner, { language: 'en', timeZone: null });
    const set = await patch(planner, { timeZone: 'jst' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ language: 'en', timeZone: 'jst' });
    expect(await zoneOf('t-planner')).toBe('jst');
    expect(await languageOf('t-planner')).toBe('en');
    const again = await t.signIn('planner');
    expect((await t.as(again, { method: 'GET', url: '/api/session/preferences' })).json()).toEqual({ language: 'en', timeZone: 'jst' });
    // The language alone leaves the zone.
    expect((await patch(planner, { language: 'ja' })).json()).toEqual({ language: 'ja', timeZone: 'jst' });
    expect(await zoneOf('t-planner')).toBe('jst');
  });

  it('changes together with the language, and clears with null', async () => {
    const both = await patch(planner, { language: 'en', timeZone: 'local' });
    expect(both.statusCode, both.body).toBe(200);
    expect(both.json()).toEqual({ language: 'en', timeZone: 'local' });
    expect([await languageOf('t-planner'), await zoneOf('t-planner')]).toEqual(['en', 'local']);
    expect((await patch(planner, { timeZone: 'utc' })).json()).toEqual({ language: 'en', timeZone: 'utc' });
    expect((await patch(planner, { timeZone: null })).json()).toEqual({ language: 'en', timeZone: null });
    expect(await zoneOf('t-planner')).toBeNull();
  });

  it('one account\'s zone is not another\'s', async () => {
    await patch(planner, { timeZone: 'utc' });
    expect((await patch(liaison, { timeZone: 'local' })).statusCode).toBe(200);
    expect(await zoneOf('pref-liaison')).toBe('local');
    expect(await zoneOf('t-planner')).toBe('utc');
  });

  const hostileZones: [string, unknown][] = [
    ['an IANA name', 'Asia/Tokyo'],
    ['upper case', 'UTC'],
    ['an offset', '+09:00'],
    ['a number', 7],
    ['an array', ['jst']],
    ['an object', { zone: 'jst' }],
    ['true', true],
    ['NUL in the value', 'j\u0000st'],
    ['a huge string', 'j'.repeat(100_000)],
  ];
  for (const [what, zone] of hostileZones) {
    it(`refuses ${what} as timeZone with 400 naming body.timeZone, changing nothing`, async () => {
      await patch(planner, { language: 'en', timeZone: 'jst' });
      for (const body of [{ timeZone: zone }, { language: 'ja', timeZone: zone }]) {
        const res = await patch(planner, body);
        expect(res.statusCode, res.body).toBe(400);
        expect((res.json() as { code: string }).code).toBe('bad_request');
        expect((res.json() as { message: string }).message).toMatch(/body\.timeZone/);
        expect([await languageOf('t-planner'), await zoneOf('t-planner')]).toEqual(['en', 'jst']);
      }
    });
  }

  it('the database refuses the zones the API refuses', async () => {
    for (const zone of ['Asia/Tokyo', 'UTC', 'JST', '', 'local ', 'j'.repeat(1000)]) {
      await expect(t.database.db.updateTable('users').set({ time_zone: zone }).where('username', '=', 'pref-liaison').execute(),
        zone).rejects.toThrow(/check|constraint/i);
    }
    for (const zone of ['utc', 'jst', 'local', null]) {
      await t.database.db.updateTable('users').set({ time_zone: zone }).where('username', '=', 'pref-liaison').execute();
      expect(await zoneOf('pref-liaison')).toBe(zone);
    }
  });
});
