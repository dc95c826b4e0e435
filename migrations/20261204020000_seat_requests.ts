import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
//
// Reciprocity (issue 15): a partner's request for seats on Japan's lift for its own nationals. The places
// (assembly areas or departure points, each with its seats) are a jsonb list: the matcher plans the accepted
// seats at whichever of them still exist, and a place deleted later simply leaves its seats unplanned (with
// a reason), as a deleted area leaves its people. The rules the routes check are enforced here as a backstop.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('seat_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('places', 'jsonb', (c) => c.notNull())
    .addColumn('seats', 'integer', (c) => c.notNull().check(sql`seats >= 1`))
    .addColumn('priority1', 'integer', (c) => c.notNull().defaultTo(0).check(sql`priority1 >= 0`))
    .addColumn('priority2', 'integer', (c) => c.notNull().defaultTo(0).check(sql`priority2 >= 0`))
    .addColumn('window_from', 'timestamptz', (c) => c.notNull())
    .addColumn('window_to', 'timestamptz', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('submitted')
      .check(sql`status in ('submitted', 'accepted', 'declined', 'withdrawn')`))
    .addColumn('accepted_seats', 'integer')
    .addColumn('decision_note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('seat_requests_priorities', sql`priority1 + priority2 <= seats`)
    .addCheckConstraint('seat_requests_window', sql`window_to > window_from`)
    .addCheckConstraint('seat_requests_accepted', sql`accepted_seats is null or (accepted_seats >= 0 and accepted_seats <= seats)`)
    // Accepted means some seats, declined none, undecided no number; a withdrawn request keeps its last decision.
    .addCheckConstraint('seat_requests_decided', sql`(status <> 'accepted' or accepted_seats > 0)
      and (status <> 'declined' or accepted_seats = 0) and (status <> 'submitted' or accepted_seats is null)`)
    .execute();
  await db.schema.createIndex('seat_requests_partner_idx').on('seat_requests').column('partner_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('seat_requests').ifExists().execute();
}
