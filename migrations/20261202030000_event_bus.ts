import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// The event bus (server/events) keeps what it publishes for a few minutes: a listener fetches a payload
// too big for NOTIFY (8000 bytes) by id, and an SSE client that reconnects resumes after its Last-Event-ID.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('bus_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('bus_events_topic_id').on('bus_events').columns(['topic', 'id']).execute();
  await db.schema.createIndex('bus_events_created_at').on('bus_events').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bus_events').execute();
}
