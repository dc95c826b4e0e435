import type { Partner } from '../../shared/schemas/domain.ts';
import type { PartnerPatch } from '../../shared/schemas/api.ts';
import type { Db } from './db-type.ts';

export async function listPartners(db: Db, f: { id?: string } = {}): Promise<Partner[]> {
  let q = db.selectFrom('partners').select(['id', 'name', 'nation']).orderBy('name');
  if (f.id) q = q.where('id', '=', f.id);
  return q.execute();
}
export async function getPartner(db: Db, id: string): Promise<Partner | undefined> {
  return db.selectFrom('partners').select(['id', 'name', 'nation']).where('id', '=', id).executeTakeFirst();
}
export async function insertPartner(db: Db, p: Partner) {
  await db.insertInto('partners').values(p).execute();
}
export async function updatePartner(db: Db, id: string, p: PartnerPatch) {
  await db.updateTable('partners').set(p).where('id', '=', id).execute();
}
export async function deletePartner(db: Db, id: string) {
  await db.deleteFrom('partners').where('id', '=', id).execute();
}
