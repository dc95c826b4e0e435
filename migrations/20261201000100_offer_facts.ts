import { sql, type Kysely } from 'kysely';
import { AIRCRAFT_CATALOGUE_2026_12 } from './data/aircraft-catalogue-2026-12.ts';

// Frozen in time: this file must never import application code.
//
// An offer's operator category is a fact of its partner and its aircraft type, not a choice: that is what
// keeps "no SDF aircraft where the host nation denies it" unbreakable. This migration
//  1. moves the aircraft catalogue into `aircraft_types` (each type's category and seats, with attribution);
//  2. gives partners the categories they may offer (`categories`) and a `version` for If-Match;
//  3. checks the existing offers: a submitted or accepted offer that contradicts its partner or its type
//     (or declares more seats than the type has) is DECLINED, with a decision note saying why and an audit
//     event — never left accepted or waiting. Its liaison can edit it, which submits it again, checked;
//  4. installs triggers so that no code path can store a submitted/accepted offer that breaks the rule, and
//     no change of a partner or of the catalogue can leave one behind.
//
// Existing partners get the categories their consistent offers show (an offer of a catalogued type whose
// category matches the type; `sdf` only for a partner of nation JP). A partner with no such offer gets
// none: it can offer nothing until a planner sets its categories — a guess here could legitimise exactly
// the relabelling this migration exists to stop.

