import type { FastifyReply, FastifyRequest } from 'fastify';

export interface SseMessage { id?: string; event?: string; data: unknown }

export interface SseStream {
  /** Writes one event; false once the stream is closed. */
  send(message: SseMessage): boolean;
  close(): void;
  /** Called once when the client goes away or the stream is closed. */
  onClose(fn: () => void): void;
  readonly closed: boolean;
}

export interface SseOptions {
  /** A comment line this often keeps proxies from closing an idle stream (and finds dead clients). */
  heartbeatMs?: number;
  /** The reconnect delay the browser is told to use. */
  retryMs?: number;
  /** A client this far behind (bytes not yet sent) is dropped: it reconnects and resumes. */
  maxBufferedBytes?: number;
  /** Streams are closed after this long; the client reconnects (with Last-Event-ID) — no stream lives forever. */
  maxSeconds?: number;
}

const oneLine = (s: string) => s.replace(/[\r\n]/g, ' ');

/**
 * Turns the reply into a server-sent-event stream (hand-written: the framing is a few lines, and the
 * fastify SSE plugins either declare a newer Node than the project's 20.19 or bring a channel model we
 * do not need — the bus is ours). Headers already set on the reply (helmet's) are kept.
 */
export function openSse(req: FastifyRequest, reply: FastifyReply, options: SseOptions = {}): SseStream {
  const { heartbeatMs = 15_000, retryMs = 2_000, maxBufferedBytes = 1_000_000, maxSeconds = 3600 } = options;
  reply.hijack();
  const res = reply.raw;
  const already = Object.fromEntries(Object.entries(reply.getHeaders()).filter((e): e is [string, string | number | string[]] => e[1] !== undefined));
  res.writeHead(200, {
    ...already,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // nginx and similar proxies would buffer the stream otherwise.
    'x-accel-buffering': 'no',
  });
  res.write(`retry: ${retryMs}\n\n`);
  const closers: Array<() => void> = [];
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    for (const fn of closers.splice(0)) {
      try { fn(); } catch { /* cleanup of one part must not stop the others */ }
    }
    if (!res.writableEnded) res.end();
  };
  const write = (text: string) => {
    if (closed) return false;
    if (res.writableLength > maxBufferedBytes) {
      close();
      return false;
    }
    res.write(text);
    return true;
  };
  const heartbeat = setInterval(() => write(': heartbeat\n\n'), heartbeatMs);
  const lifetime = setTimeout(close, maxSeconds * 1000);
  req.raw.on('close', close);
  // Graceful shutdown (server/lib/shutdown.ts) ends the streams first, so the HTTP drain can finish.
  const unregister = req.server.shutdown?.register('streams', 'sse stream', close);
  if (unregister) closers.push(unregister);
  res.on('error', close);
  return {
    send(m) {
      let text = '';
      if (m.id !== undefined) text += `id: ${oneLine(m.id)}\n`;
      if (m.event !== undefined) text += `event: ${oneLine(m.event)}\n`;
      // JSON.stringify escapes newlines, so the data is one line.
      text += `data: ${JSON.stringify(m.data)}\n\n`;
      return write(text);
    },
    close,
    onClose(fn) {
      if (closed) fn();
      else closers.push(fn);
    },
    get closed() { return closed; },
  };
}

/** The id a reconnecting client sends (header), or `?lastEventId=` for clients that cannot set headers. */
export function lastEventId(req: FastifyRequest): string | undefined {
  const h = req.headers['last-event-id'];
  const v = typeof h === 'string' ? h : (req.query as Record<string, unknown> | undefined)?.lastEventId;
  return typeof v === 'string' && /^\d{1,19}$/.test(v) ? v : undefined;
}
