import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

/**
 * The SQL of backup and restore: whole-database reads and loads, table by table, that no feature
 * repository knows about. Rows travel as PostgreSQL's own JSON (row_to_json / json_populate_recordset),
 * so every type — jsonb, arrays, timestamps, numerics — comes back exactly as it went out.
 */
type Db = Kysely<Database> | Transaction<Database>;

/** The tables and views of the application's schema (what makes a database "not empty"). */
export async function userRelations(db: Db): Promise<string[]> {
  const r = await sql<{ name: string }>`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'v', 'm') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
    order by 1`.execute(db);
  return r.rows.map((x) => x.name);
}

/** Tables of schema public, parents before children (foreign keys), so loading in this order never breaks one. */
export async function tablesInLoadOrder(db: Db): Promise<string[]> {
  const tables = (await sql<{ name: string }>`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname = 'public' order by 1`.execute(db)).rows.map((r) => r.name);
  const edges = (await sql<{ child: string; parent: string }>`select c.relname as child, p.relname as parent from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`.execute(db)).rows;
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, path: Set<string>) => {
    if (seen.has(t) || path.has(t)) return;
    path.add(t);
    for (const e of edges) if (e.child === t) visit(e.parent, path);
    seen.add(t);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return order;
}

/** Every row of `table` as JSON text, in pages of `pageSize` by ctid order within one snapshot. */
export async function* tableRows(db: Db, table: string, pageSize = 2_000): AsyncGenerator<string[]> {
  for (let offset = 0; ; offset += pageSize) {
    const r = await sql<{ row: string }>`select row_to_json(t)::text as row from ${sql.table(table)} t order by ctid limit ${pageSize} offset ${offset}`.execute(db);
    if (r.rows.length) yield r.rows.map((x) => x.row);
    if (r.rows.length < pageSize) return;
  }
}

export async function clearTables(db: Db, tables: string[]): Promise<void> {
  if (tables.length) await sql`truncate ${sql.join(tables.map((t) => sql.table(t)))} restart identity cascade`.execute(db);
}

/**
 * Inserts rows given as JSON objects, identity and serial values kept as they were. The text goes in
 * as text (::text first): a parameter typed json would be JSON-encoded again by the driver, a string.
 */
export async function loadRows(db: Db, table: string, rows: string[]): Promise<void> {
  await sql`insert into ${sql.table(table)} overriding system value
    select * from json_populate_recordset(null::${sql.table(table)}, ${`[${rows.join(',')}]`}::text::json)`.execute(db);
}

/** Sets every sequence of schema public past the largest value its column holds. */
export async function resetSequences(db: Db): Promise<void> {
  const seqs = (await sql<{ seq: string; tbl: string; col: string }>`select s.relname as seq, t.relname as tbl, a.attname as col
    from pg_depend d join pg_class s on s.oid = d.objid and s.relkind = 'S' join pg_class t on t.oid = d.refobjid
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid join pg_namespace n on n.oid = s.relnamespace
    where n.nspname = 'public'`.execute(db)).rows;
  for (const s of seqs) {
    await sql`select setval(${s.seq}::regclass, coalesce((select max(${sql.ref(s.col)}) from ${sql.table(s.tbl)}), 0) + 1, false)`.execute(db);
  }
}

/** Makes the writes so far durable in the data files: a physical copy taken now needs no WAL replay. */
export async function checkpoint(db: Db): Promise<void> {
  await sql`checkpoint`.execute(db);
}
