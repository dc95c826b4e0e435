import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// The interface language an account chose (null: not chosen, the client falls back to the role's default
// and the browser). Any BCP 47-shaped tag is stored, so adding a language needs no migration; the API
// accepts only the languages the client has catalogues for.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users')
    .addColumn('language', 'text', (c) => c.check(sql`language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('language').execute();
}
