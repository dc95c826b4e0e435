import { LRUCache } from 'lru-cache';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { dataToken } from '../repositories/data-generation.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { notFound } from '../lib/errors.ts';
import { slicedDigest } from '../lib/sliced-digest.ts';
import { loadSnapshot } from './snapshot.ts';

/** The scenario's data as read now, with its digest. */
export interface Today { snapshot: PlanningSnapshot; digest: string }

export function snapshotDigest(snapshot: PlanningSnapshot): Promise<string> {
  return slicedDigest({ ...snapshot });
}

export async function today(db: Db, scenarioId: string): Promise<Today> {
  const snapshot = await loadSnapshot(db, scenarioId);
  if (!snapshot) throw notFound('Scenario', scenarioId);
  return { snapshot, digest: await snapshotDigest(snapshot) };
}

/** Today's digest, and the data itself only when asked for (`load`). */
export interface LazyToday { digest: string; load(): Promise<Today> }

/**
 * Digests of scenarios' data by data token (table data_generation). A token is drawn anew in the
 * transaction of every change to the snapshot's tables, so a digest remembered under a token is the digest
 * of exactly the data committed with it, on every instance: this is not a cache that can go stale, only
 * memory of a pure function. Bounded: old tokens are never asked for again and fall out.
 */
const digests = new LRUCache<string, string>({ max: 512 });

/**
 * Today's digest of scenario `scenarioId` without reading its data when this process has seen the data's
 * token before: one row instead of thousands of areas read and hashed. Otherwise reads and hashes the data,
 * and remembers the digest only if the token did not change while it read (a change committed meanwhile
 * could be half in what it read). 404 as `today` when the data is read.
 */
export async function lazyToday(db: Db, scenarioId: string, readToken?: string | null): Promise<LazyToday> {
  // `readToken`: the token as the caller just read it (beside a plan's row), saving a round trip.
  const token = readToken === undefined ? await dataToken(db) : readToken;
  const key = token === null ? null : `${token}|${scenarioId}`;
  const known = key === null ? undefined : digests.get(key);
  if (known !== undefined) {
    let loading: Promise<Today> | undefined;
    return { digest: known, load: () => (loading ??= today(db, scenarioId)) };
  }
  const now = await today(db, scenarioId);
  if (key !== null && (await dataToken(db)) === token) digests.set(key, now.digest);
  return { digest: now.digest, load: () => Promise.resolve(now) };
}
