import { sql, type RawBuilder } from 'kysely';

/** A jsonb parameter that both postgres.js and PGlite accept. */
export function jsonb<T>(value: T): RawBuilder<T> {
  // The inner text cast matters: postgres.js would otherwise see a jsonb parameter and encode the string again.
  return sql<T>`cast(cast(${JSON.stringify(value)} as text) as jsonb)`;
}

export const iso = (d: Date | string): string => (d instanceof Date ? d : new Date(d)).toISOString();
export const isoOrNull = (d: Date | string | null): string | null => (d === null ? null : iso(d));
