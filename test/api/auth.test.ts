import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testApp, type TestApp } from '../support/app.ts';

// Sign-in, sessions, CSRF, rate limits, a liaison's reach and the audit trail, through app.inject.

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ demo: true });
});
afterAll(async () => { await t?.close(); });

const signInFrom = (remoteAddress: string, username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/session', remoteAddress, headers, payload: { username, password } });

const cookieOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'neo_session');

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and answers who signed in', async () => {
    const res = await signInFrom('10.0.0.1', 'planner', 'planner-demo');
    expect(res.statusCode).toBe(200);
    const cookie = cookieOf(res);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.value.length).toBeGreaterThan(30);
    const body = res.json() as { user: { username: string; role: string }; csrfToken: string; expiresAt: string };
    expect(body.user).toEqual({ username: 'planner', role: 'planner', partnerId: null });
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now() + 11 * 3600_000);
    // Only a hash of the token is stored: the cookie's value is not in the table.
    const stored = await t.database.db.selectFrom('sessions').select('id').where('id', '=', cookie!.value).executeTakeFirst();
    expect(stored).toBeUndefined();
    const again = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `neo_session=${cookie!.value}` } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(body);
  });

  it('accepts the username in any case', async () => {
    expect((await signInFrom('10.0.0.2', 'PLANNER', 'planner-demo')).statusCode).toBe(200);
  });

  it('answers a wrong password and an unknown user alike, with 401 and no cookie', async () => {
    const wrong = await signInFrom('10.0.0.3', 'planner', 'not-the-password');
    const unknown = await signInFrom('10.0.0.3', 'nobody', 'planner-demo');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(cookieOf(res)).toBeUndefined();
      expect(res.json()).toEqual({ code: 'unauthorized', message: 'Unknown username or wrong password' });
    }
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toBeDefined();
  });
});

describe('sign-in rate limit', () => {
  it('answers the 11th attempt within a minute with 429, even with the right password', async () => {
    for (let i = 1; i <= 10; i++) expect((await signInFrom('10.1.0.1', 'planner', `guess-${i}`)).statusCode).toBe(401);
    const eleventh = await signInFrom('10.1.0.1', 'planner', 'planner-demo');
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json()).toMatchObject({ code: 'rate_limited' });
    expect(cookieOf(eleventh)).toBeUndefined();
  });

  it('counts per username and address: another user, or the same user elsewhere, is not blocked', async () => {
    for (let i = 1; i <= 11; i++) await signInFrom('10.1.0.2', 'reader', `guess-${i}`);
    expect((await signInFrom('10.1.0.2', 'reader', 'reader-demo')).statusCode).toBe(429);
    expect((await signInFrom('10.1.0.2', 'planner', 'planner-demo')).statusCode).toBe(200);
    expect((await signInFrom('10.1.0.3', 'reader', 'reader-demo')).statusCode).toBe(200);
  });

  it('does not reset the count when the username changes case', async () => {
    const spellings = ['reader', 'Reader', 'READER', 'rEader', 'reAder', 'reaDer', 'readEr', 'readeR', 'REader', 'reADER'];
    for (const u of spellings) expect((await signInFrom('10.1.0.4', u, 'wrong')).statusCode).toBe(401);
    expect((await signInFrom('10.1.0.4', 'ReAdEr', 'reader-demo')).statusCode).toBe(429);
  });

  it('ignores X-Forwarded-For unless a proxy is trusted, so the address cannot be chosen by the client', async () => {
    for (let i = 1; i <= 10; i++) {
      expect((await signInFrom('10.1.0.5', 'planner', 'wrong', { 'x-forwarded-for': `192.0.2.${i}` })).statusCode).toBe(401);
    }
    expect((await signInFrom('10.1.0.5', 'planner', 'planner-demo', { 'x-forwarded-for': '192.0.2.99' })).statusCode).toBe(429);
  });

  it('limits one address trying many accounts', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 61; i++) codes.push((await signInFrom('10.1.0.6', `user-${i}`, 'wrong')).statusCode);
    expect(codes.slice(0, 60).every((c) => c === 401)).toBe(true);
    expect(codes[60]).toBe(429);
  });
});
