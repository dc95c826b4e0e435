import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../lib/errors.ts';
import { ErrorCode } from '../../shared/schemas/common.ts';
import { BusFullError, type BusEvent, type EventBus } from './bus.ts';
import { lastEventId, openSse, type SseMessage, type SseOptions } from './sse.ts';

export interface StreamTopicOptions extends SseOptions {
  topic: string;
  /** What a client that connects without Last-Event-ID gets first (the current state), written before any live event. */
  initial?: () => Promise<SseMessage[]>;
  /** How a bus event is written (default: event = payload.type, data = payload). */
  toMessage?: (e: BusEvent) => SseMessage | undefined;
  /** The stream ends after an event for which this is true (a finished job). */
  endAfter?: (e: BusEvent) => boolean;
  /** Ends at once after the initial messages (the state is already final). */
  endAfterInitial?: boolean;
}

const defaultMessage = (e: BusEvent): SseMessage => {
  const type = (e.payload as { type?: unknown } | null)?.type;
  return { id: e.id, event: typeof type === 'string' ? type : 'message', data: e.payload };
};

/**
 * Streams a bus topic as server-sent events: subscribes first (so nothing published meanwhile is lost),
 * then writes the resume (events after Last-Event-ID, while kept) or the initial state, then the live
 * events, each once. Past the bus's subscriber bound: 503 with Retry-After, before any byte is sent.
 */
export async function streamTopic(bus: EventBus, req: FastifyRequest, reply: FastifyReply, o: StreamTopicOptions): Promise<void> {
  const toMessage = o.toMessage ?? defaultMessage;
  const pending: BusEvent[] = [];
  // Set once the resume or initial state is written: events before that wait in `pending`.
  const sink: { live?: (e: BusEvent) => void } = {};
  let unsubscribe: () => void;
  try {
    unsubscribe = bus.subscribe(o.topic, (e) => (sink.live ? sink.live(e) : pending.push(e)));
  } catch (err) {
    if (err instanceof BusFullError) throw new HttpError(503, ErrorCode.serviceUnavailable, 'Too many live streams are open on this server; try again shortly', undefined, 5);
    throw err;
  }
  let initial: SseMessage[];
  let resumed: BusEvent[] = [];
  const after = lastEventId(req);
  try {
    if (after) resumed = await bus.since(o.topic, after);
    initial = after ? [] : ((await o.initial?.()) ?? []);
  } catch (err) {
    unsubscribe();
    throw err;
  }
  const stream = openSse(req, reply, o);
  stream.onClose(unsubscribe);
  let lastSent = after ? BigInt(after) : -1n;
  const deliver = (e: BusEvent) => {
    if (stream.closed || BigInt(e.id) <= lastSent) return;
    lastSent = BigInt(e.id);
    const m = toMessage(e);
    if (m) stream.send(m);
    if (o.endAfter?.(e)) stream.close();
  };
  for (const m of initial) stream.send(m);
  if (o.endAfterInitial) {
    stream.close();
    return;
  }
  for (const e of resumed) deliver(e);
  sink.live = deliver;
  for (const e of pending.splice(0)) deliver(e);
}
