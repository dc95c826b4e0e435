import type { PlanSummary } from '../../shared/schemas/summary.ts';
import { jsonb } from '../lib/json.ts';
import type { Db } from './db-type.ts';

/**
 * The printed-summary cache (table plan_summaries, migration 20261204010000): one row per plan and variant,
 * valid only under the digest it names. The key of one summary: the plan, what it was built from, which view.
 */
export interface SummaryKey { planId: string; digest: string; variant: string }

export async function getCachedSummary(db: Db, k: SummaryKey): Promise<PlanSummary | undefined> {
  const r = await db.selectFrom('plan_summaries').select('summary')
    .where('plan_id', '=', k.planId).where('variant', '=', k.variant).where('digest', '=', k.digest).executeTakeFirst();
  return r?.summary as PlanSummary | undefined;
}

/**
 * Stores a summary and drops the plan's entries of any other digest: they were built from an older version
 * or older data and can never be asked for again. Two instances may write the same variant at once; the
 * last one wins, and a read checks the digest, so the loser's next read only builds it again.
 */
export async function putCachedSummary(db: Db, k: SummaryKey, summary: PlanSummary): Promise<void> {
  await db.deleteFrom('plan_summaries').where('plan_id', '=', k.planId).where('digest', '<>', k.digest).execute();
  await db.insertInto('plan_summaries').values({ plan_id: k.planId, variant: k.variant, digest: k.digest, summary: jsonb(summary) })
    .onConflict((oc) => oc.columns(['plan_id', 'variant']).doUpdateSet((eb) => ({ digest: eb.ref('excluded.digest'), summary: eb.ref('excluded.summary'), computed_at: new Date() })))
    .execute();
}
