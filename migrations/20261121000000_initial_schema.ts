import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('countries')
    .addColumn('code', 'char(2)', (c) => c.primaryKey().check(sql`code ~ '^[A-Z]{2}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('assembly_areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('country', 'char(2)', (c) => c.notNull().references('countries.code'))
    .addColumn('zone', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('lon', 'double precision', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('residents', 'integer', (c) => c.notNull().check(sql`residents >= 0`))
    .addColumn('visitors', 'integer', (c) => c.notNull().defaultTo(0).check(sql`visitors >= 0`))
    .addColumn('priority1', 'integer', (c) => c.notNull().defaultTo(0).check(sql`priority1 >= 0`))
    .addColumn('priority2', 'integer', (c) => c.notNull().defaultTo(0).check(sql`priority2 >= 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('assembly_areas_priorities_within_evacuees',
      sql`priority1 + priority2 <= residents + visitors`)
    .execute();
  await db.schema.createIndex('assembly_areas_country_idx').on('assembly_areas').column('country').execute();

  await db.schema.createTable('airports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('iata', 'text')
    .addColumn('icao', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'char(2)', (c) => c.notNull().references('countries.code'))
    .addColumn('zone', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('lon', 'double precision', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('runway_m', 'integer', (c) => c.check(sql`runway_m >= 0`))
    .addColumn('departures_per_hour', 'integer', (c) => c.notNull().check(sql`departures_per_hour >= 0`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open','closed')`))
    .addColumn('role', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('airports_country_idx').on('airports').column('country').execute();

  await db.schema.createTable('partners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('nation', 'char(2)', (c) => c.notNull().check(sql`nation ~ '^[A-Z]{2}$'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema.createTable('lift_offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ('sdf','foreign_military','civil')`))
    .addColumn('aircraft_type', 'text', (c) => c.notNull())
    .addColumn('seats_per_sortie', 'integer', (c) => c.notNull().check(sql`seats_per_sortie > 0`))
    .addColumn('sorties', 'integer', (c) => c.notNull().check(sql`sorties > 0`))
    .addColumn('aircraft_count', 'integer', (c) => c.notNull().check(sql`aircraft_count > 0`))
    .addColumn('available_from', 'timestamptz', (c) => c.notNull())
    .addColumn('available_to', 'timestamptz', (c) => c.notNull())
    .addColumn('destination_airport_id', 'text', (c) => c.notNull().references('airports.id'))
    .addColumn('turnaround_hours', 'double precision', (c) => c.notNull().check(sql`turnaround_hours > 0`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('submitted')
      .check(sql`status in ('submitted','accepted','declined','withdrawn')`))
    .addColumn('note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('lift_offers_window_ordered', sql`available_to > available_from`)
    .execute();
  await db.schema.createIndex('lift_offers_partner_idx').on('lift_offers').column('partner_id').execute();
  await db.schema.createIndex('lift_offers_status_idx').on('lift_offers').column('status').execute();

  await db.schema.createTable('lift_offer_origins')
    .addColumn('offer_id', 'text', (c) => c.notNull().references('lift_offers.id').onDelete('cascade'))
    .addColumn('airport_id', 'text', (c) => c.notNull().references('airports.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('lift_offer_origins_pk', ['offer_id', 'airport_id'])
    .execute();
  await db.schema.createIndex('lift_offer_origins_airport_idx').on('lift_offer_origins').column('airport_id').execute();

  await db.schema.createTable('scenarios')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('countries', 'jsonb', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('horizon_hours', 'integer', (c) => c.notNull().check(sql`horizon_hours > 0`))
    .addColumn('road_factor', 'double precision', (c) => c.notNull().check(sql`road_factor >= 1`))
    .addColumn('ground_speed_kmh', 'double precision', (c) => c.notNull().check(sql`ground_speed_kmh > 0`))
    .addColumn('max_ground_km', 'double precision', (c) => c.notNull().check(sql`max_ground_km >= 0`))
    .addColumn('processing_hours', 'double precision', (c) => c.notNull().check(sql`processing_hours >= 0`))
    .addColumn('airport_status', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema.createTable('access_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scenario_id', 'text', (c) => c.notNull().references('scenarios.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('country','airport')`))
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ('sdf','foreign_military','civil')`))
    .addColumn('nation', 'char(2)')
    .addColumn('effect', 'text', (c) => c.notNull().check(sql`effect in ('deny','allow')`))
    .addColumn('valid_from', 'timestamptz')
    .addColumn('valid_to', 'timestamptz')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addCheckConstraint('access_rules_window_ordered',
      sql`valid_from is null or valid_to is null or valid_to > valid_from`)
    .execute();
  await db.schema.createIndex('access_rules_scenario_idx').on('access_rules').column('scenario_id').execute();

  await db.schema.createTable('hazard_zones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scenario_id', 'text', (c) => c.notNull().references('scenarios.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('geometry', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('hazard_zones_scenario_idx').on('hazard_zones').column('scenario_id').execute();

  await db.schema.createTable('users')
    .addColumn('username', 'text', (c) => c.primaryKey().check(sql`username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'`))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('planner','liaison','reader')`))
    .addColumn('partner_id', 'text', (c) => c.references('partners.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('users_liaison_has_partner',
      sql`(role = 'liaison') = (partner_id is not null)`)
    .execute();

  await db.schema.createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().references('users.username').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();

  await db.schema.createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scenario_id', 'text', (c) => c.notNull().references('scenarios.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft','approved')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('metrics', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('violations', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('left_behind', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('solve', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_by', 'text', (c) => c.references('users.username').onDelete('set null'))
    .addColumn('approved_by', 'text', (c) => c.references('users.username').onDelete('set null'))
    .addColumn('approved_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('plans_scenario_idx').on('plans').column('scenario_id').execute();

  // Sortie ids are the plan's own (the matcher numbers them): unique within a plan, not across plans.
  await db.schema.createTable('sorties')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('offer_id', 'text', (c) => c.notNull().references('lift_offers.id'))
    .addColumn('origin_airport_id', 'text', (c) => c.notNull().references('airports.id'))
    .addColumn('destination_airport_id', 'text', (c) => c.notNull().references('airports.id'))
    .addColumn('depart_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('sorties_pk', ['plan_id', 'id'])
    .execute();
  await db.schema.createIndex('sorties_offer_idx').on('sorties').column('offer_id').execute();

  await db.schema.createTable('allocations')
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('sortie_id', 'text', (c) => c.notNull())
    .addColumn('assembly_area_id', 'text', (c) => c.notNull().references('assembly_areas.id'))
    .addColumn('passengers', 'integer', (c) => c.notNull().check(sql`passengers >= 0`))
    .addColumn('locked', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('allocations_pk', ['plan_id', 'sortie_id', 'assembly_area_id'])
    .addForeignKeyConstraint('allocations_sortie_fk', ['plan_id', 'sortie_id'], 'sorties', ['plan_id', 'id'], (cb) => cb.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('allocations_area_idx').on('allocations').column('assembly_area_id').execute();

  await db.schema.createTable('audit_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('username', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .execute();
  await db.schema.createIndex('audit_events_entity_idx').on('audit_events').columns(['entity_type', 'entity_id']).execute();
  await db.schema.createIndex('audit_events_at_idx').on('audit_events').column('at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['audit_events', 'allocations', 'sorties', 'plans', 'sessions', 'users', 'hazard_zones',
    'access_rules', 'scenarios', 'lift_offer_origins', 'lift_offers', 'partners', 'airports',
    'assembly_areas', 'countries']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
