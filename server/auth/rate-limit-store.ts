import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { hitRateLimit } from '../repositories/rate-limits.repository.ts';

type Incr = (err: Error | null, res?: { current: number; ttl: number }) => void;
/** What the plugin hands a store: its options (root) or a route's merged options (child); timeWindow in ms. */
interface StoreOptions { timeWindow?: unknown; routeInfo?: { method?: string; url?: string } }

const windowOf = (o: StoreOptions, fallback: number) => (typeof o.timeWindow === 'number' ? o.timeWindow : fallback);

/**
 * A store for @fastify/rate-limit that keeps its counters in the database, so every API instance on it
 * counts the same window (the plugin's default store is one process's memory: two instances doubled the
 * allowance). Each route gets its own key prefix, as the plugin's own stores do.
 */
export function databaseRateLimitStore(db: Kysely<Database>) {
  return class DatabaseRateLimitStore {
    readonly prefix: string;
    readonly timeWindow: number;
    constructor(options: object = {}, prefix = '') {
      this.prefix = prefix;
      this.timeWindow = windowOf(options as StoreOptions, 60_000);
    }

    // The plugin passes the window as a third argument too (its typings do not say so).
    incr(key: string, cb: Incr, timeWindow?: number) {
      hitRateLimit(db, this.prefix + key, timeWindow ?? this.timeWindow).then((r) => cb(null, r), (err: Error) => cb(err));
    }

    // Typed as the plugin declares it (a route's options); what it passes is StoreOptions.
    child(routeOptions: object) {
      const o = routeOptions as StoreOptions;
      const info = o.routeInfo ?? {};
      return new DatabaseRateLimitStore({ timeWindow: windowOf(o, this.timeWindow) }, `${this.prefix}${info.method ?? ''}${info.url ?? ''}|`);
    }
  };
}
