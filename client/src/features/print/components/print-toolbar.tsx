import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../../shared/schemas/summary.ts';
import { LANGUAGES, type Language } from '../../../../../shared/i18n/languages.ts';
import { i18n as app } from '../../../i18n/i18n.ts';
import { Link, navigate } from '../../../lib/router.tsx';
import { ExportLinks } from '../../../components/export-links.tsx';
import { exportUrls, withCsvLang } from '../../../lib/export-urls.ts';
import { exportCsvUrl, type SummaryVariantQuery } from '../api/get-plan-summary.ts';

interface Props {
  planId: string;
  query: SummaryVariantQuery;
  /** The full summary (for the lists of airports and partners); undefined for a liaison or while loading. */
  full: PlanSummary | undefined;
  canChooseVariant: boolean;
  ready: boolean;
  /** Where "Back" goes: the map planner, or a liaison's offers page. */
  backTo: string;
  /** The paper's language when it differs from the screen's (?lang=). */
  lang: Language | null;
}

/** Screen-only controls: variant, CSV, print. Hidden on paper. */
export function PrintToolbar({ planId, query, full, canChooseVariant, ready, backTo, lang }: Props) {
  const { t, i18n } = useTranslation('print', { keyPrefix: 'toolbar' });
  const names = LANGUAGES.map((l) => ({ l, name: app.getFixedT(l)('common:languageName') }));
  const go = (q: SummaryVariantQuery, paperLang = lang) => {
    const p = new URLSearchParams();
    if (paperLang) p.set('lang', paperLang);
    if (q.airport) p.set('airport', q.airport);
    if (q.partner) p.set('partner', q.partner);
    const qs = p.toString();
    navigate(`/plans/${encodeURIComponent(planId)}/print${qs ? `?${qs}` : ''}`);
  };
  return (
    <div className="pr-toolbar" role="toolbar" aria-label={t('label')}>
      <Link to={backTo} className="btn btn-ghost">{t('back')}</Link>
      {canChooseVariant && (
        <div className="pr-variants">
          <button type="button" className="btn" aria-pressed={!query.airport && !query.partner} onClick={() => go({})}>{t('full')}</button>
          <select aria-label={t('oneAirportLabel')} value={query.partner ? '' : (query.airport ?? '')} onChange={(e) => go({ airport: e.target.value || null })}>
            <option value="">{t('oneAirport')}</option>
            {(full?.departures ?? []).map((a) => <option key={a.airportId} value={a.airportId}>{a.label} — {a.name}</option>)}
          </select>
          <select aria-label={t('onePartnerLabel')} value={query.partner ?? ''} onChange={(e) => go({ partner: e.target.value || null })}>
            <option value="">{t('onePartner')}</option>
            {(full?.tasking ?? []).map((p) => <option key={p.partnerId} value={p.partnerId}>{p.name}</option>)}
          </select>
        </div>
      )}
      <span className="pr-toolbar-spacer" />
      <select aria-label={t('language')} value={i18n.language} onChange={(e) => go(query, e.target.value as Language)} data-testid="print-language">
        {names.map(({ l, name }) => <option key={l} value={l} lang={l}>{name}</option>)}
      </select>
      <a className="btn" href={withCsvLang(exportCsvUrl(planId, query), i18n.resolvedLanguage)} download>{t('csv')}</a>
      <ExportLinks what="plan" hrefs={{ geojson: exportUrls.plan(planId).geojson, kml: exportUrls.plan(planId).kml }} />
      <button type="button" className="btn btn-primary" onClick={() => window.print()} disabled={!ready} title={ready ? t('printTitle') : t('preparingTitle')}>
        {ready ? t('print') : t('preparing')}
      </button>
    </div>
  );
}
