import type { DatabaseHandle } from '../db/connect.ts';
import { busEventById, busEventsSince, insertAndNotify, insertBusEvent, pruneBusEvents, BUS_CHANNEL } from '../repositories/bus-events.repository.ts';
import { Subscribers, checkTopic, BusFullError, type BusListener } from './subscribers.ts';

export { BusFullError, type BusListener };

/** One published event; `id` grows with time on one database (an SSE `id:`, a Last-Event-ID). */
export interface BusEvent { id: string; topic: string; payload: unknown; at: string }

export interface EventBus {
  /** 'postgres': LISTEN/NOTIFY, every API instance and worker on the database hears it; 'in-process': PGlite, one process. */
  readonly kind: 'postgres' | 'in-process';
  /** Stores the event and tells every subscriber of `topic` (on PostgreSQL: in every process). Payload: plain JSON. */
  publish(topic: string, payload: unknown): Promise<BusEvent>;
  /** Calls `listener` for each later event of `topic`; returns the unsubscribe. Throws BusFullError past the bound. */
  subscribe(topic: string, listener: BusListener): () => void;
  /** Events of `topic` after `afterId`, oldest first, as long as they are kept (resume). */
  since(topic: string, afterId: string, limit?: number): Promise<BusEvent[]>;
  /** Resolves once notifications are being received (on PostgreSQL: the LISTEN is in place). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface EventBusOptions {
  /** Listeners this process may hold at once (SSE clients, workers): beyond it subscribe throws BusFullError. */
  maxSubscribers?: number;
  /** How long published events are kept for resume and by-id fetches. */
  retentionSeconds?: number;
  /** Largest payload (its JSON) publish accepts. */
  maxPayloadBytes?: number;
}

const DEFAULTS = { maxSubscribers: 2000, retentionSeconds: 600, maxPayloadBytes: 1_000_000 };

/**
 * The event bus over the app's database: PostgreSQL LISTEN/NOTIFY on a server (several API instances and
 * workers on one database hear each other; a payload too big for NOTIFY goes by id), or in-process on
 * PGlite (one process owns the embedded database). Either way events are stored a few minutes, so a client
 * can resume. Delivery is at most once per live subscriber; a subscriber that must not miss anything
 * re-reads state (or `since`) after it subscribes.
 */
export function createEventBus(handle: DatabaseHandle, options: EventBusOptions = {}): EventBus {
  const o = { ...DEFAULTS, ...options };
  const subs = new Subscribers(o.maxSubscribers);
  const { db } = handle;
  const pg = handle.kind === 'postgres' ? handle.sql : undefined;
  if (handle.kind === 'postgres' && !pg) throw new Error('createEventBus: a PostgreSQL handle without its postgres.js client');

  let closed = false;
  const onNotify = (text: string) => {
    let msg: { id: string; topic: string; at: string; payload?: unknown };
    try { msg = JSON.parse(text) as typeof msg; } catch { return; }
    if (!subs.has(msg.topic)) return;
    if (msg.payload !== undefined && msg.payload !== null) {
      subs.dispatch({ id: msg.id, topic: msg.topic, payload: msg.payload, at: msg.at });
      return;
    }
    // Too big to travel inline: read it (it was committed before the notification was sent).
    busEventById(db, msg.id).then((e) => { if (e && !closed) subs.dispatch(e); }, () => undefined);
  };
  const listening = pg ? pg.listen(BUS_CHANNEL, onNotify).then((l) => l) : undefined;
  listening?.catch(() => undefined);

  const pruner = setInterval(() => { void pruneBusEvents(db, o.retentionSeconds).catch(() => undefined); }, 60_000);
  pruner.unref();

  return {
    kind: pg ? 'postgres' : 'in-process',
    async publish(topic, payload) {
      checkTopic(topic);
      const text = JSON.stringify(payload ?? null);
      if (Buffer.byteLength(text) > o.maxPayloadBytes) throw new Error(`bus payload of ${topic} is over ${o.maxPayloadBytes} bytes`);
      if (pg) return insertAndNotify(db, topic, text);
      const e = await insertBusEvent(db, topic, JSON.parse(text));
      subs.dispatch(e);
      return e;
    },
    subscribe: (topic, listener) => subs.add(topic, listener),
    since: (topic, afterId, limit = 500) => (/^\d{1,19}$/.test(afterId) ? busEventsSince(db, topic, afterId, limit) : Promise.resolve([])),
    async ready() { if (listening) await listening; },
    async close() {
      closed = true;
      clearInterval(pruner);
      subs.clear();
      if (listening) await listening.then((l) => l.unlisten(), () => undefined);
    },
  };
}
