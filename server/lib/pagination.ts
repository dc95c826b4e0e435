import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PAGE, type PageParams } from '../../shared/schemas/pagination.ts';
import type { PageRequest, PageResult, SortKey } from '../repositories/keyset.ts';
import { badRequest } from './errors.ts';

/**
 * One list endpoint's paging: its name (a cursor of another list is refused) and its order, a tuple of
 * columns ending in a unique one. Defined next to the list's query in its repository.
 */
export interface ListSpec { name: string; keys: readonly SortKey[] }

/**
 * The MAC is an integrity check, not a secret: it tells a cursor this server made for this list from
 * garbage, a truncated copy or an edited one. A cursor only says where a page starts in a list the
 * caller may read anyway — the role and partner filters are applied to every page — so there is no key
 * to share between instances or rotate.
 */
const MAC_KEY = 'neo-planner/list-cursor/v1';
const MAC_BYTES = 12;
const mac = (payload: Buffer) => createHmac('sha256', MAC_KEY).update(payload).digest().subarray(0, MAC_BYTES);

export function encodeCursor(list: ListSpec, key: string[]): string {
  const payload = Buffer.from(JSON.stringify([list.name, key]), 'utf8');
  return Buffer.concat([mac(payload), payload]).toString('base64url');
}

const VALUE: Record<SortKey['type'], RegExp> = {
  int: /^-?[0-9]{1,9}$/,
  bigint: /^-?[0-9]{1,18}$/,
  // PostgreSQL's text form of a timestamptz (DateStyle ISO); a date out of range still fails the cast (caught by the caller).
  timestamptz: /^[0-9]{4}-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-6][0-9](\.[0-9]{1,6})?[+-][0-9]{2}(:[0-9]{2}){0,2}$/,
  // eslint-disable-next-line no-control-regex
  text: /^[^\u0000-\u001f]{0,200}$/,
};

const refuse = (reason: string) => badRequest('querystring.cursor', reason);

/** The key values a cursor holds, checked against the list they must belong to. */
export function decodeCursor(list: ListSpec, cursor: string): string[] {
  const raw = Buffer.from(cursor, 'base64url');
  if (raw.length <= MAC_BYTES || raw.toString('base64url') !== cursor) throw refuse('is not a cursor this server made');
  const payload = raw.subarray(MAC_BYTES);
  if (!timingSafeEqual(raw.subarray(0, MAC_BYTES), mac(payload))) throw refuse('is not a cursor this server made (damaged or edited)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload.toString('utf8'));
  } catch {
    throw refuse('is not a cursor this server made');
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || !Array.isArray(parsed[1])) throw refuse('is not a cursor this server made');
  const [name, key] = parsed as [unknown, unknown[]];
  if (name !== list.name) throw refuse(`is a cursor of another list (${String(name).slice(0, 40)}), not of ${list.name}`);
  if (key.length !== list.keys.length || !key.every((v, i) => typeof v === 'string' && VALUE[list.keys[i]!.type].test(v))) {
    throw refuse('does not fit this list');
  }
  return key as string[];
}

/** `limit` and `cursor` of the query as a page request; without `limit` the list answers up to PAGE.unpagedMax rows. */
export function pageRequest(list: ListSpec, q: PageParams, unpaged: number = PAGE.unpagedMax): PageRequest {
  return { limit: q.limit === undefined ? unpaged : Number(q.limit), after: q.cursor === undefined ? null : decodeCursor(list, q.cursor) };
}

/**
 * Runs one page's query. A cursor whose values pass the shape check may still name an impossible
 * instant (February 31st): PostgreSQL refuses the cast (SQLSTATE class 22), which is the cursor's fault.
 */
export async function readPage<T>(list: ListSpec, page: PageRequest, run: (page: PageRequest) => Promise<PageResult<T>>): Promise<PageResult<T>> {
  try {
    return await run(page);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (page.after && typeof code === 'string' && code.startsWith('22')) throw refuse(`does not fit this list (${list.name})`);
    throw err;
  }
}

/** The headers of a page: its total, and the cursor and link of the next page unless it is the last. */
export function sendPage<T>(req: Pick<FastifyRequest, 'url'>, reply: FastifyReply, list: ListSpec, page: PageResult<T>): T[] {
  reply.header('x-total-count', String(page.total));
  if (page.nextKey) {
    const cursor = encodeCursor(list, page.nextKey);
    const next = new URL(req.url, 'http://x');
    next.searchParams.set('cursor', cursor);
    reply.header('x-next-cursor', cursor);
    reply.header('link', `<${next.pathname}${next.search}>; rel="next"`);
  }
  return page.items;
}

/** The usual route body: read the page the query asks for and answer it with its headers. */
export async function answerPage<T>(
  req: Pick<FastifyRequest, 'url'> & { query: PageParams }, reply: FastifyReply, list: ListSpec,
  run: (page: PageRequest) => Promise<PageResult<T>>, unpaged?: number,
): Promise<T[]> {
  const page = pageRequest(list, req.query, unpaged);
  return sendPage(req, reply, list, await readPage(list, page, run));
}
