import { sql } from 'kysely';
import type { Db } from './db-type.ts';

/** An arbitrary constant naming "the CSV import" among PostgreSQL advisory locks. */
const IMPORT_LOCK = 7_410_001;

/** Held to the end of the transaction: imports run one after another, never interleaved. */
export async function lockImports(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(db);
}
