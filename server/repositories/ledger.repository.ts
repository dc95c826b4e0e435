import type { Db } from './db-type.ts';

/** The plan a ledger counts when none is named: the latest approved one (as tasking shows partners). */
export async function latestApprovedPlanId(db: Db): Promise<string | undefined> {
  const row = await db.selectFrom('plans').select('id').where('status', '=', 'approved')
    .orderBy('approved_at', 'desc').orderBy('id').limit(1).executeTakeFirst();
  return row?.id;
}

/**
 * The operation executing a plan (the newest when a plan was started twice): its sorties' manifests are the
 * ledger's actual figures. Operations move on to adopted re-plans, so the plan may also be one it ran before.
 */
export async function operationIdForPlan(db: Db, planId: string): Promise<string | undefined> {
  const row = await db.selectFrom('operations').select('id')
    .where(({ or, eb, exists, selectFrom }) => or([eb('plan_id', '=', planId), exists(selectFrom('operation_sorties').select('sortie_id')
      .whereRef('operation_sorties.operation_id', '=', 'operations.id').where('operation_sorties.plan_id', '=', planId))]))
    .orderBy('created_at', 'desc').orderBy('id').limit(1).executeTakeFirst();
  return row?.id;
}
