import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Accounts managed by planners through the API: an account can be disabled (its sessions end and it
// cannot sign in) without deleting it, so the audit trail keeps naming it. password_changed_at tells
// whether a seeded demo account still has its published password (the sign-in page advertises it then).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users')
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('password_changed_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('sessions_username_idx').on('sessions').column('username').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sessions_username_idx').ifExists().execute();
  await db.schema.alterTable('users').dropColumn('disabled_at').dropColumn('password_changed_at').dropColumn('updated_at').execute();
}
