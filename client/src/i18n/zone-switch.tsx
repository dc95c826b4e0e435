import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_ZONES, type TimeZoneChoice } from '../../../shared/i18n/languages.ts';
import { effectiveChoice, formatFor, setZoneChoice, useZoneState } from './format.ts';
import { savePreferences } from './preferences.ts';

/**
 * The header's zone switch, beside the language: UTC, JST or the theatre's local time (KST, Taiwan time)
 * for every time the client shows. Shown at once, then saved with the account.
 */
export function ZoneSwitch() {
  const { t, i18n } = useTranslation();
  const { choice, theatreZone } = useZoneState();
  const [saveFailed, setSaveFailed] = useState(false);
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  async function choose(next: TimeZoneChoice) {
    setZoneChoice(next);
    try {
      await savePreferences({ timeZone: next });
      setSaveFailed(false);
    } catch {
      setSaveFailed(true);
    }
  }
  const label = (z: TimeZoneChoice) => {
    if (z !== 'local') return t(`zone.${z}`);
    return theatreZone ? t('zone.localNamed', { zone: formatFor(lang, theatreZone).zoneLabel() }) : t('zone.local');
  };
  return (
    <label className="zone-switch" title={saveFailed ? t('zone.saveFailed') : t('zone.hint')}>
      <span className="visually-hidden">{t('zone.label')}</span>
      <select value={effectiveChoice(lang, choice)} aria-label={t('zone.label')} onChange={(e) => void choose(e.target.value as TimeZoneChoice)} data-testid="zone-switch">
        {TIME_ZONES.map((z) => <option key={z} value={z}>{label(z)}</option>)}
      </select>
      {saveFailed && <span className="text-bad" role="status" aria-label={t('zone.saveFailed')}>!</span>}
    </label>
  );
}
