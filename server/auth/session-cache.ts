import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { findSession } from '../repositories/users.repository.ts';

type Found = Awaited<ReturnType<typeof findSession>>;

export interface SessionCache {
  /**
   * The live session of a token, or undefined; expiry is checked on every call. `fresh` skips the cache
   * (writes use it, so a disabled or demoted account can never write on a cached session).
   */
  get(token: string, opts?: { fresh?: boolean }): Promise<Found>;
  /** Drops a token at once (sign-out, a new sign-in replacing it). */
  forget(token: string): void;
  /** Drops every cached session of an account (role changed, disabled, password reset). */
  forgetUser(username: string): void;
}

interface Entry { at: number; found: Promise<Found>; username?: string | null }

/**
 * Session lookups kept for `ttlMs`: every request carries the cookie, and without this each one paid a
 * database round trip before doing its own work. Expiry stays exact (checked against the cached
 * expiresAt), sign-out and account changes on this server are immediate, and every write looks the
 * session up afresh. What a cached read may miss for up to `ttlMs` is a change made on another server
 * instance; 0 turns the cache off.
 */
export function createSessionCache(db: Kysely<Database>, ttlMs: number, maxEntries = 10_000): SessionCache {
  const entries = new Map<string, Entry>();
  const lookup = (token: string): Entry => {
    const e: Entry = { at: Date.now(), found: findSession(db, token) };
    e.found.then((f) => { e.username = f?.user.username ?? null; }, () => entries.delete(token));
    if (ttlMs > 0) {
      entries.delete(token);
      entries.set(token, e);
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    }
    return e;
  };
  return {
    async get(token, opts = {}) {
      let e = entries.get(token);
      // Concurrent reads with one cookie share the one lookup in flight.
      if (opts.fresh || !e || Date.now() - e.at >= ttlMs) e = lookup(token);
      const found = await e.found;
      return found && found.expiresAt.getTime() > Date.now() ? found : undefined;
    },
    forget(token) {
      entries.delete(token);
    },
    forgetUser(username) {
      // Lookups still in flight may have read the row before the change: drop those too.
      for (const [token, e] of entries) if (e.username === username || e.username === undefined) entries.delete(token);
    },
  };
}
