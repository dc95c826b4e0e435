import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Sign-in rate-limit counters shared by every API instance on the database: a guesser spreading attempts
// over two instances behind a proxy meets one counter, not one per process. The key is a hash (it names a
// client address and an attempted username); reset_at ends the window.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('rate_limit_hits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limit_hits_reset_at_idx').on('rate_limit_hits').column('reset_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_hits').ifExists().execute();
}
