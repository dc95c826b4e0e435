import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { buildApp, type App } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createPlanSolver, type PlanSolver } from '../../server/services/plan-solver.ts';

// Accounts managed by planners through the API (no second process on the database): roles, hostile
// input, the last-planner rule, and a demoted or disabled account's very next request.

let t: TestApp;
let planner: Session;
let n = 0;
const uname = (p = 'acct') => `${p}-${Date.now().toString(36)}-${(n++).toString(36)}`;

beforeAll(async () => {
  t = await testApp({ demo: true });
  planner = await t.signIn('planner', { username: 'boss' });
});
afterAll(async () => { await t?.close(); });

const create = (body: Record<string, unknown>, who: Session | null = planner) =>
  t.as(who, { method: 'POST', url: '/api/users', payload: body as InjectOptions['payload'] });
const patch = (username: string, body: unknown, who: Session | null = planner) =>
  t.as(who, { method: 'PATCH', url: `/api/users/${username}`, payload: body as InjectOptions['payload'] });
const signInAs = async (username: string, password: string) => {
  const res = await t.app.inject({ method: 'POST', url: '/api/session', remoteAddress: `10.9.${n % 250}.${(n++) % 250}`, payload: { username, password } });
  if (res.statusCode !== 200) return { status: res.statusCode, body: res.json() as { message: string } };
  const cookie = `neo_session=${res.cookies.find((c) => c.name === 'neo_session')!.value}`;
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return { status: 200, session: { cookie, csrfToken: csrf, headers: { cookie, 'x-csrf-token': csrf } } as Session };
};
const rowsOf = (username: string) => t.database.db.selectFrom('users').selectAll().where('username', '=', username).execute();
const auditOf = (username: string) => t.database.db.selectFrom('audit_events').selectAll()
  .where('entity_type', '=', 'user').where('entity_id', '=', username).orderBy('id').execute();
const newPartnerArea = { country: 'KR', zone: 'KR-main', name: 'Accounts test area', lat: 37.5, lon: 127, residents: 5 };

