import { Trans, useTranslation } from 'react-i18next';
import type { SummaryLeftBehind } from '../../../../../shared/schemas/summary.ts';
import { usePrintFormat } from '../use-print-format.ts';
import { Place } from '../../../components/place.tsx';

/**
 * Why people are left, and what would free them. The reason and remedy still come as English sentences
 * from the plan's analysis (shared/), so outside English they are marked lang="en" rather than passed
 * off as translated; structured reasons rendered here are the remaining step (see the i18n report).
 */
export function LeftBehindSection({ left: l }: { left: SummaryLeftBehind }) {
  const { t, i18n } = useTranslation('print', { keyPrefix: 'leftBehind' });
  const f = usePrintFormat();
  const english = i18n.language === 'en' ? undefined : 'en';
  return (
    <section className="pr-section" aria-labelledby="pr-left">
      <h2 id="pr-left">{t('title')}</h2>
      {l.left === 0 ? <p className="pr-empty">{t('nobody')}</p> : (
        <>
          <p className="pr-line">
            <Trans t={t} i18nKey="line" values={{ left: f.count(l.left), p1: f.count(l.leftByPriority.p1), p2: f.count(l.leftByPriority.p2), p3: f.count(l.leftByPriority.p3) }} components={{ strong: <strong /> }} />
          </p>
          <table className="pr-table">
            <thead>
              <tr><th>{t('area')}</th><th className="num">{t('left')}</th><th className="num">P1 / P2 / P3</th><th>{t('why')}</th><th>{t('remedy')}</th></tr>
            </thead>
            <tbody>
              {l.areas.map((a) => (
                <tr key={a.assemblyAreaId}>
                  <td><Place name={a.name} /> <span className="pr-sub">({a.country})</span></td>
                  <td className="num">{f.count(a.left)}</td>
                  <td className="num">{a.leftByPriority.p1} / {a.leftByPriority.p2} / {a.leftByPriority.p3}</td>
                  <td lang={english}>{a.reason.slice(a.reason.indexOf(': ') + 2)}</td>
                  <td lang={english}>{a.remedy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
