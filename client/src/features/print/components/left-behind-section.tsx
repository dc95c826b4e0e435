import { Trans, useTranslation } from 'react-i18next';
import type { SummaryLeftBehind } from '../../../../../shared/schemas/summary.ts';
import { usePrintFormat } from '../use-print-format.ts';
import { Place } from '../../../components/place.tsx';
import { formatFor } from '../../../i18n/format.ts';
import { leftBehindWords } from '../../planner/components/left-behind-words.ts';

/**
 * The areas the summary lists (the worst off, priority 1 first), then one line for the ones it only counts.
 * Why people are left, and what would free them, worded in the paper's language from the explanation's
 * codes and params (shared/plan/checks/explain.ts). An explanation without codes (stored before them)
 * shows its English sentences, marked lang="en" rather than passed off as translated.
 */
export function LeftBehindSection({ left: l }: { left: SummaryLeftBehind }) {
  const { t, i18n } = useTranslation('print', { keyPrefix: 'leftBehind' });
  const f = usePrintFormat();
  const { t: tAll } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const english = lang === 'en' ? undefined : 'en';
  // The print's own formats for times (Zulu in English, JST in Japanese), numbers through Intl.
  const wf = formatFor(lang);
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
              {l.areas.map((a) => {
                const w = leftBehindWords(a, tAll, wf);
                return (
                <tr key={a.assemblyAreaId}>
                  <td><Place name={a.name} /> <span className="pr-sub">({a.country})</span></td>
                  <td className="num">{f.count(a.left)}</td>
                  <td className="num">{a.leftByPriority.p1} / {a.leftByPriority.p2} / {a.leftByPriority.p3}</td>
                  <td lang={w ? undefined : english}>{w ? w.reason : a.reason.slice(a.reason.indexOf(': ') + 2)}</td>
                  <td lang={w ? undefined : english}>{w ? w.remedy : a.remedy}</td>
                </tr>
                );
              })}
            </tbody>
          </table>
          {l.unlisted.areas > 0 && (
            <p className="pr-line pr-unlisted">
              <Trans t={t} i18nKey="unlisted" count={l.unlisted.areas} values={{ areas: f.count(l.unlisted.areas), left: f.count(l.unlisted.left), p1: f.count(l.unlisted.leftByPriority.p1), p2: f.count(l.unlisted.leftByPriority.p2), p3: f.count(l.unlisted.leftByPriority.p3) }} components={{ strong: <strong /> }} />
            </p>
          )}
        </>
      )}
    </section>
  );
}
