import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { isLanguage, isTimeZoneChoice, type Preferences, type PreferencesPatch } from '../../shared/i18n/languages.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** A stored tag the client has no catalogue for (a language since removed) reads as "not chosen"; so does an unknown zone. */
const toPreferences = (row: { language: string | null; time_zone: string | null } | undefined): Preferences => ({
  language: isLanguage(row?.language) ? row.language : null,
  timeZone: isTimeZoneChoice(row?.time_zone) ? row.time_zone : null,
});

export async function getPreferences(db: Db, username: string): Promise<Preferences> {
  return toPreferences(await db.selectFrom('users').select(['language', 'time_zone']).where('username', '=', username).executeTakeFirst());
}

/** Sets only the fields present in the patch; the others keep their stored value. */
export async function setPreferences(db: Db, username: string, p: PreferencesPatch): Promise<Preferences> {
  const set: { language?: string | null; time_zone?: string | null } = {};
  if (p.language !== undefined) set.language = p.language;
  if (p.timeZone !== undefined) set.time_zone = p.timeZone;
  if (Object.keys(set).length === 0) return getPreferences(db, username);
  const row = await db.updateTable('users').set(set).where('username', '=', username)
    .returning(['language', 'time_zone']).executeTakeFirst();
  return toPreferences(row);
}
