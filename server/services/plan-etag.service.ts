import { createHash } from 'node:crypto';
import type { SessionUser } from '../../shared/schemas/session.ts';
import { getPlanCacheKey } from '../repositories/plans.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { notFound } from '../lib/errors.ts';
import { planDigest, readPlan } from './plan-judge.service.ts';
import { lazyToday } from './today.ts';

/**
 * ETags of plan reads. A read is the stored plan at its version judged on today's data, so its answer is
 * fixed by: planDigest (plan id, version, DERIVATION_VERSION and the digest of the whole planning snapshot:
 * offers, airports, areas, partners, seat requests, hazard zones, rules), the instant of the cached
 * derivation (the answer's `plannedOn.checkedAt`; a new derivation is a new answer) and who reads it (a
 * liaison sees their partner's part). The tag is a hash of exactly those, so it is known from the plan's
 * row and today's digest before the plan's sorties are read: a matching If-None-Match answers 304 without
 * loading, judging or serialising the plan. Bump FORMAT when the answer's shape changes on its own.
 */
const FORMAT = 'plan-read/1';

export interface TagInputs { version: number; digest: string; derivedAt: string; view: string }
/** A read's tag from its inputs; `extra`: what else the route's answer depends on (variant, names). */
export type TagOf = (inputs: TagInputs) => string;

export function planETag(i: TagInputs, extra: readonly string[] = [], weak = false): string {
  const hash = createHash('sha256').update(JSON.stringify([FORMAT, i.digest, i.derivedAt, i.view, ...extra])).digest('base64url').slice(0, 27);
  // The version first, for people reading logs; the hash alone decides.
  return `${weak ? 'W/' : ''}"${i.version}.${hash}"`;
}

/**
 * If-None-Match (RFC 9110 §13.1.2): `*` or a comma-separated list of tags, compared weakly. Anything else
 * (garbage, unquoted) simply matches nothing: the answer is then a 200, as without the header.
 */
export function noneMatch(header: string | undefined, tag: string, star = true): boolean {
  if (header === undefined) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  const mine = bare(tag);
  return header.split(',').some((t) => { const b = bare(t); return b === mine || (star && b === '*'); });
}

const viewOf = (user: SessionUser) => (user.role === 'liaison' ? `liaison:${user.partnerId ?? ''}` : 'whole');

/**
 * What a read of plan `id` by `user` is built from, known before the plan's sorties are read. 404 as
 * readPlan. `cached`: the tag inputs when the derivation cached in the plan's row is today's (a read would
 * answer from it); null when a read would derive the plan again, and so its answer is not known yet.
 */
export async function planReadKey(db: Db, user: SessionUser, id: string) {
  const key = await getPlanCacheKey(db, id);
  if (!key || (user.role === 'liaison' && key.status !== 'approved')) throw notFound('Plan', id);
  // Today's digest, usually from one row (server/services/today.ts); `now.load()` reads the data for a full read.
  const now = await lazyToday(db, key.scenarioId, key.dataToken);
  const view = viewOf(user);
  const digest = planDigest(key.id, key.version, now.digest);
  const cached: TagInputs | null = key.derivedDigest === digest ? { version: key.version, digest, derivedAt: key.derivedAt, view } : null;
  return { now, view, cached };
}

/** The tag inputs of a finished read (its version may be newer than the key's if the plan was saved meanwhile). */
export function readTagInputs(id: string, read: Awaited<ReturnType<typeof readPlan>>, view: string): TagInputs {
  const v = read.whole.version;
  return { version: v, digest: planDigest(id, v, read.now.digest), derivedAt: read.whole.plannedOn.checkedAt, view };
}

/**
 * Reads plan `id` for `user` unless If-None-Match already names its current answer, or `known` has that
 * answer's bytes (server/lib/body-cache.ts). `read: null` means 304 (the tag is the caller's) or, with `body`,
 * the remembered answer; otherwise the read with its tag. 404 as readPlan, before any tag is compared.
 * `*` is compared only after the full read, so it never stands for an answer the route could not give.
 */
export async function readPlanUnlessMatched<B>(db: Db, user: SessionUser, id: string, ifNoneMatch: string | undefined, tagOf: TagOf, known?: (etag: string) => B | undefined) {
  const { now, view, cached } = await planReadKey(db, user, id);
  if (cached) {
    // The derivation cached in the row is today's: the answer would be built from it, so its tag is known.
    const etag = tagOf(cached);
    if (ifNoneMatch !== undefined && noneMatch(ifNoneMatch, etag, false)) return { etag, read: null };
    const body = known?.(etag);
    if (body !== undefined && !noneMatch(ifNoneMatch, etag)) return { etag, read: null, body };
  }
  const read = await readPlan(db, user, id, await now.load());
  return { etag: tagOf(readTagInputs(id, read, view)), read };
}
