import { sql } from 'kysely';
import type { Partner } from '../../shared/schemas/domain.ts';
import type { PartnerPatch } from '../../shared/schemas/api.ts';
import type { Db } from './db-type.ts';
import { keysetPage, type PageRequest } from './keyset.ts';
import type { ListSpec } from '../lib/pagination.ts';

const COLUMNS = ['id', 'name', 'nation', 'categories', 'version'] as const;

function filtered(db: Db, f: { id?: string }) {
  let q = db.selectFrom('partners').select(COLUMNS);
  // '' (a liaison without a partner) matches nothing, never everything.
  if (f.id !== undefined) q = q.where('id', '=', f.id);
  return q;
}
export async function listPartners(db: Db, f: { id?: string } = {}): Promise<Partner[]> {
  return filtered(db, f).orderBy('name').orderBy('id').execute();
}
export const PARTNER_LIST: ListSpec = { name: 'partners', keys: [{ column: 'name', dir: 'asc', type: 'text' }, { column: 'id', dir: 'asc', type: 'text' }] };
export const pagePartners = (db: Db, f: { id?: string }, page: PageRequest) =>
  keysetPage(filtered(db, f), PARTNER_LIST.keys, page, ({ id, name, nation, categories, version }): Partner => ({ id, name, nation, categories, version }));
/** `forUpdate` takes the row lock, so that a concurrent edit waits and then sees this one's result. */
export async function getPartner(db: Db, id: string, forUpdate = false): Promise<Partner | undefined> {
  let q = db.selectFrom('partners').select(COLUMNS).where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export async function insertPartner(db: Db, p: Omit<Partner, 'version'> & { version?: number }) {
  await db.insertInto('partners').values({ id: p.id, name: p.name, nation: p.nation, categories: [...p.categories], version: p.version ?? 1 }).execute();
}
/** Applies a patch and bumps the version (the caller holds the row lock and checked the version). */
export async function updatePartner(db: Db, id: string, p: PartnerPatch) {
  await db.updateTable('partners').set({
    ...(p.name !== undefined ? { name: p.name } : {}), ...(p.nation !== undefined ? { nation: p.nation } : {}),
    ...(p.categories !== undefined ? { categories: [...p.categories] } : {}),
    version: sql<number>`version + 1`, updated_at: new Date(),
  }).where('id', '=', id).execute();
}
export async function deletePartner(db: Db, id: string) {
  await db.deleteFrom('partners').where('id', '=', id).execute();
}
