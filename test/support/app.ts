import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createPlanSolver } from '../../server/services/plan-solver.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { insertUser } from '../../server/repositories/users.repository.ts';
import type { Role } from '../../shared/schemas/session.ts';
import { testDatabase, type TestDatabase } from './db.ts';

export interface Session { cookie: string; csrfToken: string; headers: Record<string, string> }

export interface TestApp {
  app: App;
  database: TestDatabase;
  /** Signs in (creating the account first when it does not exist) and returns the headers to send. */
  signIn(role: Role, opts?: { username?: string; partnerId?: string }): Promise<Session>;
  /** app.inject with a session's cookie and CSRF header. */
  as(session: Session | null, opts: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

const hashes = new Map<string, Promise<string>>();

/** `graceSeconds`: how long past its time limit a matcher run may go before it is stopped (default LIMITS). */
export async function testApp(opts: { demo?: boolean; graceSeconds?: number; env?: Record<string, string>; database?: TestDatabase } = {}): Promise<TestApp> {
  const database = opts.database ?? await testDatabase(opts);
  const config = loadConfig({ DEMO_DATA: 'off', CLIENT_DIST: '/nonexistent', MATCHER_TIME_LIMIT_S: '20', MATCHER_JOBS_PER_USER: '50', MATCHER_QUEUE_LIMIT: '100', ...opts.env });
  const solver = createPlanSolver({ graceSeconds: opts.graceSeconds });
  const app = await buildApp({ database, config, solver, ...(opts.graceSeconds !== undefined ? { graceSeconds: opts.graceSeconds } : {}) });
  await app.ready();
  const signIn: TestApp['signIn'] = async (role, o = {}) => {
    const username = o.username ?? (role === 'liaison' ? `t-liaison-${o.partnerId}` : `t-${role}`);
    const password = 'test-password';
    const existing = await database.db.selectFrom('users').select('username').where('username', '=', username).executeTakeFirst();
    if (!existing) {
      if (!hashes.has(password)) hashes.set(password, hashPassword(password));
      await insertUser(database.db, { username, passwordHash: await hashes.get(password)!, role, partnerId: role === 'liaison' ? (o.partnerId ?? null) : null });
    }
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'neo_session');
    const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
    const cookieHeader = `neo_session=${cookie?.value}`;
    return { cookie: cookieHeader, csrfToken, headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken } };
  };
  return {
    app, database, signIn,
    as: (session, o) => app.inject({ ...o, headers: { ...(session?.headers ?? {}), ...(o.headers ?? {}) } }),
    close: async () => {
      await app.close();
      await solver.close();
      if (!opts.database) await database.dispose();
    },
  };
}
