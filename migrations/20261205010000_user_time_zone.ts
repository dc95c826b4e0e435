import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// The zone an account reads times in (issue 13): 'utc', 'jst' (Asia/Tokyo) or 'local' (the theatre's own
// zone: KST in South Korea, Taiwan time). Null: the language's default (en → UTC, ja → JST). The check
// refuses what the API refuses, whatever writes the row.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users')
    .addColumn('time_zone', 'text', (c) => c.check(sql`time_zone in ('utc', 'jst', 'local')`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('time_zone').execute();
}
