import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';

// First run: with no account at all, one public call creates the first planner and signs them in;
// afterwards it refuses. The sign-in page names demo accounts only while they exist as seeded.

describe('first-run setup on an empty database', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp(); });
  afterAll(async () => { await t?.close(); });

  const setup = (payload: unknown, remoteAddress = '10.20.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/setup', remoteAddress, payload: payload as Record<string, unknown> });

  it('says it is the first run and advertises no demo account', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/setup' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ firstRun: true, demoAccounts: [] });
  });

  it('refuses bad input with a 400 naming the field, and creates nothing', async () => {
    for (const [body, field] of [
      [{ username: 'chief', password: 'short' }, 'body.password'],
      [{ username: 'Chief Planner', password: 'a-long-password' }, 'body.username'],
      [{ username: 'chief', password: 'a-long-password', role: 'reader' }, 'body.role'],
      [{ password: 'a-long-password' }, 'body.username'],
      [[], 'body'],
    ] as const) {
      const res = await setup(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.json())).toContain(field);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toMatchObject({ firstRun: true });
  });

  it('two setup calls at once: one 201 (signed in as planner), the other 409; afterwards always 409', async () => {
    const [a, b] = await Promise.all([
      setup({ username: 'first-one', password: 'first-long-password' }, '10.20.0.2'),
      setup({ username: 'second-one', password: 'second-long-password' }, '10.20.0.3'),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const won = a.statusCode === 201 ? a : b;
    const lost = a.statusCode === 201 ? b : a;
    expect(lost.json()).toMatchObject({ code: 'conflict', message: expect.stringMatching(/already set up/) as unknown as string });
    const body = won.json() as { user: { username: string; role: string }; csrfToken: string };
    expect(body.user.role).toBe('planner');
    const users = await t.database.db.selectFrom('users').select(['username', 'role']).execute();
    expect(users).toEqual([{ username: body.user.username, role: 'planner' }]);

    // The cookie it set is a working planner session: it can create the next account at once.
    const cookie = `neo_session=${won.cookies.find((c) => c.name === 'neo_session')!.value}`;
    expect(won.cookies.find((c) => c.name === 'neo_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const next = await t.app.inject({ method: 'POST', url: '/api/users', headers: { cookie, 'x-csrf-token': body.csrfToken }, payload: { username: 'deputy', password: 'a-long-password', role: 'planner' } });
    expect(next.statusCode, next.body).toBe(201);

    expect((await setup({ username: 'late-comer', password: 'a-long-password' }, '10.20.0.4')).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ firstRun: false, demoAccounts: [] });
    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'entity_type', 'username']).where('entity_type', '=', 'user').orderBy('id').execute();
    expect(audit[0]).toEqual({ action: 'create', entity_type: 'user', username: body.user.username });
    expect(JSON.stringify(await t.database.db.selectFrom('audit_events').selectAll().execute())).not.toMatch(/long-password|scrypt/);
  });
});

describe('demo accounts on the sign-in page', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ demo: true }); });
  afterAll(async () => { await t?.close(); });

  it('lists the seeded demo accounts while they still have their published password and are enabled', async () => {
    const status = async () => (await t.app.inject({ method: 'GET', url: '/api/setup' })).json() as { firstRun: boolean; demoAccounts: { username: string; password: string }[] };
    expect(await status()).toEqual({
      firstRun: false,
      demoAccounts: [
        { username: 'planner', role: 'planner', password: 'planner-demo' },
        { username: 'reader', role: 'reader', password: 'reader-demo' },
        { username: 'liaison-usaf', role: 'liaison', password: 'liaison-demo' },
      ],
    });
    const boss = await t.signIn('planner', { username: 'boss' });
    expect((await t.as(boss, { method: 'PUT', url: '/api/users/planner/password', payload: { password: 'no-longer-the-demo' } })).statusCode).toBe(200);
    expect((await t.as(boss, { method: 'PATCH', url: '/api/users/reader', payload: { disabled: true } })).statusCode).toBe(200);
    expect((await status()).demoAccounts.map((a) => a.username)).toEqual(['liaison-usaf']);
  });
});
