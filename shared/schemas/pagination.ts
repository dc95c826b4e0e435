import { Type } from 'typebox';

/**
 * Paging of the list endpoints. `limit` is text in a query string and the server does not coerce types:
 * digits 1–500 (no sign, exponent or leading zero). `cursor` is the `X-Next-Cursor` of the previous page,
 * opaque base64url; the server refuses one it did not make for this list.
 */
export const PAGE = {
  /** The most rows one page may ask for. */
  maxLimit: 500,
  /**
   * Rows a list answers when no `limit` is given: today's unpaged answer for every real registry (the whole
   * Korea and Taiwan registry is a few hundred rows), but a 64,000-area import no longer answers 10 MB at
   * once; the rest is behind `X-Next-Cursor` like any page.
   */
  unpagedMax: 5_000,
} as const;

export const PageLimit = Type.String({ pattern: '^([1-9][0-9]?|[1-4][0-9]{2}|500)$', description: 'rows per page: digits, 1–500' });
export const PageCursor = Type.String({ pattern: '^[A-Za-z0-9_-]+$', maxLength: 1024, description: 'the `X-Next-Cursor` of the previous page' });

/** Spread into a list's query schema. */
export const PageQuery = { limit: Type.Optional(PageLimit), cursor: Type.Optional(PageCursor) };
export interface PageParams { limit?: string; cursor?: string }
