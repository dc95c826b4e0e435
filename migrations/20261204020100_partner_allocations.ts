import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
//
// Reciprocity (issue 15): a plan carries partners' nationals as allocations to demand groups named
// `sr:<seat request>:<place>` — areas of the planning snapshot that are no row of assembly_areas. The
// foreign key of allocations moves to a column a trigger fills with the area id, null for those, so a real
// area stays protected exactly as before (no allocation to an unknown area; no deleting an area a plan uses).
// A trigger rather than a generated column: the logical restore inserts every column of a row as it was.

export async function up(db: Kysely<any>): Promise<void> {
  const fks = await sql<{ name: string }>`select con.conname as name from pg_constraint con
    join pg_class rel on rel.oid = con.conrelid join pg_namespace ns on ns.oid = rel.relnamespace
    where rel.relname = 'allocations' and ns.nspname = current_schema() and con.contype = 'f'
      and con.confrelid = (select oid from pg_class where relname = 'assembly_areas' and relnamespace = ns.oid)`.execute(db);
  for (const { name } of fks.rows) await sql`alter table allocations drop constraint ${sql.id(name)}`.execute(db);
  await sql`alter table allocations add column real_area_id text`.execute(db);
  await sql`create function allocations_real_area() returns trigger language plpgsql as $$
    begin
      new.real_area_id := case when new.assembly_area_id like 'sr:%' then null else new.assembly_area_id end;
      return new;
    end $$`.execute(db);
  await sql`create trigger allocations_real_area before insert or update of assembly_area_id, real_area_id on allocations
    for each row execute function allocations_real_area()`.execute(db);
  await sql`update allocations set real_area_id = assembly_area_id`.execute(db);
  await sql`alter table allocations add constraint allocations_area_fk foreign key (real_area_id) references assembly_areas (id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from allocations where assembly_area_id like 'sr:%'`.execute(db);
  await sql`alter table allocations drop constraint allocations_area_fk`.execute(db);
  await sql`drop trigger allocations_real_area on allocations`.execute(db);
  await sql`drop function allocations_real_area()`.execute(db);
  await sql`alter table allocations drop column real_area_id`.execute(db);
  await sql`alter table allocations add constraint allocations_assembly_area_id_fkey foreign key (assembly_area_id) references assembly_areas (id)`.execute(db);
}
