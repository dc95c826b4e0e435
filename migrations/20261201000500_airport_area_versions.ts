import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Airports and assembly areas get a version (optimistic concurrency: PATCH needs If-Match), and the
// database refuses a row whose zone is not of its country (the rule the routes check after merging a
// PATCH), so no code path, concurrent or not, can store "country JP, zone KR-jeju".

const TABLES = ['airports', 'assembly_areas'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    // Existing rows are checked first, so a data directory with a bad row fails with its ids, not a bare constraint error.
    const bad = await sql<{ id: string; country: string; zone: string }>`
      select id, country, zone from ${sql.table(table)} where not starts_with(zone, country || '-') order by id limit 10`.execute(db);
    if (bad.rows.length > 0) {
      const list = bad.rows.map((r) => `${r.id} (country ${r.country}, zone ${r.zone})`).join(', ');
      throw new Error(`${table}: rows whose zone is not of their country; fix them (zone must start with "<country>-") and start again: ${list}`);
    }
    await db.schema.alterTable(table)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
      .execute();
    await db.schema.alterTable(table)
      .addCheckConstraint(`${table}_zone_in_country`, sql`starts_with(zone, country || '-')`)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await db.schema.alterTable(table).dropConstraint(`${table}_zone_in_country`).execute();
    await db.schema.alterTable(table).dropColumn('version').execute();
  }
}
