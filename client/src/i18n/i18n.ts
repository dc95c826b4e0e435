import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages.ts';

/**
 * The one translator. Catalogues are JSON per language and feature (`locales/<lang>/<feature>.json`, the
 * file name is the i18next namespace). They are bundled: both languages of every feature come to a few
 * KB gzipped, less than a lazy request would cost on a slow link. Plurals use i18next's `_one`/`_other`
 * suffixes, picked by Intl.PluralRules (Japanese has only `_other`).
 */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

export function cataloguesFrom(found: Record<string, Record<string, unknown>>): Resource {
  const out: Resource = {};
  for (const [path, data] of Object.entries(found)) {
    const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m) continue;
    (out[m[1]!] ??= {})[m[2]!] = data as Resource[string][string];
  }
  return out;
}

export const resources = cataloguesFrom(files);
export const namespaces = Object.keys(resources.en ?? {});

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: namespaces,
  defaultNS: 'common',
  // React escapes what it renders; escaping here too would show &amp; in the page.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** The language now shown; also set on <html lang> so fonts and screen readers follow. */
export const currentLanguage = (): Language => (i18n.language === 'ja' ? 'ja' : 'en');

export async function showLanguage(lang: Language): Promise<void> {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}
