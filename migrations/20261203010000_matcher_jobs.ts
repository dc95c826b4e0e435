import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// A matcher run as a durable job: pg-boss (schema pgboss, installed by pg-boss itself at start) queues
// and retries it; this row keeps what the API shows — who asked, for what, its progress and its outcome.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('matcher_jobs')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('plan', 'replan')`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text')
    .addColumn('request', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('queued')
      .check(sql`state in ('queued', 'running', 'succeeded', 'failed', 'cancelled')`))
    .addColumn('progress', 'jsonb')
    .addColumn('result_plan_id', 'text')
    .addColumn('error', 'jsonb')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cancel_requested_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('matcher_jobs_open_by_user').on('matcher_jobs').columns(['created_by', 'state']).execute();
  await db.schema.createIndex('matcher_jobs_state').on('matcher_jobs').column('state').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('matcher_jobs').execute();
}
