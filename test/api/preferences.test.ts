import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';

// The interface language stored with the account: each user sets only their own; hostile bodies change nothing.

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
const patch = (s: Session | null, payload: unknown, headers: Record<string, string> = {}) =>
  t.as(s, { method: 'PATCH', url: '/api/session/preferences', payload: payload as string, headers });

describe('PATCH /api/session/preferences', () => {
  it('starts unchosen, stores the choice with the account, and clears it with null', async () => {
    expect((await t.as(planner, { method: 'GET', url: '/api/session/preferences' })).json()).toEqual({ language: null });
    const set = await patch(planner, { language: 'ja' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ language: 'ja' });
    expect(await languageOf('t-planner')).toBe('ja');
    // A new session of the same account sees it.
    const again = await t.signIn('planner');
    expect((await t.as(again, { method: 'GET', url: '/api/session/preferences' })).json()).toEqual({ language: 'ja' });
    expect((await patch(planner, { language: null })).json()).toEqual({ language: null });
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
    expect((await t.as(liaison, { method: 'GET', url: '/api/session/preferences' })).json()).toEqual({ language: null });
  });
});
