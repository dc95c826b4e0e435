import { sql } from 'kysely';
import { jsonb } from '../lib/json.ts';
import type { Db } from './db-type.ts';

export interface StoredBusEvent { id: string; topic: string; payload: unknown; at: string }

/** NOTIFY refuses payloads of 8000 bytes or more: bigger events travel by id. */
export const NOTIFY_INLINE_BYTES = 7800;
export const BUS_CHANNEL = 'neo_bus';

const toEvent = (r: { id: string | number; topic: string; payload: unknown; created_at: Date | string }): StoredBusEvent =>
  ({ id: String(r.id), topic: r.topic, payload: r.payload, at: new Date(r.created_at).toISOString() });

/** Stores an event (in-process bus: the listeners are told by the caller). */
export async function insertBusEvent(db: Db, topic: string, payload: unknown): Promise<StoredBusEvent> {
  const row = await db.insertInto('bus_events').values({ topic, payload: jsonb(payload) })
    .returning(['id', 'topic', 'payload', 'created_at']).executeTakeFirstOrThrow();
  return toEvent(row);
}

/**
 * Stores an event and NOTIFYs every instance LISTENing on the channel in the same statement (so in the
 * same transaction: nothing is announced that was not stored). The notification carries the payload when
 * it fits, else only the id; `text` is the payload's JSON, measured by the caller.
 */
export async function insertAndNotify(db: Db, topic: string, text: string): Promise<StoredBusEvent> {
  const inline = Buffer.byteLength(text) <= NOTIFY_INLINE_BYTES;
  const { rows } = await sql<{ id: string; created_at: Date }>`
    with e as (insert into bus_events (topic, payload) values (${topic}, cast(cast(${text} as text) as jsonb)) returning id, created_at)
    select e.id::text as id, e.created_at,
      pg_notify(${BUS_CHANNEL}, json_build_object('id', e.id::text, 'topic', ${topic}::text, 'at', e.created_at,
        'payload', case when ${inline}::boolean then cast(cast(${text} as text) as json) end)::text)
    from e`.execute(db);
  const row = rows[0]!;
  return { id: String(row.id), topic, payload: JSON.parse(text) as unknown, at: new Date(row.created_at).toISOString() };
}

export async function busEventById(db: Db, id: string): Promise<StoredBusEvent | undefined> {
  const row = await db.selectFrom('bus_events').select(['id', 'topic', 'payload', 'created_at']).where('id', '=', id as never).executeTakeFirst();
  return row ? toEvent(row) : undefined;
}

/** A topic's events after `afterId`, oldest first (an SSE client resuming after its Last-Event-ID). */
export async function busEventsSince(db: Db, topic: string, afterId: string, limit: number): Promise<StoredBusEvent[]> {
  const rows = await db.selectFrom('bus_events').select(['id', 'topic', 'payload', 'created_at'])
    .where('topic', '=', topic).where('id', '>', afterId as never).orderBy('id').limit(limit).execute();
  return rows.map(toEvent);
}

/** Forgets events older than `seconds`; any instance may run it, twice does no harm. */
export async function pruneBusEvents(db: Db, seconds: number): Promise<number> {
  const r = await db.deleteFrom('bus_events').where('created_at', '<', sql<Date>`now() - make_interval(secs => ${seconds})`).executeTakeFirst();
  return Number(r.numDeletedRows);
}
