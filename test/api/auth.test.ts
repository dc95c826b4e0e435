import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createPlanSolver } from '../../server/services/plan-solver.ts';

// Sign-in, sessions, CSRF, rate limits, a liaison's reach and the audit trail, through app.inject.

let t: TestApp;
let planner: Session;
beforeAll(async () => {
  t = await testApp({ demo: true });
  planner = await t.signIn('planner');
});
afterAll(async () => { await t?.close(); });

const signInFrom = (remoteAddress: string, username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/session', remoteAddress, headers, payload: { username, password } });

const cookieOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'neo_session');

async function auditRows(entityType: string, entityId: string) {
  return t.database.db.selectFrom('audit_events').selectAll()
    .where('entity_type', '=', entityType).where('entity_id', '=', entityId).orderBy('id').execute();
}

async function count(table: 'lift_offers' | 'audit_events' | 'assembly_areas' | 'sessions') {
  const r = await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A valid new offer for the US Air Force (the demo partner `us-usaf`), from Osan to Yokota. */
const newOffer = (extra: Record<string, unknown> = {}) => ({
  category: 'foreign_military', aircraftType: 'Lockheed Martin C-130J-30 Super Hercules (USAF; RAAF; RAF)', seatsPerSortie: 92, sorties: 4,
  aircraftCount: 1, availableFrom: '2027-01-02T00:00:00Z', availableTo: '2027-01-05T00:00:00Z',
  originAirportIds: ['RKSO'], destinationAirportId: 'RJTY', turnaroundHours: 8, ...extra,
});

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

  it('marks the cookie Secure when COOKIE_SECURE=true (served over TLS)', async () => {
    const solver = createPlanSolver();
    const tls = await buildApp({ database: t.database, solver, config: loadConfig({ DEMO_DATA: 'off', CLIENT_DIST: '/nonexistent', COOKIE_SECURE: 'true' }) });
    try {
      const res = await tls.inject({ method: 'POST', url: '/api/session', payload: { username: 'planner', password: 'planner-demo' } });
      expect(cookieOf(res)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    } finally {
      await tls.close();
      await solver.close();
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

describe('sessions', () => {
  it('signs out: the session stops working, the cookie is cleared, and it is audited', async () => {
    const s = await t.signIn('reader');
    expect((await t.as(s, { method: 'GET', url: '/api/session' })).statusCode).toBe(200);
    const out = await t.as(s, { method: 'DELETE', url: '/api/session' });
    expect(out.statusCode).toBe(204);
    expect(cookieOf(out)).toMatchObject({ value: '' });
    expect(new Date(cookieOf(out)!.expires!).getTime()).toBeLessThanOrEqual(Date.now());
    expect((await t.as(s, { method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    expect((await t.as(s, { method: 'GET', url: '/api/plans' })).statusCode).toBe(401);
    const rows = await auditRows('session', 't-reader');
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['sign_in', 'sign_out']));
  });

  it('signing out without a session (or with one that ran out) still clears the cookie', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: 'neo_session=not-a-session' } });
    expect(res.statusCode).toBe(204);
    expect(cookieOf(res)?.value).toBe('');
  });

  it('refuses a session past its expiry, on reads and writes alike, even while its lookup is cached', async () => {
    const s = await t.signIn('planner', { username: 't-expiring' });
    // Expiry 1.5 s from now, read (and cached) by the next request; then let it pass.
    await t.database.db.updateTable('sessions').set({ expires_at: new Date(Date.now() + 1500) }).where('username', '=', 't-expiring').execute();
    expect((await t.as(s, { method: 'GET', url: '/api/countries' })).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1600));
    expect((await t.as(s, { method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    expect((await t.as(s, { method: 'GET', url: '/api/countries' })).statusCode).toBe(401);
    const write = await t.as(s, { method: 'POST', url: '/api/partners', payload: { name: 'Expired Air', nation: 'NZ' } });
    expect(write.statusCode).toBe(401);
    expect(await t.database.db.selectFrom('partners').select('id').where('name', '=', 'Expired Air').executeTakeFirst()).toBeUndefined();
  });

  it('refuses a session set in the past in the database (at the latest once the lookup cache, 2 s, has run out)', async () => {
    const s = await t.signIn('planner', { username: 't-expired-db' });
    await t.database.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('username', '=', 't-expired-db').execute();
    expect((await t.as(s, { method: 'GET', url: '/api/countries' })).statusCode).toBe(401);
  });

  it('ends a session deleted in the database (signed out on another server) within the 2 s lookup cache', async () => {
    const s = await t.signIn('reader', { username: 't-elsewhere' });
    expect((await t.as(s, { method: 'GET', url: '/api/plans' })).statusCode).toBe(200);
    await t.database.db.deleteFrom('sessions').where('username', '=', 't-elsewhere').execute();
    await new Promise((r) => setTimeout(r, 2100));
    expect((await t.as(s, { method: 'GET', url: '/api/plans' })).statusCode).toBe(401);
  });

  it('sweeps expired sessions at the next sign-in and replaces the browser\'s previous session', async () => {
    const first = await t.signIn('planner', { username: 't-sweep' });
    await t.database.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('username', '=', 't-sweep').execute();
    const before = await count('sessions');
    const second = await t.signIn('planner', { username: 't-sweep' });
    expect(await count('sessions')).toBe(before);
    // Signing in again from a browser that holds a live session ends that session.
    const again = await t.app.inject({ method: 'POST', url: '/api/session', remoteAddress: '10.2.0.1', headers: second.headers, payload: { username: 't-sweep', password: 'test-password' } });
    expect(again.statusCode).toBe(200);
    expect((await t.as(second, { method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    expect((await t.as(first, { method: 'GET', url: '/api/session' })).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a signed-in write without the x-csrf-token header, or with another session\'s token', async () => {
    const other = await t.signIn('reader');
    const before = await count('assembly_areas');
    const body = { country: 'KR', zone: 'KR-main', name: 'CSRF area', lat: 37, lon: 127, residents: 10 };
    const without = await t.app.inject({ method: 'POST', url: '/api/assembly-areas', headers: { cookie: planner.cookie }, payload: body });
    const wrong = await t.app.inject({ method: 'POST', url: '/api/assembly-areas', headers: { cookie: planner.cookie, 'x-csrf-token': other.csrfToken }, payload: body });
    const doubled = await t.app.inject({ method: 'POST', url: '/api/assembly-areas', headers: { cookie: planner.cookie, 'x-csrf-token': [planner.csrfToken, planner.csrfToken] }, payload: body });
    for (const res of [without, wrong, doubled]) {
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden', message: expect.stringContaining('CSRF') });
    }
    expect(await count('assembly_areas')).toBe(before);
    const ok = await t.as(planner, { method: 'POST', url: '/api/assembly-areas', payload: body });
    expect(ok.statusCode).toBe(201);
  });

  it('guards PATCH, PUT, DELETE and sign-out too', async () => {
    const s = await t.signIn('planner', { username: 't-csrf' });
    const cookieOnly = { cookie: s.cookie };
    expect((await t.app.inject({ method: 'PATCH', url: '/api/partners/us-usaf', headers: cookieOnly, payload: { name: 'x' } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/partners/us-usaf', headers: cookieOnly })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url: '/api/plans/none', headers: { ...cookieOnly, 'if-match': '1' }, payload: { sorties: [] } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/session', headers: cookieOnly })).statusCode).toBe(403);
    expect((await t.as(s, { method: 'GET', url: '/api/session' })).statusCode).toBe(200);
  });
});

describe('a liaison and another partner\'s offers', () => {
  let raf: Session;
  let usafOfferId: string;
  beforeAll(async () => {
    raf = await t.signIn('liaison', { partnerId: 'gb-raf' });
    const usaf = await t.signIn('liaison', { partnerId: 'us-usaf' });
    const res = await t.as(usaf, { method: 'POST', url: '/api/lift-offers', payload: newOffer() });
    expect(res.statusCode).toBe(201);
    usafOfferId = (res.json() as { id: string }).id;
  });

  it('lists only their own partner\'s offers, whatever filter they send', async () => {
    const own = (await t.as(raf, { method: 'GET', url: '/api/lift-offers' })).json() as { partnerId: string }[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((o) => o.partnerId === 'gb-raf')).toBe(true);
    expect((await t.as(raf, { method: 'GET', url: '/api/lift-offers?partnerId=us-usaf' })).json()).toEqual([]);
  });

  it('gets 404 reading or editing it by id, exactly as for an id that does not exist', async () => {
    const read = await t.as(raf, { method: 'GET', url: `/api/lift-offers/${usafOfferId}` });
    const missing = await t.as(raf, { method: 'GET', url: '/api/lift-offers/no-such-offer' });
    expect(read.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    const edit = await t.as(raf, { method: 'PATCH', url: `/api/lift-offers/${usafOfferId}`, payload: { version: 1, seatsPerSortie: 1 } });
    const withdraw = await t.as(raf, { method: 'PATCH', url: `/api/lift-offers/${usafOfferId}`, payload: { version: 1, status: 'withdrawn' } });
    expect(edit.statusCode).toBe(404);
    expect(withdraw.statusCode).toBe(404);
    const stored = (await t.as(planner, { method: 'GET', url: `/api/lift-offers/${usafOfferId}` })).json() as { seatsPerSortie: number; status: string; version: number };
    expect(stored).toMatchObject({ seatsPerSortie: 92, status: 'submitted', version: 1 });
  });

  it('gets 403 deciding or deleting any offer (a liaison decides nothing), and nothing changes', async () => {
    const decide = await t.as(raf, { method: 'POST', url: `/api/lift-offers/${usafOfferId}/decision`, payload: { status: 'accepted' } });
    const decideOwn = await t.as(raf, { method: 'POST', url: '/api/lift-offers/offer-gb-a400m-1/decision', payload: { status: 'accepted' } });
    const del = await t.as(raf, { method: 'DELETE', url: `/api/lift-offers/${usafOfferId}` });
    for (const res of [decide, decideOwn, del]) expect(res.statusCode).toBe(403);
    expect(((await t.as(planner, { method: 'GET', url: `/api/lift-offers/${usafOfferId}` })).json() as { status: string }).status).toBe('submitted');
  });

  it('cannot submit for another partner, nor choose the new offer\'s id', async () => {
    const before = await count('lift_offers');
    const other = await t.as(raf, { method: 'POST', url: '/api/lift-offers', payload: newOffer({ partnerId: 'us-usaf' }) });
    expect(other.statusCode).toBe(403);
    const chosenId = await t.as(raf, { method: 'POST', url: '/api/lift-offers', payload: newOffer({ id: usafOfferId }) });
    expect(chosenId.statusCode).toBe(400);
    expect(chosenId.json()).toMatchObject({ details: [{ field: 'body.id' }] });
    expect(await count('lift_offers')).toBe(before);
  });

  it('cannot accept their own offer through PATCH', async () => {
    const res = await t.as(raf, { method: 'PATCH', url: '/api/lift-offers/offer-gb-a400m-1', payload: { version: 1, status: 'accepted' } });
    expect(res.statusCode).toBe(400);
  });

  it('sees only their own partner in the partners list, and 404 for another partner', async () => {
    expect(((await t.as(raf, { method: 'GET', url: '/api/partners' })).json() as { id: string }[]).map((p) => p.id)).toEqual(['gb-raf']);
    expect((await t.as(raf, { method: 'GET', url: '/api/partners/us-usaf' })).statusCode).toBe(404);
  });
});

describe('audit trail', () => {
  it('writes one row with before and after for each write, by the user who made it', async () => {
    const usaf = await t.signIn('liaison', { partnerId: 'us-usaf' });
    const created = await t.as(usaf, { method: 'POST', url: '/api/lift-offers', payload: newOffer() });
    const offer = created.json() as { id: string; version: number };
    const edited = await t.as(usaf, { method: 'PATCH', url: `/api/lift-offers/${offer.id}`, payload: { version: 1, sorties: 6 } });
    expect(edited.statusCode).toBe(200);
    const decided = await t.as(planner, { method: 'POST', url: `/api/lift-offers/${offer.id}/decision`, payload: { status: 'accepted', note: 'Thank you' } });
    expect(decided.statusCode).toBe(200);
    const rows = await auditRows('lift_offer', offer.id);
    expect(rows.map((r) => [r.action, r.username])).toEqual([
      ['create', 't-liaison-us-usaf'], ['update', 't-liaison-us-usaf'], ['decide', 't-planner'],
    ]);
    expect(rows[1]!.before).toMatchObject({ sorties: 4, version: 1 });
    expect(rows[1]!.after).toMatchObject({ sorties: 6, version: 2 });
    expect(rows[2]!.after).toMatchObject({ status: 'accepted', note: null, decisionNote: 'Thank you', version: 3 });
    // Planners read an entity's history through the API; liaisons and readers may not.
    const history = await t.as(planner, { method: 'GET', url: `/api/audit?entityType=lift_offer&entityId=${offer.id}` });
    expect((history.json() as { action: string }[]).map((e) => e.action)).toEqual(['decide', 'update', 'create']);
    expect((await t.as(usaf, { method: 'GET', url: `/api/audit?entityId=${offer.id}` })).statusCode).toBe(403);
  });

  it('writes no row when the write fails, whether refused up front or inside the transaction', async () => {
    const before = await count('audit_events');
    const offers = await count('lift_offers');
    const usaf = await t.signIn('liaison', { partnerId: 'us-usaf' });
    const failures = [
      // invalid body (schema), unknown airport (checked in the transaction), stale version (409), missing (404)
      await t.as(usaf, { method: 'POST', url: '/api/lift-offers', payload: newOffer({ seatsPerSortie: -1 }) }),
      await t.as(usaf, { method: 'POST', url: '/api/lift-offers', payload: newOffer({ originAirportIds: ['RKSO', 'NOPE'] }) }),
      await t.as(usaf, { method: 'PATCH', url: '/api/lift-offers/offer-us-c17-1', payload: { version: 99, sorties: 1 } }),
      await t.as(planner, { method: 'POST', url: '/api/lift-offers/no-such/decision', payload: { status: 'declined' } }),
      // a database constraint firing after checks passed: deleting an airport that offers use
      await t.as(planner, { method: 'DELETE', url: '/api/airports/RKSO' }),
    ];
    expect(failures.map((r) => r.statusCode)).toEqual([400, 400, 409, 404, 409]);
    expect(await count('audit_events')).toBe(before + 1); // the liaison's sign-in only
    expect(await count('lift_offers')).toBe(offers);
    expect(await t.database.db.selectFrom('airports').select('id').where('id', '=', 'RKSO').executeTakeFirst()).toBeDefined();
  });
});
