import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';

/** Replies longer than this go out in slices (a large plan's JSON is megabytes). */
export const CHUNKED_REPLY_CHARS = 256 * 1024;
/** One slice: its UTF-8 encoding and socket write are a small, bounded piece of work. */
const SLICE_CHARS = 64 * 1024;

/**
 * The text in slices of about `size` UTF-16 units, never splitting a surrogate pair (a half pair would be
 * encoded as U+FFFD and break a Hangul-free but emoji-bearing name, say). Pure; tested in test/core.
 */
export function* slices(text: string, size = SLICE_CHARS): Generator<string> {
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end = end - 1 > i ? end - 1 : end + 1;
    yield text.slice(i, end);
    i = end;
  }
}

/**
 * Sends long replies as a stream of slices instead of one write: a single writev of a multi-megabyte string
 * encoded it all on the event loop at once (200 ms for an XL plan, the largest stall of a plan read in
 * bench:plan-save); as a stream each slice is encoded and written as the socket takes it. The body is the same
 * bytes, sent with chunked transfer encoding instead of a Content-Length.
 */
export function registerChunkedReplies(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    if (typeof payload !== 'string' || payload.length < CHUNKED_REPLY_CHARS) return payload;
    reply.removeHeader('content-length');
    return Readable.from((function* () { for (const s of slices(payload)) yield Buffer.from(s, 'utf8'); })(), { objectMode: false });
  });
}
