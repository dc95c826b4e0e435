import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Db } from '../repositories/db-type.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { notFound } from '../lib/errors.ts';
import { checkVersion, requireIfMatch } from '../lib/if-match.ts';
import { inTransaction } from '../lib/tx.ts';

/** What a PATCH of a versioned registry record needs to know about its table. */
export interface VersionedStore<T extends { id: string; version: number }, P extends object> {
  /** "Airport", "Assembly area": for messages. */
  what: string;
  auditType: string;
  get(db: Db, id: string, forUpdate: boolean): Promise<T | undefined>;
  /** Checks the merged record (throws a 400 naming the field). */
  check(db: Db, merged: T): Promise<void>;
  update(db: Db, id: string, patch: P): Promise<void>;
}

/**
 * If-Match required (428), row locked, version compared (409), the merged record checked, then
 * written and audited, all in one transaction. The lock is what makes the check mean something: a
 * concurrent PATCH waits, then sees this one's version and fails instead of merging into the old row.
 */
export async function patchVersioned<T extends { id: string; version: number }, P extends object>(
  db: Kysely<Database>, store: VersionedStore<T, P>,
  req: { id: string; patch: P; ifMatch: string | undefined; username: string },
): Promise<T> {
  const sent = requireIfMatch(req.ifMatch, store.what.toLowerCase());
  return inTransaction(db, async (trx) => {
    const before = await store.get(trx, req.id, true);
    if (!before) throw notFound(store.what, req.id);
    checkVersion(store.what, before.id, sent, before.version);
    const after: T = { ...before, ...req.patch, version: before.version + 1 };
    await store.check(trx, after);
    await store.update(trx, before.id, req.patch);
    await recordAudit(trx, { username: req.username, action: 'update', entityType: store.auditType, entityId: before.id, before, after });
    return after;
  });
}
