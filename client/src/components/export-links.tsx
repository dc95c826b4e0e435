import { useTranslation } from 'react-i18next';
import { withCsvLang } from '../lib/export-urls.ts';

export type ExportFormat = 'geojson' | 'kml' | 'csv';
export type ExportWhat = 'plans' | 'plan' | 'scenario' | 'areas' | 'airports' | 'offers' | 'partners' | 'scenarios' | 'accounts';

/**
 * Download links for what a screen shows, in open formats (GeoJSON, KML, CSV): plain `<a download>` to
 * the API's export routes, so the browser's session cookie goes along and nothing is built in the page.
 * `what` names the list, in the link titles and for screen readers ("Export the plans").
 */
export function ExportLinks({ what: key, hrefs }: { what: ExportWhat; hrefs: Partial<Record<ExportFormat, string>> }) {
  const { t, i18n } = useTranslation('exchange');
  const what = t(`what.${key}`);
  const formats = (['geojson', 'kml', 'csv'] as const).filter((f) => hrefs[f]);
  return (
    <span className="export-links" role="group" aria-label={t('exportWhat', { what })}>
      <span className="muted">{t('exportShort', { what: t(`short.${key}`) })}</span>
      {formats.map((f) => (
        <a key={f} className="btn btn-small" href={f === 'csv' ? withCsvLang(hrefs[f]!, i18n.resolvedLanguage) : hrefs[f]} download title={t(`title.${f}`, { what })} data-testid={`export-${f}`}>{t(`format.${f}`)}</a>
      ))}
    </span>
  );
}
