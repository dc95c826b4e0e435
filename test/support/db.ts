import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { connectPGlite, connectPostgres, type DatabaseHandle } from '../../server/db/connect.ts';

export interface TestDatabase extends DatabaseHandle {
  /** On the PostgreSQL server: this database's URL (a second instance, a worker process connect to it). */
  url?: string;
  /** Closes the connection and drops the copy (server) or frees the instance (PGlite). */
  dispose(): Promise<void>;
}

/**
 * A database of this test file's own: a copy of the migrated template, with the demo data when
 * `demo` is true. Against PGlite by default, the PostgreSQL server when DATABASE_URL is set.
 */
export async function testDatabase(opts: { demo?: boolean } = {}): Promise<TestDatabase> {
  const t = inject('dbTemplates');
  const template = opts.demo ? t.demo : t.empty;
  if (t.kind === 'pglite') {
    const h = await connectPGlite(undefined, new Blob([readFileSync(template)]));
    return { ...h, dispose: () => h.close() };
  }
  return serverDatabase(t.url, t.demo, template);
}

/** CREATE DATABASE `name` (a copy of `template` when given) on the server `admin` is connected to. */
export async function createDatabase(admin: postgres.Sql, name: string, template: string | null): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`);
      return;
    } catch (err) {
      // Two files copying the same template at once: PostgreSQL refuses the second; try again.
      if (attempt > 20 || !String(err).includes('being accessed')) throw err;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
    }
  }
}

/** A new database on the PostgreSQL server, a copy of `template` or empty; dispose drops it. */
async function serverDatabase(url: string, demoTemplate: string, template: string | null): Promise<TestDatabase> {
  const name = `neo_test_f_${demoTemplate.split('_').pop()}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await createDatabase(admin, name, template);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const h = connectPostgres(u.toString(), { max: 5 });
  return {
    ...h,
    url: u.toString(),
    dispose: async () => {
      await h.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * An empty database, not migrated: for tests of a migration itself. A fresh PGlite instance, or a new
 * database on the PostgreSQL server (dropped by dispose, and by the global teardown after a crash).
 */
export async function blankTestDatabase(): Promise<TestDatabase> {
  const t = inject('dbTemplates');
  if (t.kind === 'pglite') {
    const h = await connectPGlite();
    return { ...h, dispose: () => h.close() };
  }
  return serverDatabase(t.url, t.demo, null);
}
