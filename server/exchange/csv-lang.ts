import { Type, type Static } from 'typebox';
import { LANGUAGES, type Language } from '../../shared/i18n/languages.ts';
import type { SessionUser } from '../../shared/schemas/session.ts';
import { getPreferences } from '../repositories/preferences.repository.ts';
import type { Db } from '../repositories/db-type.ts';

export const CsvLang = Type.Optional(Type.Unsafe<Language>(Type.Union(LANGUAGES.map((l) => Type.Literal(l)), {
  description: 'The header row\'s language (`en`, `ja`); left out: your language preference, else English. Values are data either way.',
})));
export const CsvLangQuery = Type.Object({ lang: CsvLang }, { additionalProperties: false });
export type CsvLangQuery = Static<typeof CsvLangQuery>;

/** The language asked for, else the account's own preference (a download link carries no UI state), else English. */
export async function csvLanguage(db: Db, user: SessionUser, asked: Language | undefined): Promise<Language> {
  return asked ?? (await getPreferences(db, user.username)).language ?? 'en';
}
