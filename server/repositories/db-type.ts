import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

/** Repositories take either the database or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>;
