import { sql } from 'kysely';
import type { Checkin, CheckinCreate, LogCreate, LogEntry, LogQuery } from '../../shared/schemas/operation.ts';
import { iso } from '../lib/json.ts';
import type { Db } from './db-type.ts';

export async function insertCheckins(db: Db, operationId: string, rows: CheckinCreate[], source: 'manual' | 'csv', username: string): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const got = await db.insertInto('operation_checkins').values(rows.slice(i, i + 500).map((r) => ({
      operation_id: operationId, assembly_area_id: r.assemblyAreaId, at: r.at,
      priority1: r.priority1, priority2: r.priority2, priority3: r.priority3, source, entered_by: username,
    }))).returning('id').execute();
    ids.push(...got.map((g) => Number(g.id)));
  }
  return ids;
}

export async function listCheckins(db: Db, operationId: string, assemblyAreaId?: string): Promise<Checkin[]> {
  let q = db.selectFrom('operation_checkins').selectAll().where('operation_id', '=', operationId);
  if (assemblyAreaId) q = q.where('assembly_area_id', '=', assemblyAreaId);
  const rows = await q.orderBy('at').orderBy('id').limit(20_000).execute();
  return rows.map((r) => ({
    id: Number(r.id), assemblyAreaId: r.assembly_area_id, at: iso(r.at),
    priority1: r.priority1, priority2: r.priority2, priority3: r.priority3, source: r.source, enteredBy: r.entered_by,
  }));
}

export async function insertLog(db: Db, operationId: string, username: string, e: LogCreate & { at: string }): Promise<number> {
  const r = await db.insertInto('operation_log').values({
    operation_id: operationId, at: e.at, username, kind: e.kind, text: e.text,
    sortie_id: e.sortieId ?? null, airport_id: e.airportId ?? null, assembly_area_id: e.assemblyAreaId ?? null,
  }).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function listLog(db: Db, operationId: string, f: Omit<LogQuery, 'limit'> & { limit?: number | undefined }): Promise<LogEntry[]> {
  let q = db.selectFrom('operation_log').selectAll().where('operation_id', '=', operationId);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.sortieId) q = q.where('sortie_id', '=', f.sortieId);
  if (f.airportId) q = q.where('airport_id', '=', f.airportId);
  if (f.assemblyAreaId) q = q.where('assembly_area_id', '=', f.assemblyAreaId);
  // strpos, not LIKE: a search for "%" or "_" finds those characters, not everything.
  if (f.q) q = q.where(sql<boolean>`strpos(lower(text), lower(${f.q})) > 0`);
  const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(f.limit ?? 100).execute();
  return rows.map((r) => ({
    id: Number(r.id), at: iso(r.at), username: r.username, kind: r.kind as LogEntry['kind'], text: r.text,
    sortieId: r.sortie_id, airportId: r.airport_id, assemblyAreaId: r.assembly_area_id,
  }));
}
