import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Execution of an approved plan (issue 12): an operation runs one scenario with a plan in force;
// each sortie of it has a lifecycle state, the people who boarded it (its manifest), the people
// checked in per assembly area over time, and a situation log. Sortie rows are copied from the plan
// (the plan's own sortie rows are rewritten on every save), so the history survives a re-plan.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('operations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scenario_id', 'text', (c) => c.notNull().references('scenarios.id').onDelete('restrict'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('proposal_plan_id', 'text', (c) => c.references('plans.id').onDelete('set null'))
    .addColumn('proposal', 'jsonb')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('clock_offset_ms', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema.createTable('operation_sorties')
    .addColumn('operation_id', 'text', (c) => c.notNull().references('operations.id').onDelete('cascade'))
    .addColumn('sortie_id', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('in_force', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('change', 'text')
    .addColumn('replaces_sortie_id', 'text')
    .addColumn('retired_reason', 'text')
    .addColumn('offer_id', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text', (c) => c.notNull())
    .addColumn('origin_airport_id', 'text', (c) => c.notNull())
    .addColumn('destination_airport_id', 'text', (c) => c.notNull())
    .addColumn('planned_depart_at', 'timestamptz', (c) => c.notNull())
    .addColumn('planned', 'jsonb', (c) => c.notNull())
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('planned','tasked','confirmed','declined','departed','arrived','cancelled')`))
    .addColumn('reason', 'text')
    .addColumn('departed_at', 'timestamptz')
    .addColumn('arrived_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('operation_sorties_pk', ['operation_id', 'sortie_id'])
    .execute();
  await db.schema.createIndex('operation_sorties_partner').on('operation_sorties').columns(['operation_id', 'partner_id']).execute();

  await db.schema.createTable('operation_manifests')
    .addColumn('operation_id', 'text', (c) => c.notNull())
    .addColumn('sortie_id', 'text', (c) => c.notNull())
    .addColumn('assembly_area_id', 'text', (c) => c.notNull())
    .addColumn('priority', 'smallint', (c) => c.notNull().check(sql`priority between 1 and 3`))
    .addColumn('passengers', 'integer', (c) => c.notNull().check(sql`passengers >= 0`))
    .addPrimaryKeyConstraint('operation_manifests_pk', ['operation_id', 'sortie_id', 'assembly_area_id', 'priority'])
    .addForeignKeyConstraint('operation_manifests_sortie', ['operation_id', 'sortie_id'], 'operation_sorties', ['operation_id', 'sortie_id'], (c) => c.onDelete('cascade'))
    .execute();

  await db.schema.createTable('operation_checkins')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('operation_id', 'text', (c) => c.notNull().references('operations.id').onDelete('cascade'))
    .addColumn('assembly_area_id', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('priority1', 'integer', (c) => c.notNull().check(sql`priority1 >= 0`))
    .addColumn('priority2', 'integer', (c) => c.notNull().check(sql`priority2 >= 0`))
    .addColumn('priority3', 'integer', (c) => c.notNull().check(sql`priority3 >= 0`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('operation_checkins_area').on('operation_checkins').columns(['operation_id', 'assembly_area_id', 'at']).execute();

  await db.schema.createTable('operation_log')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('operation_id', 'text', (c) => c.notNull().references('operations.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sortie_id', 'text')
    .addColumn('airport_id', 'text')
    .addColumn('assembly_area_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('operation_log_at').on('operation_log').columns(['operation_id', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['operation_log', 'operation_checkins', 'operation_manifests', 'operation_sorties', 'operations']) {
    await db.schema.dropTable(t).execute();
  }
}
