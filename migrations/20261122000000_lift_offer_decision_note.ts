import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// The planners' note back to the liaison with a decision, kept apart from the liaison's own note.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('lift_offers').addColumn('decision_note', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('lift_offers').dropColumn('decision_note').execute();
}
