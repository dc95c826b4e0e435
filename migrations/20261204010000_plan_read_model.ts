import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Fast plan reads (issue 11). The plans list reads a few summary columns instead of every plan's
// stored violations, metrics and drift (jsonb of megabytes at scale); they are written with each
// derivation, and filled here from what the rows already hold. plan_summaries keeps the printed
// summary of a plan, per variant, under the digest of the plan version and data it was computed on.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans')
    .addColumn('people_out', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('people_left', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('violation_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inputs_changed', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('breaks', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('sortie_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_departure_at', 'timestamptz')
    .execute();
  await sql`
    update plans set
      people_out = coalesce(round((metrics->>'peopleOut')::numeric)::int, 0),
      people_left = coalesce(round((metrics->>'peopleLeft')::numeric)::int, 0),
      violation_count = case when jsonb_typeof(violations) = 'array' then jsonb_array_length(violations) else 0 end,
      inputs_changed = coalesce((drift->>'changed')::boolean, false),
      breaks = coalesce((drift->>'breaks')::boolean, false),
      sortie_count = (select count(*)::int from sorties s where s.plan_id = plans.id),
      last_departure_at = (select max(s.depart_at) from sorties s where s.plan_id = plans.id)
  `.execute(db);
  // The plans list pages newest first by creation (server/repositories/plans.repository.ts PLAN_LIST).
  await db.schema.createIndex('plans_created_at_id').on('plans').expression(sql`created_at desc, id`).execute();

  await db.schema.createTable('plan_summaries')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    /** Who reads it and which variant: `staff|full`, `staff|airport:RKSS`, `liaison|partner:gb-raf`. */
    .addColumn('variant', 'text', (c) => c.notNull())
    /** The plan version and data it was computed from; a read under another digest computes it again. */
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('summary', 'jsonb', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('plan_summaries_pk', ['plan_id', 'variant'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('plan_summaries').execute();
  await db.schema.dropIndex('plans_created_at_id').execute();
  for (const c of ['people_out', 'people_left', 'violation_count', 'inputs_changed', 'breaks', 'sortie_count', 'last_departure_at']) {
    await db.schema.alterTable('plans').dropColumn(c).execute();
  }
}
