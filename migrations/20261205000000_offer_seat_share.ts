import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
//
// Seat shares (issue 15): a partner offers seats on its own sorties, at departures it fixes — a jsonb
// `{ departures: [{ originAirportId, departAt }] }`, null for a whole-aircraft offer (every existing one).
// The routes check each departure against the offer's origins and window; the backstop here keeps the
// offer's sortie count equal to its departures, so the plan can never fly more of them than were offered.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table lift_offers add column seat_share jsonb`.execute(db);
  await sql`alter table lift_offers add constraint lift_offers_seat_share check (seat_share is null or (
    jsonb_typeof(seat_share -> 'departures') = 'array'
    and jsonb_array_length(seat_share -> 'departures') = sorties))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table lift_offers drop constraint lift_offers_seat_share`.execute(db);
  await sql`alter table lift_offers drop column seat_share`.execute(db);
}
