import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Fast reads (issue 11): every plan read is judged on today's data, and knowing that data's digest used to
// mean reading and hashing the whole planning snapshot (thousands of areas) on every read. One row now names
// the data's state: a statement trigger on every table the snapshot is read from gives it a new random token
// in the same transaction as the change, so a reader that sees a token sees the data committed with it.
// A random token rather than a counter: a restored backup brings back its own token with exactly its data,
// and every later change draws a token no process can have seen before, so a digest remembered for a token
// can never belong to other data (a counter would count again over the same numbers after a restore).
const TABLES = [
  'access_rules', 'aircraft_types', 'airports', 'assembly_areas', 'countries', 'hazard_zones',
  'lift_offer_origins', 'lift_offers', 'partners', 'scenarios', 'seat_requests',
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table data_generation (
    id integer primary key check (id = 1),
    token uuid not null default gen_random_uuid(),
    changed_at timestamptz not null default now()
  )`.execute(db);
  await sql`insert into data_generation (id) values (1)`.execute(db);
  await sql`create function bump_data_generation() returns trigger language plpgsql as $$
    begin
      update data_generation set token = gen_random_uuid(), changed_at = now() where id = 1;
      return null;
    end $$`.execute(db);
  for (const t of TABLES) {
    await sql`create trigger ${sql.id(`${t}_data_generation`)} after insert or update or delete or truncate on ${sql.table(t)}
      for each statement execute function bump_data_generation()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of TABLES) await sql`drop trigger ${sql.id(`${t}_data_generation`)} on ${sql.table(t)}`.execute(db);
  await sql`drop function bump_data_generation()`.execute(db);
  await sql`drop table data_generation`.execute(db);
}
