import type { Db } from './db-type.ts';

/** The plan a ledger counts when none is named: the latest approved one (as tasking shows partners). */
export async function latestApprovedPlanId(db: Db): Promise<string | undefined> {
  const row = await db.selectFrom('plans').select('id').where('status', '=', 'approved')
    .orderBy('approved_at', 'desc').orderBy('id').limit(1).executeTakeFirst();
  return row?.id;
}
