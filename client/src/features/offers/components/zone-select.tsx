import { useTranslation } from 'react-i18next';
import { COMMON_ZONES, browserZone, offsetLabel } from '../form/time-zones.ts';

/** Which time zone the page shows and takes times in; every time written out carries its offset. */
export function ZoneSelect({ zone, onChange }: { zone: string; onChange: (zone: string) => void }) {
  const { t } = useTranslation('offers', { keyPrefix: 'zone' });
  const mine = browserZone();
  const zones = [...new Set([...COMMON_ZONES, mine, zone])];
  const now = Date.now();
  return (
    <label className="inline zone-select">
      {t('label')}
      <select value={zone} onChange={(e) => onChange(e.target.value)} aria-label={t('aria')}>
        {zones.map((z) => (
          <option key={z} value={z}>{z === mine ? t('mine', { zone: z }) : z} — {offsetLabel(now, z)}</option>
        ))}
      </select>
    </label>
  );
}
