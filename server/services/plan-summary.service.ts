import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { SessionUser } from '../../shared/schemas/session.ts';
import type { PlanSummary, SummaryQuery } from '../../shared/schemas/summary.ts';
import { buildPlanSummary, type SummaryFailure } from '../../shared/summary/plan-summary.ts';
import { listCountries } from '../repositories/countries.repository.ts';
import { getCachedSummary, putCachedSummary, type SummaryKey } from '../repositories/plan-summaries.repository.ts';
import type { Db } from '../repositories/db-type.ts';
import { readPlan } from './plan-judge.service.ts';
import { once } from '../lib/once.ts';
import { bodyBytes, encodeBody, type CachedBody } from '../lib/body-cache.ts';
import { noneMatch, planETag, planReadKey, readTagInputs, type TagInputs } from './plan-etag.service.ts';

/**
 * The printed plan summary, built once per plan version and today's data and cached in the database
 * (issue 11): judging the plan and building the paper's figures takes hundreds of milliseconds; reading a
 * stored one takes a row. The cache key is what the ETag is made of — plan id and version, today's data
 * digest (offers, airports, areas, partners, accepted seat requests), the instant of the cached
 * derivation — so an edit, a withdrawn offer or a closed airport is a new key and never a stale summary.
 * Only `printedAt` and `printedBy` are the reader's own: they are stamped on every answer.
 */
export type SummaryAnswer = { etag: string; body: CachedBody | null } | { failure: SummaryFailure };

export async function countryNamesOf(db: Db) {
  return Object.fromEntries((await listCountries(db)).map((c) => [c.code, c.name])) as Record<string, string>;
}

/** The plan as the paper shows it: a liaison's view with the whole plan's sorties (see below). */
export function printed(user: SessionUser, read: Awaited<ReturnType<typeof readPlan>>) {
  const { view, whole } = read;
  // A liaison's view holds their sorties only, but who carries priority 1 depends on the whole
  // plan's departure order; the partner variant the route forces prints their sorties alone.
  return user.role === 'liaison' ? { ...whole, violations: view.violations, leftBehind: view.leftBehind, plannedOn: view.plannedOn } : whole;
}

/**
 * The summary's shape, in its cache key and tag: a row stored, or a copy a browser keeps, by a build that
 * shaped the summary otherwise is never served as this build's answer. Bump it when the schema changes.
 */
const SHAPE = '2';
const sha = (s: string) => createHash('sha256').update(s).digest('base64url');
const cacheKey = (id: string, i: TagInputs, variant: string): SummaryKey => ({ planId: id, digest: `${i.digest}|${i.derivedAt}`, variant });
/**
 * When a summary was printed, to STAMP_MS: the stamp is the only part of an answer that changes on its own, and
 * a stamp that moved every millisecond would make every answer new bytes. Within one slot a reader's answer is
 * served from memory (server/lib/body-cache.ts), encoded and gzipped once.
 */
const STAMP_MS = 10_000;
const stampSlot = () => new Date(Math.floor(Date.now() / STAMP_MS) * STAMP_MS).toISOString();
/** Where the stamp goes in a kept text: no instant looks like it, and the header is the only printedAt. */
const AT_MARK = '\u0000printedAt\u0000';
const AT_MARK_JSON = JSON.stringify(AT_MARK);
/**
 * Per summary tag (it names the reader): the text with a mark where the stamp goes, so a new slot is a string
 * replace instead of encoding megabytes again, and the latest slot's bytes.
 */
interface Kept { text: string; at: string; body: CachedBody }
const kept = new LRUCache<string, Kept>({ maxSize: 128 * 1024 * 1024, sizeCalculation: (k) => k.text.length * 2 + bodyBytes(k.body) });
const stamp = (s: PlanSummary, user: SessionUser, at: string): PlanSummary => ({ ...s, header: { ...s.header, printedAt: at, printedBy: user.username } });

/**
 * The summary of plan `id` for `user` in variant `query` (already narrowed to what the user may print):
 * `summary: null` is a 304 (If-None-Match names the answer), `failure` a 400 of the query.
 */
export async function planSummary(db: Db, user: SessionUser, id: string, query: SummaryQuery, ifNoneMatch: string | undefined): Promise<SummaryAnswer> {
  const [countryNames, key] = await Promise.all([countryNamesOf(db), planReadKey(db, user, id)]);
  const names = JSON.stringify(countryNames);
  const q = JSON.stringify(Object.entries(query).sort());
  // Weak: `printedAt` is the only part of the answer the tag leaves out (it would never repeat otherwise).
  const tagOf = (i: TagInputs) => planETag(i, ['summary', SHAPE, names, q, user.username], true);
  // Whose view (a liaison's omits others' violations) and which part; the reader's name is stamped, not keyed.
  const variant = `${SHAPE}|${key.view}|${q}|${sha(names)}`;
  const at = stampSlot();
  const stampBody = async (etag: string, text: string) => {
    const body = await encodeBody(text.replace(AT_MARK_JSON, JSON.stringify(at)));
    kept.set(etag, { text, at, body });
    return body;
  };
  const answer = async (etag: string, s: PlanSummary) => ({ etag, body: noneMatch(ifNoneMatch, etag) ? null : await stampBody(etag, JSON.stringify(stamp(s, user, AT_MARK))) });
  if (key.cached) {
    const etag = tagOf(key.cached);
    if (noneMatch(ifNoneMatch, etag, false)) return { etag, body: null };
    const last = kept.get(etag);
    if (last) {
      // Kept only for a variant that was built, so `*` (a 304 for any answer) may be compared here.
      if (noneMatch(ifNoneMatch, etag)) return { etag, body: null };
      if (last.at === at) return { etag, body: last.body };
      const next = once(`stamp:${etag}:${at}`, () => stampBody(etag, last.text));
      // While the new slot's bytes are made (a gzip of megabytes), readers get the last slot's: a stamp at most
      // one slot older, instead of every reader waiting for the gzip.
      if (Date.parse(at) - Date.parse(last.at) <= STAMP_MS) { next.catch(() => undefined); return { etag, body: last.body }; }
      return { etag, body: await next };
    }
    const hit = await getCachedSummary(db, cacheKey(id, key.cached, variant));
    if (hit) return answer(etag, hit);
  }
  const read = await readPlan(db, user, id, await key.now.load());
  const inputs = readTagInputs(id, read, key.view);
  const etag = tagOf(inputs);
  const result = buildPlanSummary(read.now.snapshot, printed(user, read), { ...query, countryNames, printedAt: at, printedBy: user.username });
  if (!result.ok) return { failure: result };
  // A failed write (the plan deleted meanwhile) costs the next read a rebuild, never this answer.
  await putCachedSummary(db, cacheKey(id, inputs, variant), result.summary).catch(() => undefined);
  return answer(etag, result.summary);
}
