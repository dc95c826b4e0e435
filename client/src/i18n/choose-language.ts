import { isLanguage, LANGUAGES, type Language } from '../../../shared/i18n/languages.ts';
import type { Role } from '../../../shared/schemas/session.ts';

/** The first of the browser's languages we have catalogues for (by primary subtag: ja-JP → ja), else English. */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/**
 * The account's choice wins; without one, liaisons (partner staff who work in English) get English and
 * the crisis cell gets the browser's language.
 */
export function chooseLanguage(stored: string | null | undefined, role: Role | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  if (role === 'liaison') return 'en';
  return browserLanguage(preferred);
}

const KEY = 'neo.language';
/** Remembered on this device for the pages before sign-in (sign-in, first run). */
export function rememberedLanguage(): Language | null {
  try {
    const v = localStorage.getItem(KEY);
    return isLanguage(v) ? v : null;
  } catch {
    return null;
  }
}
export function rememberLanguage(lang: Language): void {
  try { localStorage.setItem(KEY, lang); } catch { /* private mode: the account still keeps it */ }
}

export const navigatorLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

export { LANGUAGES };
