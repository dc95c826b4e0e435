import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// A plan records what it was planned on (basis: offers, rules, airports, areas, hazard zones at its
// last save or approval, and the violations it had then), and caches its derivation — violations,
// metrics, left-behind, drift — under a digest of the data it was computed on, so a read on
// unchanged data does not recompute and a read on changed data never serves stale figures.
// Plans stored before this have no basis: they say "inputs not recorded" until saved again.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans')
    .addColumn('basis', 'jsonb')
    .addColumn('basis_violations', 'jsonb')
    .addColumn('basis_at', 'timestamptz')
    .addColumn('basis_kind', 'text', (c) => c.check(sql`basis_kind in ('saved', 'approved')`))
    .addColumn('drift', 'jsonb')
    .addColumn('derived_digest', 'text')
    .addColumn('derived_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans')
    .dropColumn('basis').dropColumn('basis_violations').dropColumn('basis_at').dropColumn('basis_kind')
    .dropColumn('drift').dropColumn('derived_digest').dropColumn('derived_at')
    .execute();
}
