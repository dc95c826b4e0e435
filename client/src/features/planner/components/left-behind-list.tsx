import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { LeftBehind } from '../api/plan-types.ts';
import { Clamp } from './clamp.tsx';
import { leftBehindWords } from './left-behind-words.ts';

/** Who is still left behind, and why (the binding constraint and what would free them). */
export function LeftBehindList({ leftBehind, onArea }: { leftBehind: LeftBehind; onArea: (id: string) => void }) {
  const { t, i18n } = useTranslation('planner', { keyPrefix: 'left' });
  const { t: tAll } = useTranslation();
  const f = useFormat();
  const fmtCount = f.number;
  // Worded from the explanation's codes (shared/plan/checks/explain.ts); one stored before they existed
  // has only its English sentences, marked as English.
  const english = i18n.language === 'en' ? undefined : 'en';
  const words = (e: LeftBehind['areas'][number] | LeftBehind['countries'][number]) => {
    const w = leftBehindWords(e, tAll, f);
    return w ? { ...w, lang: undefined } : { reason: e.reason.slice(e.reason.indexOf(': ') + 2), remedy: e.remedy, lang: english };
  };
  const areas = [...leftBehind.areas].sort((a, b) => b.left - a.left);
  return (
    <section aria-label={t('label')}>
      <h2>{t('title')}</h2>
      {areas.length === 0 ? <p className="text-ok">{t('nobody')}</p> : (
        <>
          {leftBehind.countries.map((c) => {
            const w = words(c);
            return (
              <div key={c.country} className="left-country">
                <strong>{t('country', { country: c.country, n: fmtCount(c.left) })}</strong>
                {w.remedy && <div className="remedy">{t('remedy')} <span lang={w.lang}>{w.remedy}</span></div>}
                <Clamp text={w.reason} lang={w.lang} />
              </div>
            );
          })}
          <ul className="list">
            {areas.map((a) => {
              const w = words(a);
              return (
              <li key={a.assemblyAreaId}>
                <div className="list-head">
                  <button type="button" className="btn-link" onClick={() => onArea(a.assemblyAreaId)}>{a.name}</button>
                  <span className="num text-bad">{fmtCount(a.left)}</span>
                </div>
                <div className="hint">P1 {fmtCount(a.leftByPriority.p1)} · P2 {fmtCount(a.leftByPriority.p2)} · P3 {fmtCount(a.leftByPriority.p3)}</div>
                {w.remedy && <div className="remedy">{t('remedy')} <span lang={w.lang}>{w.remedy}</span></div>}
                <Clamp text={w.reason} lang={w.lang} />
              </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
