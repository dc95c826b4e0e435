import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileMigrationProvider, Migrator, type Kysely, type MigrationResultSet } from 'kysely';

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Runs every pending migration; throws with the failing migration's name and cause. */
export async function migrateToLatest(db: Kysely<any>, log: (msg: string) => void = () => {}): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder: migrationsFolder }),
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
