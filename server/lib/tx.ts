import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

/** Every write runs in one transaction: it all happens (with its audit row) or none of it does. */
export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
