import { useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../../../../shared/i18n/languages.ts';
import { i18n as app } from '../../../i18n/i18n.ts';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { useLocation } from '../../../lib/router.tsx';
import { useSession } from '../../../lib/session.ts';
import { useTheatreZone } from '../../../i18n/format.ts';
import { zoneOfCountry } from '../../../lib/country-zones.ts';
import { useQuery } from '../../../lib/query.ts';
import { planSummaryQuery, usePlanSummary } from '../api/get-plan-summary.ts';
import { pageCss } from '../page-css.ts';
import { useFontsSettled } from '../use-fonts-settled.ts';
import { PrintToolbar } from './print-toolbar.tsx';
import { DraftWatermark } from './draft-watermark.tsx';
import { SummaryHeader } from './summary-header.tsx';
import { TotalsSection } from './totals-section.tsx';
import { PrintMap } from './print-map.tsx';
import { DeparturesSection } from './departures-section.tsx';
import { TaskingSection } from './tasking-section.tsx';
import { CallForwardSection } from './call-forward-section.tsx';
import { LeftBehindSection } from './left-behind-section.tsx';
import { RestrictionsSection } from './restrictions-section.tsx';
import { ReciprocitySection } from './reciprocity-section.tsx';
import { ExecutionSection } from './execution-section.tsx';
import { useExecution } from '../api/get-execution.ts';
import { useLedger } from '../api/get-ledger.ts';
import '../print.css';

type MapState = 'drawing' | 'ready' | 'error';

/**
 * /plans/:id/print — the plan summary as A4 pages, printed from the browser (the Print button or
 * Ctrl+P). ?airport= prints one airport's departures, ?partner= one partner's tasking; a liaison
 * always gets their own partner's tasking (the server decides).
 */
export function PrintPage(props: { params: Record<string, string> }) {
  const { search } = useLocation();
  const asked = new URLSearchParams(search).get('lang');
  const lang: Language | null = isLanguage(asked) ? asked : null;
  // ?lang= prints in that language whatever the screen shows: a translator of its own for this page.
  const translator = useMemo(() => (lang && lang !== app.language ? app.cloneInstance({ lng: lang }) : app), [lang]);
  useEffect(() => {
    const before = document.documentElement.lang;
    document.documentElement.lang = translator.language;
    return () => { document.documentElement.lang = before; };
  }, [translator]);
  return <I18nextProvider i18n={translator}><PrintDocument {...props} lang={lang} /></I18nextProvider>;
}

function PrintDocument({ params, lang }: { params: Record<string, string>; lang: Language | null }) {
  const { t } = useTranslation('print');
  const planId = params.id ?? '';
  const { search } = useLocation();
  const query = useMemo(() => {
    const s = new URLSearchParams(search);
    return { airport: s.get('airport') || null, partner: s.get('partner') || null };
  }, [search]);
  const { user } = useSession();
  const canChooseVariant = user.role !== 'liaison';
  const summary = usePlanSummary(planId, query);
  const full = useQuery({ ...planSummaryQuery(planId, {}), enabled: canChooseVariant });
  // The whole plan's paper carries its execution when an operation runs it (a liaison prints their tasking only).
  const wholePlan = canChooseVariant && !query.airport && !query.partner;
  const execution = useExecution(planId, wholePlan);
  const ledger = useLedger(planId);
  const [mapState, setMapState] = useState<MapState>('drawing');
  const onMapReady = useCallback((ok: boolean) => setMapState(ok ? 'ready' : 'error'), []);
  const s = summary.data;
  // 'Local time' on paper too: the zone of the scenario's (first) country.
  useTheatreZone(s ? zoneOfCountry(s.header.countries[0]?.code) : null);

  useEffect(() => setMapState('drawing'), [s]);
  useEffect(() => {
    if (!s) return;
    const before = document.title;
    // The browser offers the title as the PDF's file name.
    document.title = `${s.header.planName} v${s.header.version} — ${s.header.title}${s.header.draft ? t('draftTitle') : ''}`;
    return () => { document.title = before; };
  }, [s, t]);

  const executionSettled = !wholePlan || execution.status === 'success' || execution.status === 'error';
  const ledgerSettled = ledger.status === 'success' || ledger.status === 'error';
  const drawn = !!s && mapState !== 'drawing' && executionSettled && ledgerSettled;
  const textKey = useMemo(() => [s, lang, execution.data, ledger.data], [s, lang, execution.data, ledger.data]);
  const fontsSettled = useFontsSettled(textKey, drawn);
  const ready = drawn && fontsSettled;
  return (
    <div className="pr-root" data-print-ready={ready}>
      <PrintToolbar planId={planId} query={query} full={full.data} canChooseVariant={canChooseVariant} ready={ready} backTo={user.role === 'planner' ? '/' : user.role === 'reader' ? '/plans' : '/offers'} lang={lang} />
      {summary.status === 'loading' && <div className="pr-loading"><Spinner label={t('loading')} /></div>}
      {summary.status === 'error' && <div className="pr-loading"><ErrorAlert error={summary.error} title={t('loadFailed')} /></div>}
      {s && (
        <article className="pr-doc" aria-label={`${s.header.title}: ${s.header.planName}`}>
          <style>{pageCss(s.header)}</style>
          {s.header.draft && <DraftWatermark />}
          <SummaryHeader header={s.header} />
          {/* The map comes right under the header, so it stays on page 1 whatever notices the header carries. */}
          <section className="pr-section" aria-labelledby="pr-map-title">
            <h2 id="pr-map-title">{t('mapTitle')}</h2>
            <PrintMap map={s.map} onReady={onMapReady} />
          </section>
          <TotalsSection totals={s.totals} policy={s.header.policy} />
          {s.departures && <DeparturesSection departures={s.departures} startsAt={s.header.scenarioStartsAt} single={s.header.variant === 'airport'} />}
          <TaskingSection tasking={s.tasking} startsAt={s.header.scenarioStartsAt} onePartner={s.header.variant === 'partner'} />
          {ledger.data && <ReciprocitySection ledgers={ledger.data} />}
          {ledger.status === 'error' && <p className="pr-warn">{t('reciprocity.failed')}</p>}
          {s.callForward && <CallForwardSection areas={s.callForward} startsAt={s.header.scenarioStartsAt} processingHours={s.restrictions?.ground.processingHours ?? 0} />}
          {s.leftBehind && (
            <div className="pr-page-start">
              <LeftBehindSection left={s.leftBehind} />
            </div>
          )}
          {s.restrictions && (
            <div className={s.leftBehind ? undefined : 'pr-page-start'}>
              <RestrictionsSection r={s.restrictions} />
            </div>
          )}
          {wholePlan && execution.data && <ExecutionSection execution={execution.data} />}
          {wholePlan && execution.status === 'error' && <p className="pr-warn">{t('executionFailed')}</p>}
          <p className="pr-end">{t('end', { id: s.header.planId, version: s.header.version })}</p>
        </article>
      )}
    </div>
  );
}
