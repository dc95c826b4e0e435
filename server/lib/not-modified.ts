import type { FastifyReply } from 'fastify';

/** The cache headers of a read with an ETag: `private`, as the answer depends on who asks. */
export const cacheHeaders = (etag: string) => ({ etag, 'cache-control': 'private, no-cache' });

/** 304: no body (not even `null`), the current tag. */
export function notModified(reply: FastifyReply, etag: string): FastifyReply {
  return reply.headers(cacheHeaders(etag)).code(304).send();
}
