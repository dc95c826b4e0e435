import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import postgres from 'postgres';
import { connectPGlite, connectPostgres } from '../../server/db/connect.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { seedDemoData } from '../../server/seed/seed-database.ts';
import { loadDemoData } from '../../server/seed/load-files.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplates: { kind: 'pglite'; empty: string; demo: string } | { kind: 'postgres'; url: string; empty: string; demo: string };
  }
}

export function assertTestDatabase(url: string): void {
  const name = new URL(url).pathname.slice(1);
  if (!name.includes('test')) throw new Error(`Refusing to run tests against database "${name}": its name must contain "test"`);
}

/**
 * Migrates (and seeds) two template databases once; every test file then gets its own copy.
 * PGlite: data-directory dumps loaded by each file. PostgreSQL server: CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    assertTestDatabase(url);
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    const suffix = `${process.pid}`;
    const names = { empty: `neo_test_tpl_empty_${suffix}`, demo: `neo_test_tpl_demo_${suffix}` };
    for (const name of Object.values(names)) {
      await admin.unsafe(`drop database if exists ${name}`);
      await admin.unsafe(`create database ${name}`);
      const u = new URL(url);
      u.pathname = `/${name}`;
      const h = connectPostgres(u.toString(), { max: 2 });
      await migrateToLatest(h.db);
      if (name === names.demo) await seedDemoData(h.db, loadDemoData());
      await h.close();
    }
    project.provide('dbTemplates', { kind: 'postgres', url, ...names });
    return async () => {
      // Copies made by test files are dropped by the files themselves; drop leftovers of crashed runs too.
      const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`neo_test_%_${suffix}`} or datname like ${`neo_test_f_${suffix}_%`}`;
      for (const { datname } of leftovers) await admin.unsafe(`drop database if exists ${datname} with (force)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'neo-test-'));
  const files = { empty: path.join(dir, 'empty.tar.gz'), demo: path.join(dir, 'demo.tar.gz') };
  const h = await connectPGlite();
  await migrateToLatest(h.db);
  await dump(h, files.empty);
  await seedDemoData(h.db, loadDemoData());
  await dump(h, files.demo);
  await h.close();
  project.provide('dbTemplates', { kind: 'pglite', ...files });
}

async function dump(h: Awaited<ReturnType<typeof connectPGlite>>, file: string) {
  if (!h.pglite) throw new Error('not a PGlite handle');
  const blob = await h.pglite.dumpDataDir('gzip');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
}
