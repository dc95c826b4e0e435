import { createHash } from 'node:crypto';
import type { Plan, PlanSummaryRow } from '../../shared/schemas/api.ts';
import type { SessionUser } from '../../shared/schemas/session.ts';
import type { PlanStatus, Sortie } from '../../shared/schemas/domain.ts';
import { DERIVATION_VERSION, asPlanned, type PlanDerivation } from '../../shared/plan/derive.ts';
import { assignRotations } from '../../shared/plan/solve/rotations.ts';
import { deriveOffThread } from '../derivation/derivation-pool.ts';
import {
  getPlan, getPlanBasis, listPlans, pagePlans, partnerOfferIds, saveDerivation, type PlanRow, type StoredDerivation, type StoredPlan,
} from '../repositories/plans.repository.ts';
import type { PageRequest, PageResult } from '../repositories/keyset.ts';
import type { Db } from '../repositories/db-type.ts';
import { notFound } from '../lib/errors.ts';
import { once } from '../lib/once.ts';
import { lazyToday, snapshotDigest, today, type LazyToday, type Today } from './today.ts';

// Callers of old import today's data from here.
export { snapshotDigest, today, type Today };

/**
 * A plan is always judged on today's data. Its derivation (violations, metrics, left-behind, what
 * changed since it was planned) is cached in its row under a digest of everything it was computed
 * from — the plan's id and version (so its sorties and basis) and the whole planning snapshot — so
 * a read on unchanged data does not recompute, a read on changed data always does, and several
 * servers agree without talking to each other.
 */
export function planDigest(planId: string, version: number, snapDigest: string): string {
  return createHash('sha256').update(`${DERIVATION_VERSION}|${planId}|${version}|${snapDigest}`).digest('base64url');
}

/** A derivation for a plan being saved on `now`: it becomes the plan's basis. Computed off the event loop. */
export async function deriveForSave(now: Today, sorties: Sortie[]): Promise<PlanDerivation> {
  return asPlanned(await deriveOffThread(now.snapshot, sorties, null));
}

/** Rotations are cheap (a sort per offer), so they are computed on every read from today's offers, never cached. */
function toApi(p: StoredPlan, d: StoredDerivation, now: Today): Plan {
  const { derived: _d, basis, ...rest } = p;
  return {
    ...rest, violations: d.violations, metrics: d.metrics, leftBehind: d.leftBehind,
    rotations: assignRotations(now.snapshot.offers, p.sorties),
    plannedOn: { ...d.drift, at: basis?.at ?? null, basis: basis?.kind ?? null, checkedAt: d.derivedAt },
  };
}

/** The plan with violations, metrics, explanations and drift of today's data (cached when unchanged). */
export async function judge(db: Db, p: StoredPlan, now: Today): Promise<Plan> {
  const digest = planDigest(p.id, p.version, now.digest);
  if (p.derived?.digest === digest) return toApi(p, p.derived, now);
  // Every reader of this plan on this data at once (the whole plan, each liaison's part, the summary) shares one derivation.
  const { fresh, at } = await once(`derive:${digest}`, async () => {
    const fresh = await deriveOffThread(now.snapshot, p.sorties, p.basis ? await getPlanBasis(db, p.id, p.version) : null);
    // One instant for the answer and the cache: the next read of this digest answers the same bytes (its ETag holds).
    const at = new Date();
    await saveDerivation(db, p.id, p.version, fresh, digest, at);
    return { fresh, at };
  });
  return toApi(p, { ...fresh, digest, derivedAt: at.toISOString() }, now);
}

/** A liaison sees an approved plan only, and of it only their own partner's sorties and input changes. */
export function liaisonView(plan: Plan, own: Set<string>): Plan {
  const changes = plan.plannedOn.changes.filter((c) => c.kind === 'offer' && own.has(c.id));
  const hidden = plan.plannedOn.changes.length + plan.plannedOn.moreChanges - changes.length;
  return {
    ...plan, sorties: plan.sorties.filter((s) => own.has(s.offerId)), rotations: plan.rotations.filter((r) => own.has(r.offerId)),
    violations: [], metrics: null, leftBehind: { countries: [], areas: [] }, solve: null,
    plannedOn: { ...plan.plannedOn, changes, moreChanges: hidden },
  };
}

/** What `user` may read of plan `id`, judged on today's data; `whole` is the full plan, for summaries. */
export async function readPlan(db: Db, user: SessionUser, id: string, known?: Today): Promise<{ view: Plan; whole: Plan; now: Today; own?: Set<string> }> {
  const stored = await getPlan(db, id);
  if (!stored || (user.role === 'liaison' && stored.status !== 'approved')) throw notFound('Plan', id);
  // `known`: today's data of the plan's scenario, already read by the caller (a plan never changes scenario).
  const now = known ?? await today(db, stored.scenarioId);
  const whole = await judge(db, stored, now);
  if (user.role !== 'liaison') return { view: whole, whole, now };
  const own = await partnerOfferIds(db, user.partnerId ?? '');
  return { view: liaisonView(whole, own), whole, now, own };
}

/** The plans list, each row's status judged on today's data (only plans whose data changed are derived again, side by side in the pool). */
export async function listJudged(db: Db, f: { scenarioId?: string; status?: PlanStatus }): Promise<PlanSummaryRow[]> {
  return judgeRows(db, await listPlans(db, f));
}

/** One page of the plans list (PLAN_LIST's order), judged like listJudged. */
export async function pageJudged(db: Db, f: { scenarioId?: string; status?: PlanStatus }, page: PageRequest): Promise<PageResult<PlanSummaryRow>> {
  const rows = await pagePlans(db, f, page);
  return { ...rows, items: await judgeRows(db, rows.items) };
}

async function judgeRows(db: Db, rows: PlanRow[]): Promise<PlanSummaryRow[]> {
  // Today's digest per scenario: the data is read only when some row's cached derivation is not today's.
  const days = new Map<string, Promise<LazyToday>>();
  const day = (scenarioId: string) => {
    let d = days.get(scenarioId);
    if (!d) { d = lazyToday(db, scenarioId); days.set(scenarioId, d); }
    return d;
  };
  return Promise.all(rows.map(async (r): Promise<PlanSummaryRow> => {
    const now = await day(r.scenarioId);
    const { digest, ...row } = r;
    if (digest === planDigest(r.id, r.version, now.digest)) return row;
    const stored = await getPlan(db, r.id);
    if (!stored) return row;
    const p = await judge(db, stored, await now.load());
    return {
      ...row, peopleOut: p.metrics?.peopleOut ?? 0, peopleLeft: p.metrics?.peopleLeft ?? 0,
      violationCount: p.violations.length, inputsChanged: p.plannedOn.changed, breaks: p.plannedOn.breaks,
    };
  }));
}
