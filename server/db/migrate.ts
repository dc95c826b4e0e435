import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

/**
 * Imports the migration files from here rather than from inside kysely, so that the loader that
 * runs this code (tsx at start, Vite in tests) also compiles the TypeScript migrations.
 */
export class TsMigrationProvider implements MigrationProvider {
  /** `only`: a subset of the migrations by name (tests that migrate step by step). */
  constructor(private readonly only: (name: string) => boolean = () => true) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(migrationsFolder)).filter((f) => /^\d{14}_[a-z0-9_]+\.ts$/.test(f) && this.only(f.replace(/\.ts$/, ''))).sort();
    const out: Record<string, Migration> = {};
    for (const f of files) {
      const mod = (await import(pathToFileURL(path.join(migrationsFolder, f)).href)) as Migration;
      out[f.replace(/\.ts$/, '')] = { up: mod.up, ...(mod.down ? { down: mod.down } : {}) };
    }
    return out;
  }
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Runs every pending migration; throws with the failing migration's name and cause. */
export async function migrateToLatest(db: Kysely<any>, // eslint-disable-line @typescript-eslint/no-explicit-any -- runs before any typed schema exists
  log: (msg: string) => void = () => {}): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new TsMigrationProvider(),
    // Features are built in parallel branches, each with its own migration: a data directory that ran a
    // later-named one first must still take the earlier-named one when it lands.
    allowUnorderedMigrations: true,
  });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  for (const r of results ?? []) {
    if (r.status === 'Success') log(`migration ${r.migrationName} applied`);
    else if (r.status === 'Error') log(`migration ${r.migrationName} FAILED`);
  }
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const cause = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Database migration ${failed} failed: ${cause}`);
  }
}
