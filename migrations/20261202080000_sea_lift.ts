import { sql, type Kysely } from 'kysely';
import { SHIP_CATALOGUE_2026_12 } from './data/ship-catalogue-2026-12.ts';

// Frozen in time: this file must never import application code.
//
// Sea lift in the same model as air (issue 15): a departure point (table `airports`) gets a `mode` — `air`
// or `sea` — and a seaport its berths and UN/LOCODE; the lift catalogue (`aircraft_types`) gets a `mode` and
// the ship types. Everything else — status, hazard zones, access rules, departures per hour, the offer
// facts of migration 20261201000100 (category tied to partner and type, seats tied to the catalogue) —
// applies to ports and ships unchanged. New rules, enforced here as a backstop to the routes:
//  - an offer's destination has the mode of its catalogued type (a ship sails to a port);
//  - every origin of an offer has the mode of its destination (no sortie from a port to an airport);
//  - a point's mode never changes (offers and plans were checked against it).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('airports')
    .addColumn('mode', 'text', (c) => c.notNull().defaultTo('air').check(sql`mode in ('air', 'sea')`))
    .addColumn('berths', 'integer', (c) => c.check(sql`berths >= 0`))
    .addColumn('unlocode', 'text', (c) => c.check(sql`unlocode ~ '^[A-Z]{2}[A-Z2-9]{3}$'`))
    .execute();
  await db.schema.alterTable('aircraft_types')
    .addColumn('mode', 'text', (c) => c.notNull().defaultTo('air').check(sql`mode in ('air', 'sea')`))
    .execute();
  await db.insertInto('aircraft_types').values(SHIP_CATALOGUE_2026_12.map((r) => ({
    type: r.type, category: r.category, typical_pax: r.typicalPax, max_pax_evac: r.maxPaxEvac, cruise_kmh: r.cruiseKmh,
    range_km: null, min_runway_m: null, source: r.source, notes: r.notes, mode: 'sea',
  }))).execute();

  await sql`create function airports_mode_fixed() returns trigger language plpgsql as $$
    begin
      if new.mode is distinct from old.mode then
        raise exception using errcode = 'check_violation', constraint = 'airports_mode_fixed',
          message = format('%s is %s %s: a departure point''s mode cannot change', old.id,
            case when old.mode = 'sea' then 'a seaport' else 'an airport' end, '(offers and plans were checked against it)');
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger airports_mode_fixed before update of mode on airports for each row
    execute function airports_mode_fixed()`.execute(db);

  // A catalogued type's mode decides where its offer may go; an uncatalogued type follows its points.
  await sql`create function lift_offers_check_mode() returns trigger language plpgsql as $$
    declare t_mode text; d_mode text;
    begin
      select mode into t_mode from aircraft_types where type = new.aircraft_type;
      select mode into d_mode from airports where id = new.destination_airport_id;
      if t_mode is not null and d_mode is not null and t_mode <> d_mode then
        raise exception using errcode = 'check_violation', constraint = 'lift_offers_mode_of_destination',
          message = format('%s is %s; its destination %s is %s', new.aircraft_type,
            case when t_mode = 'sea' then 'a ship' else 'an aircraft' end, new.destination_airport_id,
            case when d_mode = 'sea' then 'a seaport' else 'an airport' end);
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger lift_offers_mode before insert or update on lift_offers for each row
    when (new.status in ('submitted', 'accepted')) execute function lift_offers_check_mode()`.execute(db);

  await sql`create function lift_offer_origins_check_mode() returns trigger language plpgsql as $$
    declare o_mode text; d_mode text; d_id text;
    begin
      select mode into o_mode from airports where id = new.airport_id;
      select a.mode, a.id into d_mode, d_id from lift_offers o join airports a on a.id = o.destination_airport_id
        where o.id = new.offer_id;
      if o_mode is not null and d_mode is not null and o_mode <> d_mode then
        raise exception using errcode = 'check_violation', constraint = 'lift_offers_mode_of_origins',
          message = format('origin %s is %s but the destination %s is %s: an offer departs and arrives by one mode',
            new.airport_id, case when o_mode = 'sea' then 'a seaport' else 'an airport' end, d_id,
            case when d_mode = 'sea' then 'a seaport' else 'an airport' end);
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger lift_offer_origins_mode before insert or update on lift_offer_origins for each row
    execute function lift_offer_origins_check_mode()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists lift_offer_origins_mode on lift_offer_origins`.execute(db);
  await sql`drop function if exists lift_offer_origins_check_mode()`.execute(db);
  await sql`drop trigger if exists lift_offers_mode on lift_offers`.execute(db);
  await sql`drop function if exists lift_offers_check_mode()`.execute(db);
  await sql`drop trigger if exists airports_mode_fixed on airports`.execute(db);
  await sql`drop function if exists airports_mode_fixed()`.execute(db);
  await db.deleteFrom('aircraft_types').where('mode', '=', 'sea').execute();
  await db.schema.alterTable('aircraft_types').dropColumn('mode').execute();
  await db.schema.alterTable('airports').dropColumn('unlocode').dropColumn('berths').dropColumn('mode').execute();
}
