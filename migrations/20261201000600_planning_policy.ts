import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// The planning policy (what counts as a better plan, in order) per scenario, and the copy a plan
// was planned with. Existing scenarios get the "most vulnerable first" preset, as written here.

const MOST_VULNERABLE_FIRST = {
  preset: 'most_vulnerable_first',
  order: ['peopleOut', 'earliness', 'clearance', 'groundTravel', 'sorties'],
  weights: { peopleOut: { p1: 1, p2: 1, p3: 1 }, waitingHour: { p1: 10, p2: 3, p3: 1 } },
};

export async function up(db: Kysely<any>): Promise<void> {
  const literal = sql.lit(JSON.stringify(MOST_VULNERABLE_FIRST));
  await db.schema.alterTable('scenarios')
    .addColumn('policy', 'jsonb', (c) => c.notNull().defaultTo(sql`${literal}::jsonb`))
    .execute();
  await db.schema.alterTable('plans').addColumn('policy', 'jsonb').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans').dropColumn('policy').execute();
  await db.schema.alterTable('scenarios').dropColumn('policy').execute();
}
