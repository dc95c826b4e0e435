import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { PlanMetrics } from '../api/plan-types.ts';
import { hPlus } from '../../../../../shared/policy/describe.ts';

const PRIORITY = [['p1', 'P1'], ['p2', 'P2'], ['p3', 'P3']] as const;

export function MetricsPanel({ metrics, stale }: { metrics: PlanMetrics; stale: boolean }) {
  const { t } = useTranslation('planner', { keyPrefix: 'metrics' });
  const f = useFormat();
  const fmtCount = f.number;
  const fmtPct = (x: number) => f.percent(x);
  const fmtHours = (h: number | null | undefined) => (h === null || h === undefined ? '—' : h < 48 ? t('hours', { h: h.toFixed(h < 10 ? 1 : 0) }) : t('days', { d: (h / 24).toFixed(1), h: Math.round(h) }));
  const share = metrics.evacuees ? metrics.peopleOut / metrics.evacuees : 1;
  return (
    <section aria-label={t('title')} className={stale ? 'is-stale' : undefined}>
      <h2>{t('title')}</h2>
      <div className="kpis">
        <div className="kpi"><span className="kpi-value text-ok" data-testid="people-out">{fmtCount(metrics.peopleOut)}</span><span className="kpi-label">{t('out', { share: fmtPct(share) })}</span></div>
        <div className="kpi"><span className={`kpi-value ${metrics.peopleLeft > 0 ? 'text-bad' : ''}`} data-testid="people-left">{fmtCount(metrics.peopleLeft)}</span><span className="kpi-label">{t('left')}</span></div>
        <div className="kpi"><span className="kpi-value">{fmtHours(metrics.clearanceHours)}</span><span className="kpi-label">{t('clearance', { time: f.shortTime(metrics.lastDepartureAt) })}</span></div>
        {metrics.lastDepartureHourByPriority && (
          <div className="kpi"><span className="kpi-value" data-testid="p1-out-by">{hPlus(metrics.lastDepartureHourByPriority.p1)}</span><span className="kpi-label">{t('p1OutBy', { mean: hPlus(metrics.meanDepartureHourByPriority.p1), p2: hPlus(metrics.lastDepartureHourByPriority.p2), p3: hPlus(metrics.lastDepartureHourByPriority.p3) })}</span></div>
        )}
        <div className="kpi"><span className="kpi-value">{fmtCount(metrics.sorties)}</span><span className="kpi-label">{t('sorties', { share: fmtPct(metrics.seatUse) })}</span></div>
      </div>
      <table className="table">
        <caption className="hint">{t('caption')}</caption>
        <thead>
          <tr><th scope="col">{t('country')}</th>{PRIORITY.map(([k, l]) => <th key={k} scope="col" className="num" title={t(`priority.${k}`)}>{l}</th>)}<th scope="col" className="num">{t('colOut')}</th><th scope="col" className="num">{t('colLeft')}</th></tr>
        </thead>
        <tbody>
          {metrics.byCountry.map((c) => (
            <tr key={c.country}>
              <th scope="row">{c.country}</th>
              {PRIORITY.map(([k]) => <td key={k} className="num">{fmtCount(c.outByPriority[k])}<span className="muted"> / {fmtCount(c.evacueesByPriority[k])}</span></td>)}
              <td className="num">{fmtCount(c.out)}</td>
              <td className={`num ${c.left > 0 ? 'text-bad' : ''}`}>{fmtCount(c.left)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('legend', { civil: fmtCount(metrics.sortiesByCategory.civil), military: fmtCount(metrics.sortiesByCategory.foreign_military), sdf: fmtCount(metrics.sortiesByCategory.sdf) })}</p>
    </section>
  );
}
