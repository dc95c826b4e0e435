import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { LeftBehind } from '../api/plan-types.ts';
import { Clamp } from './clamp.tsx';

/** Who is still left behind, and why (the binding constraint and what would free them). */
export function LeftBehindList({ leftBehind, onArea }: { leftBehind: LeftBehind; onArea: (id: string) => void }) {
  const { t, i18n } = useTranslation('planner', { keyPrefix: 'left' });
  const f = useFormat();
  const fmtCount = f.number;
  // The reasons still come as English sentences from the analysis (shared/plan/checks/explain.ts).
  const english = i18n.language === 'en' ? undefined : 'en';
  const areas = [...leftBehind.areas].sort((a, b) => b.left - a.left);
  return (
    <section aria-label={t('label')}>
      <h2>{t('title')}</h2>
      {areas.length === 0 ? <p className="text-ok">{t('nobody')}</p> : (
        <>
          {leftBehind.countries.map((c) => (
            <div key={c.country} className="left-country">
              <strong>{t('country', { country: c.country, n: fmtCount(c.left) })}</strong>
              {c.remedy && <div className="remedy">{t('remedy')} <span lang={english}>{c.remedy}</span></div>}
              <Clamp text={c.reason} lang={english} />
            </div>
          ))}
          <ul className="list">
            {areas.map((a) => (
              <li key={a.assemblyAreaId}>
                <div className="list-head">
                  <button type="button" className="btn-link" onClick={() => onArea(a.assemblyAreaId)}>{a.name}</button>
                  <span className="num text-bad">{fmtCount(a.left)}</span>
                </div>
                <div className="hint">P1 {fmtCount(a.leftByPriority.p1)} · P2 {fmtCount(a.leftByPriority.p2)} · P3 {fmtCount(a.leftByPriority.p3)}</div>
                {a.remedy && <div className="remedy">{t('remedy')} <span lang={english}>{a.remedy}</span></div>}
                <Clamp text={a.reason} lang={english} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
