import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { isLanguage, type Preferences } from '../../shared/i18n/languages.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** A stored tag the client has no catalogue for (a language since removed) reads as "not chosen". */
const toPreferences = (row: { language: string | null } | undefined): Preferences =>
  ({ language: isLanguage(row?.language) ? row.language : null });

export async function getPreferences(db: Db, username: string): Promise<Preferences> {
  return toPreferences(await db.selectFrom('users').select('language').where('username', '=', username).executeTakeFirst());
}

export async function setPreferences(db: Db, username: string, p: Preferences): Promise<Preferences> {
  const row = await db.updateTable('users').set({ language: p.language }).where('username', '=', username)
    .returning('language').executeTakeFirst();
  return toPreferences(row);
}