describe('creating accounts', () => {
  it('a planner creates every role; the answer and the audit hold no password or hash', async () => {
    for (const [role, partnerId] of [['planner', undefined], ['reader', null], ['liaison', 'gb-raf']] as const) {
      const username = uname(role);
      const res = await create({ username, password: 'a-long-password', role, ...(partnerId !== undefined ? { partnerId } : {}) });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ username, role, partnerId: partnerId ?? null, disabled: false, passwordChangedAt: null });
      expect(res.body).not.toMatch(/password_hash|scrypt|a-long-password/);
      const audit = await auditOf(username);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ username: 'boss', action: 'create' });
      expect(JSON.stringify(audit[0])).not.toMatch(/scrypt|a-long-password|password_hash/);
      // …and the new account can sign in at once, in the same running server.
      expect((await signInAs(username, 'a-long-password')).status).toBe(200);
    }
    const list = await t.as(planner, { method: 'GET', url: '/api/users' });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toMatch(/scrypt|password_hash/);
    expect((list.json() as { username: string }[]).map((u) => u.username)).toContain('boss');
  });

  it('readers, liaisons and anonymous callers may not list, create or change accounts', async () => {
    const reader = await t.signIn('reader');
    const liaison = await t.signIn('liaison', { partnerId: 'gb-raf' });
    for (const who of [reader, liaison]) {
      expect((await t.as(who, { method: 'GET', url: '/api/users' })).statusCode).toBe(403);
      expect((await create({ username: uname(), password: 'a-long-password', role: 'planner' }, who)).statusCode).toBe(403);
      expect((await patch('boss', { role: 'reader' }, who)).statusCode).toBe(403);
      expect((await t.as(who, { method: 'PUT', url: '/api/users/boss/password', payload: { password: 'hijacked-password' } })).statusCode).toBe(403);
    }
    expect((await create({ username: uname(), password: 'a-long-password', role: 'planner' }, null)).statusCode).toBe(401);
    expect((await rowsOf('boss'))[0]!.role).toBe('planner');
  });

  it('hostile input is a 400 naming the field, and nothing is stored', async () => {
    const u = uname();
    const cases: [Record<string, unknown>, string][] = [
      [{ username: u, password: 'short', role: 'reader' }, 'body.password'],
      [{ username: u, password: 'x'.repeat(257), role: 'reader' }, 'body.password'],
      [{ username: 'Has Space', password: 'a-long-password', role: 'reader' }, 'body.username'],
      [{ username: 'x', password: 'a-long-password', role: 'reader' }, 'body.username'],
      [{ username: `${u}\u0000`, password: 'a-long-password', role: 'reader' }, 'username'],
      [{ username: u, password: 'a-long-password', role: 'admin' }, 'body.role'],
      [{ username: u, password: 'a-long-password', role: 'reader', isAdmin: true }, 'body.isAdmin'],
      [{ username: u, password: 'a-long-password' }, 'body.role'],
      [{ username: u, password: 12345678901234, role: 'reader' }, 'body.password'],
      [{ username: u, password: 'a-long-password', role: 'liaison' }, 'partnerId'],
      [{ username: u, password: 'a-long-password', role: 'reader', partnerId: 'gb-raf' }, 'partnerId'],
      [{ username: u, password: 'a-long-password', role: 'liaison', partnerId: 'no-such-partner' }, 'partnerId'],
    ];
    for (const [body, field] of cases) {
      const res = await create(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.json()), JSON.stringify(body)).toContain(field);
    }
    const big = await create({ username: u, password: 'a-long-password', role: 'reader', filler: 'x'.repeat(2_000_000) });
    expect(big.statusCode).toBe(413);
    expect(await rowsOf(u)).toEqual([]);
  });

  it('a taken username is a 409 (also two creations at once), and the first account is unchanged', async () => {
    const u = uname();
    const [a, b] = await Promise.all([
      create({ username: u, password: 'first-password-1', role: 'reader' }),
      create({ username: u, password: 'second-password-2', role: 'planner' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const again = await create({ username: u, password: 'third-password-3', role: 'planner' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict', details: [{ field: 'username' }] });
    expect(await rowsOf(u)).toHaveLength(1);
  });
});

describe('changing accounts', () => {
  it('role and partner: a liaison needs a partner, other roles none; unknown account 404; bad bodies 400', async () => {
    const u = uname();
    expect((await create({ username: u, password: 'a-long-password', role: 'reader' })).statusCode).toBe(201);
    expect((await patch(u, { role: 'liaison' })).json()).toMatchObject({ details: [{ field: 'partnerId' }] });
    const toLiaison = await patch(u, { role: 'liaison', partnerId: 'us-usaf' });
    expect(toLiaison.statusCode, toLiaison.body).toBe(200);
    expect(toLiaison.json()).toMatchObject({ role: 'liaison', partnerId: 'us-usaf' });
    const toReader = await patch(u, { role: 'reader' });
    expect(toReader.json()).toMatchObject({ role: 'reader', partnerId: null });
    expect((await patch(u, { partnerId: 'us-usaf' })).statusCode).toBe(400);
    expect((await patch(u, {})).statusCode).toBe(400);
    expect((await patch(u, { role: 'root' })).statusCode).toBe(400);
    expect((await patch(u, { disabled: 'yes' })).statusCode).toBe(400);
    expect((await patch(u, { username: 'renamed' })).statusCode).toBe(400);
    expect((await patch('nobody-here', { role: 'reader' })).statusCode).toBe(404);
    expect((await patch('../../etc', { role: 'reader' })).statusCode).toBeLessThan(500);
    const audit = await auditOf(u);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
    expect(audit[1]).toMatchObject({ before: { role: 'reader', partnerId: null }, after: { role: 'liaison', partnerId: 'us-usaf' } });
  });

  it('a demoted planner\'s very next write is refused, on this server and on another one on the same database', async () => {
    const u = uname('demoted');
    await create({ username: u, password: 'a-long-password', role: 'planner' });
    const signed = await signInAs(u, 'a-long-password');
    const s = signed.session!;
    // Another server instance on the same database (sessions are read from it on every request).
    const solver: PlanSolver = createPlanSolver();
    const other: App = await buildApp({ database: t.database, solver, config: loadConfig({ DEMO_DATA: 'off', CLIENT_DIST: '/nonexistent'}) });
    try {
      // Both servers have served the session as a planner's.
      expect((await t.as(s, { method: 'GET', url: '/api/users' })).statusCode).toBe(200);
      expect((await other.inject({ method: 'GET', url: '/api/users', headers: s.headers })).statusCode).toBe(200);
      expect((await patch(u, { role: 'reader' })).statusCode).toBe(200);
      const here = await t.as(s, { method: 'POST', url: '/api/assembly-areas', payload: newPartnerArea });
      expect(here.statusCode).toBe(403);
      const there = await other.inject({ method: 'POST', url: '/api/assembly-areas', headers: s.headers, payload: newPartnerArea });
      expect(there.statusCode).toBe(403);
      expect((await t.as(s, { method: 'GET', url: '/api/users' })).statusCode).toBe(403);
      expect((await t.as(s, { method: 'GET', url: '/api/session' })).json()).toMatchObject({ user: { role: 'reader' } });
    } finally {
      await other.close();
      await solver.close();
    }
  });

  it('disabling ends the sessions at once and blocks sign-in; enabling lets the account sign in again', async () => {
    const u = uname('off');
    await create({ username: u, password: 'a-long-password', role: 'planner' });
    const s = (await signInAs(u, 'a-long-password')).session!;
    expect((await t.as(s, { method: 'GET', url: '/api/users' })).statusCode).toBe(200);
    const off = await patch(u, { disabled: true });
    expect(off.json()).toMatchObject({ disabled: true });
    expect((await t.as(s, { method: 'GET', url: '/api/users' })).statusCode).toBe(401);
    expect((await t.as(s, { method: 'POST', url: '/api/assembly-areas', payload: newPartnerArea })).statusCode).toBe(401);
    const refused = await signInAs(u, 'a-long-password');
    expect(refused.status).toBe(403);
    expect(refused.body!.message).toMatch(/disabled/);
    expect((await signInAs(u, 'wrong-password-x')).status).toBe(401); // a guesser learns nothing
    expect((await patch(u, { disabled: false })).json()).toMatchObject({ disabled: false });
    expect((await signInAs(u, 'a-long-password')).status).toBe(200);
  });

  it('password reset: old password and every session of the account end; the new one works; nothing audited in clear', async () => {
    const u = uname('pw');
    await create({ username: u, password: 'old-long-password', role: 'reader' });
    const s = (await signInAs(u, 'old-long-password')).session!;
    const res = await t.as(planner, { method: 'PUT', url: `/api/users/${u}/password`, payload: { password: 'new-long-password' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ username: u });
    expect((res.json() as { passwordChangedAt: string | null }).passwordChangedAt).not.toBeNull();
    expect((await t.as(s, { method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    expect((await signInAs(u, 'old-long-password')).status).toBe(401);
    expect((await signInAs(u, 'new-long-password')).status).toBe(200);
    expect(JSON.stringify(await auditOf(u))).not.toMatch(/new-long-password|scrypt/);
    expect((await t.as(planner, { method: 'PUT', url: `/api/users/${u}/password`, payload: { password: 'short' } })).statusCode).toBe(400);
    expect((await t.as(planner, { method: 'PUT', url: '/api/users/nobody-here/password', payload: { password: 'new-long-password' } })).statusCode).toBe(404);
    // A planner resetting their own password keeps the session they did it from.
    const me = (await signInAs(u, 'new-long-password')).session!;
    await patch(u, { role: 'planner' });
    expect((await t.as(me, { method: 'PUT', url: `/api/users/${u}/password`, payload: { password: 'newer-long-password' } })).statusCode).toBe(200);
    expect((await t.as(me, { method: 'GET', url: '/api/session' })).statusCode).toBe(200);
  });
});

describe('the last enabled planner', () => {
  it('can be neither demoted nor disabled, by anyone, also when two planners demote each other at once', async () => {
    const t2 = await testApp();
    try {
      const a = await t2.signIn('planner', { username: 'alpha' });
      const b = await t2.signIn('planner', { username: 'bravo' });
      const p = (who: Session, username: string, body: unknown) => t2.as(who, { method: 'PATCH', url: `/api/users/${username}`, payload: body as InjectOptions['payload'] });
      // Nobody disables their own account.
      const self = await p(a, 'alpha', { disabled: true });
      expect(self.statusCode).toBe(422);
      expect(self.json()).toMatchObject({ details: [{ field: 'disabled' }] });
      // Two planners demote each other at the same time: exactly one wins.
      const [x, y] = await Promise.all([p(a, 'bravo', { role: 'reader' }), p(b, 'alpha', { role: 'reader' })]);
      const statuses = [x.statusCode, y.statusCode].sort();
      expect(statuses, `${x.body} ${y.body}`).toContain(200);
      const planners = await t2.database.db.selectFrom('users').select('username').where('role', '=', 'planner').where('disabled_at', 'is', null).execute();
      expect(planners).toHaveLength(1);
      const last = planners[0]!.username;
      const lastSession = last === 'alpha' ? a : b;
      // The survivor cannot demote themselves either.
      const demoteSelf = await p(lastSession, last, { role: 'reader' });
      expect(demoteSelf.statusCode).toBe(422);
      expect(demoteSelf.json()).toMatchObject({ message: expect.stringMatching(/last enabled planner/) as unknown as string, details: [{ field: 'role' }] });
      // With a second planner, self-demotion is allowed.
      expect((await t2.as(lastSession, { method: 'POST', url: '/api/users', payload: { username: 'charlie', password: 'a-long-password', role: 'planner' } })).statusCode).toBe(201);
      expect((await p(lastSession, 'charlie', { disabled: true })).statusCode).toBe(200);
      expect((await p(lastSession, last, { role: 'reader' })).statusCode).toBe(422); // charlie is disabled: still the last one
      expect((await p(lastSession, 'charlie', { disabled: false })).statusCode).toBe(200);
      expect((await p(lastSession, last, { role: 'reader' })).statusCode).toBe(200);
    } finally {
      await t2.close();
    }
  });
});
