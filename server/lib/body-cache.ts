import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { LRUCache } from 'lru-cache';
import type { FastifyReply, FastifyRequest } from 'fastify';

const gzipAsync = promisify(gzip);

/**
 * Answers already put into bytes, by their ETag (issue 11: fast reads). A plan read's answer is a pure
 * function of its tag's inputs — version, today's data digest, the cached derivation's instant, whose
 * view — so bytes remembered under a tag are the answer to every later read that computes the same tag
 * from the database: nothing here can serve what the database no longer says, and a new version or new
 * data is a new tag. A hit skips reading the plan's megabytes of JSON, building the answer and encoding it.
 * Each entry is also gzipped once, off the event loop (zlib's thread pool), before it is first sent, for
 * clients that accept it: an XL plan's 8 MB answer is a few hundred kilobytes on the wire.
 */
export interface CachedBody { json: Buffer; gzip: Buffer | null }

/** Bytes of answers kept per process (LRU): a few dozen large plans. */
const MAX_BYTES = 128 * 1024 * 1024;
/** Smaller answers are not gzipped: the header costs more than it saves. */
const GZIP_FROM_BYTES = 4 * 1024;

const bodies = new LRUCache<string, CachedBody>({
  maxSize: MAX_BYTES,
  sizeCalculation: (b) => bodyBytes(b),
});

export function cachedBody(key: string): CachedBody | undefined {
  return bodies.get(key);
}

/** Bytes of `json` with their gzip (made in zlib's thread pool), remembered under `key`. */
export async function rememberBody(key: string, json: string): Promise<CachedBody> {
  const entry = await encodeBody(json);
  if (entry.json.length <= MAX_BYTES / 4) bodies.set(key, entry);
  return entry;
}

/** The bytes of `json` and their gzip, not remembered (the caller keeps them). */
export async function encodeBody(json: string): Promise<CachedBody> {
  const bytes = Buffer.from(json, 'utf8');
  return { json: bytes, gzip: bytes.length >= GZIP_FROM_BYTES ? await gzipAsync(bytes, { level: 6 }) : null };
}

export const bodyBytes = (b: CachedBody) => Math.max(1, b.json.length + (b.gzip?.length ?? 0));

const acceptsGzip = (req: FastifyRequest) => /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));

/**
 * Sends remembered bytes as JSON with `headers`; gzipped when the client accepts it and the gzip is ready.
 * A gzipped answer is another representation of the same resource, so a strong tag becomes weak (as
 * nginx does): If-None-Match compares weakly and If-Match compares only the version, so both still work.
 */
export function sendBody(req: FastifyRequest, reply: FastifyReply, body: CachedBody, headers: Record<string, string>): FastifyReply {
  reply.headers(headers).header('vary', 'accept-encoding').type('application/json; charset=utf-8');
  if (body.gzip && acceptsGzip(req)) {
    const etag = headers.etag;
    if (etag && !etag.startsWith('W/')) reply.header('etag', `W/${etag}`);
    return reply.header('content-encoding', 'gzip').send(body.gzip);
  }
  return reply.send(body.json);
}