const MIGRATION = '20261201000100_offer_facts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('aircraft_types')
    .addColumn('type', 'text', (c) => c.primaryKey())
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ('sdf','foreign_military','civil')`))
    .addColumn('typical_pax', 'integer', (c) => c.check(sql`typical_pax > 0`))
    .addColumn('max_pax_evac', 'integer', (c) => c.check(sql`max_pax_evac > 0`))
    .addColumn('cruise_kmh', 'double precision')
    .addColumn('range_km', 'double precision')
    .addColumn('min_runway_m', 'integer')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.insertInto('aircraft_types').values(AIRCRAFT_CATALOGUE_2026_12.map((r) => ({
    type: r.type, category: r.category, typical_pax: r.typicalPax, max_pax_evac: r.maxPaxEvac, cruise_kmh: r.cruiseKmh,
    range_km: r.rangeKm, min_runway_m: r.minRunwayM, source: r.source, notes: r.notes,
  }))).execute();

  await db.schema.alterTable('partners')
    .addColumn('categories', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`alter table partners add constraint partners_categories_known
    check (categories <@ array['sdf','foreign_military','civil']::text[])`.execute(db);
  // The SDF are Japan's own forces: no other nation's partner offers them.
  await sql`alter table partners add constraint partners_sdf_is_japanese
    check (not ('sdf' = any(categories)) or nation = 'JP')`.execute(db);
  await sql`update partners p set categories = coalesce((
      select array_agg(distinct o.category order by o.category)
      from lift_offers o join aircraft_types t on t.type = o.aircraft_type and t.category = o.category
      where o.partner_id = p.id and (o.category <> 'sdf' or p.nation = 'JP')), '{}')`.execute(db);

  // Why an offer breaks the rule, or null: [constraint name, message]. One definition for the triggers and
  // the check of existing rows. The constraint names are what the server maps to the field in its 400.
  await sql`create function lift_offer_fact_violation(p_partner text, p_category text, p_type text, p_seats integer)
    returns text[] language plpgsql stable as $$
    declare
      cats text[]; pname text; t_cat text; t_max integer;
    begin
      select categories, name into cats, pname from partners where id = p_partner;
      if not found then return null; end if; -- the foreign key reports an unknown partner
      if not (p_category = any(cats)) then
        return array['lift_offers_category_of_partner', format('%s may offer %s aircraft only, not %s', pname,
          coalesce(nullif(array_to_string(cats, ', '), ''), 'no'), p_category)];
      end if;
      select category, coalesce(max_pax_evac, typical_pax) into t_cat, t_max from aircraft_types where type = p_type;
      if found then
        if t_cat <> p_category then
          return array['lift_offers_category_of_type', format('%s is a %s aircraft in the catalogue, not %s', p_type, t_cat, p_category)];
        end if;
        if t_max is not null and p_seats > t_max then
          return array['lift_offers_seats_of_type', format('%s seats exceed the %s seats of a %s in the catalogue', p_seats, t_max, p_type)];
        end if;
      elsif cardinality(cats) <> 1 then
        return array['lift_offers_uncatalogued_type', format('%s is not in the catalogue; %s offers several categories, so its category cannot be derived', p_type, pname)];
      end if;
      return null;
    end $$`.execute(db);

  await declineContradictingOffers(db);

  await sql`create function lift_offers_check_facts() returns trigger language plpgsql as $$
    declare v text[];
    begin
      -- Lock the partner and the type against a concurrent change of their categories until this commits.
      perform 1 from partners where id = new.partner_id for share;
      perform 1 from aircraft_types where type = new.aircraft_type for share;
      v := lift_offer_fact_violation(new.partner_id, new.category, new.aircraft_type, new.seats_per_sortie);
      if v is not null then
        raise exception using errcode = 'check_violation', constraint = v[1], message = v[2];
      end if;
      return new;
    end $$`.execute(db);
  // Declined and withdrawn offers are history, never planned: they may stay as they were decided.
  await sql`create trigger lift_offers_facts before insert or update on lift_offers for each row
    when (new.status in ('submitted', 'accepted')) execute function lift_offers_check_facts()`.execute(db);

  await sql`create function partners_check_offers() returns trigger language plpgsql as $$
    declare bad text;
    begin
      select string_agg(o.id, ', ' order by o.id) into bad from lift_offers o
        where o.partner_id = new.id and o.status in ('submitted', 'accepted')
          and lift_offer_fact_violation(o.partner_id, o.category, o.aircraft_type, o.seats_per_sortie) is not null;
      if bad is not null then
        raise exception using errcode = 'check_violation', constraint = 'partners_categories_cover_offers',
          message = format('the submitted or accepted offers %s of %s would contradict its categories; decline or withdraw them first', bad, new.name);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger partners_offers_facts after update of categories on partners for each row
    execute function partners_check_offers()`.execute(db);

  await sql`create function aircraft_types_check_offers() returns trigger language plpgsql as $$
    declare bad text; t text;
    begin
      t := case when tg_op = 'DELETE' then old.type else new.type end;
      select string_agg(o.id, ', ' order by o.id) into bad from lift_offers o
        where o.aircraft_type in (t, case when tg_op = 'UPDATE' then old.type else t end)
          and o.status in ('submitted', 'accepted')
          and lift_offer_fact_violation(o.partner_id, o.category, o.aircraft_type, o.seats_per_sortie) is not null;
      if bad is not null then
        raise exception using errcode = 'check_violation', constraint = 'aircraft_types_cover_offers',
          message = format('the submitted or accepted offers %s would contradict the catalogue entry %s; decline or withdraw them first', bad, t);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger aircraft_types_offers_facts after insert or update or delete on aircraft_types for each row
    execute function aircraft_types_check_offers()`.execute(db);
}

/** Step 3: submitted/accepted offers that break the rule become declined, with the reason and an audit event. */
async function declineContradictingOffers(db: Kysely<any>): Promise<void> {
  await sql`with bad as (
      select o.id, o.status, o.version, v.violation[2] as reason
      from lift_offers o, lateral lift_offer_fact_violation(o.partner_id, o.category, o.aircraft_type, o.seats_per_sortie) as v(violation)
      where o.status in ('submitted', 'accepted') and v.violation is not null
    ), declined as (
      update lift_offers o set status = 'declined', version = o.version + 1, updated_at = now(),
        decision_note = 'Declined by the data check of ' || ${MIGRATION} || ': ' || bad.reason
          || '. Edit the offer to submit it again.'
      from bad where o.id = bad.id
      returning o.id, bad.status as before_status, bad.version as before_version, o.version, o.decision_note
    )
    insert into audit_events (username, action, entity_type, entity_id, before, after)
    select ${`migration:${MIGRATION}`}, 'decide', 'lift_offer', d.id,
      jsonb_build_object('status', d.before_status, 'version', d.before_version),
      jsonb_build_object('status', 'declined', 'version', d.version, 'decisionNote', d.decision_note)
    from declined d`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists aircraft_types_offers_facts on aircraft_types`.execute(db);
  await sql`drop trigger if exists partners_offers_facts on partners`.execute(db);
  await sql`drop trigger if exists lift_offers_facts on lift_offers`.execute(db);
  await sql`drop function if exists aircraft_types_check_offers()`.execute(db);
  await sql`drop function if exists partners_check_offers()`.execute(db);
  await sql`drop function if exists lift_offers_check_facts()`.execute(db);
  await sql`drop function if exists lift_offer_fact_violation(text, text, text, integer)`.execute(db);
  await db.schema.alterTable('partners').dropConstraint('partners_sdf_is_japanese').execute();
  await db.schema.alterTable('partners').dropConstraint('partners_categories_known').execute();
  await db.schema.alterTable('partners').dropColumn('categories').dropColumn('version').dropColumn('updated_at').execute();
  await db.schema.dropTable('aircraft_types').execute();
}
