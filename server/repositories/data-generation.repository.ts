import type { Db } from './db-type.ts';

/**
 * The planning data's current token (table data_generation): a new one is drawn in the transaction of every
 * change to a table the planning snapshot reads. Null when the row is missing (then nothing may be
 * remembered by it).
 */
export async function dataToken(db: Db): Promise<string | null> {
  const r = await db.selectFrom('data_generation').select('token').where('id', '=', 1).executeTakeFirst();
  return r?.token ?? null;
}
