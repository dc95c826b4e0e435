import type { LeftBehind } from '../api/plan-types.ts';
import { fmtCount } from './format.ts';
import { Clamp } from './clamp.tsx';

/** Who is still left behind, and why (the binding constraint and what would free them). */
export function LeftBehindList({ leftBehind, onArea }: { leftBehind: LeftBehind; onArea: (id: string) => void }) {
  const areas = [...leftBehind.areas].sort((a, b) => b.left - a.left);
  return (
    <section aria-label="People left behind">
      <h2>Left behind</h2>
      {areas.length === 0 ? <p className="text-ok">Everyone in this scenario is planned out.</p> : (
        <>
          {leftBehind.countries.map((c) => (
            <div key={c.country} className="left-country">
              <strong>{c.country}: {fmtCount(c.left)} left.</strong>
              {c.remedy && <div className="remedy">Would help: {c.remedy}</div>}
              <Clamp text={c.reason} />
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
                {a.remedy && <div className="remedy">Would help: {a.remedy}</div>}
                <Clamp text={a.reason} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
