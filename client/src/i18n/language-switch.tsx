import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages.ts';
import { i18n, showLanguage } from './i18n.ts';
import { rememberLanguage } from './choose-language.ts';
import { savePreferences } from './preferences.ts';

/**
 * The header's language switch. Each option names its language in that language (English, 日本語), so
 * someone who cannot read the current one still finds theirs. Signed in, the choice is saved with the
 * account; before sign-in it is remembered on this device.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t, i18n: shown } = useTranslation();
  const [saveFailed, setSaveFailed] = useState(false);
  async function choose(lang: Language) {
    rememberLanguage(lang);
    await showLanguage(lang);
    if (!signedIn) return;
    try {
      await savePreferences({ language: lang });
      setSaveFailed(false);
    } catch {
      setSaveFailed(true);
    }
  }
  const names = LANGUAGES.map((l) => ({ l, name: i18n.getFixedT(l)('common:languageName') }));
  return (
    <label className="language-switch" title={saveFailed ? t('language.saveFailed') : undefined}>
      <span className="visually-hidden">{t('language.label')}</span>
      <select value={shown.language} aria-label={t('language.label')} onChange={(e) => void choose(e.target.value as Language)} data-testid="language-switch">
        {names.map(({ l, name }) => <option key={l} value={l} lang={l}>{name}</option>)}
      </select>
      {saveFailed && <span className="text-bad" role="status" aria-label={t('language.saveFailed')}>!</span>}
    </label>
  );
}
