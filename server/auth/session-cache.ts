import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { findSession } from '../repositories/users.repository.ts';

type Found = Awaited<ReturnType<typeof findSession>>;

export interface SessionCache {
  /** The live session of a token, or undefined; expiry is checked on every call. */
  get(token: string): Promise<Found>;
  /** Drops a token at once (sign-out, a new sign-in replacing it). */
  forget(token: string): void;
}

/**
 * Session lookups kept for `ttlMs`: every request carries the cookie, and without this each one paid a
 * database round trip before doing its own work. Expiry stays exact (checked against the cached
 * expiresAt) and sign-out on this server is immediate; a session deleted elsewhere (another server
 * instance, the database) or a changed role takes effect within `ttlMs`. 0 turns the cache off.
 */
export function createSessionCache(db: Kysely<Database>, ttlMs: number, maxEntries = 10_000): SessionCache {
  const entries = new Map<string, { at: number; found: Promise<Found> }>();
  return {
    async get(token) {
      const now = Date.now();
      let e = entries.get(token);
      if (!e || now - e.at >= ttlMs) {
        // Concurrent requests with one cookie share the one lookup in flight.
        e = { at: now, found: findSession(db, token) };
        if (ttlMs > 0) {
          entries.delete(token);
          entries.set(token, e);
          e.found.catch(() => entries.delete(token));
          for (const oldest of entries.keys()) {
            if (entries.size <= maxEntries) break;
            entries.delete(oldest);
          }
        }
      }
      const found = await e.found;
      return found && found.expiresAt.getTime() > Date.now() ? found : undefined;
    },
    forget(token) {
      entries.delete(token);
    },
  };
}
