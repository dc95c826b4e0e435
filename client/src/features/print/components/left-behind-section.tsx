import type { SummaryLeftBehind } from '../../../../../shared/schemas/summary.ts';
import { fmtCount } from '../format.ts';

export function LeftBehindSection({ left: l }: { left: SummaryLeftBehind }) {
  return (
    <section className="pr-section" aria-labelledby="pr-left">
      <h2 id="pr-left">People left behind and why</h2>
      {l.left === 0 ? <p className="pr-empty">Nobody is left behind: every evacuee has a seat in this plan.</p> : (
        <>
          <p className="pr-line">
            <strong>{fmtCount(l.left)}</strong> people have no seat — priority 1: {fmtCount(l.leftByPriority.p1)}, priority 2: {fmtCount(l.leftByPriority.p2)}, priority 3: {fmtCount(l.leftByPriority.p3)}.
          </p>
          <table className="pr-table">
            <thead>
              <tr><th>Assembly area</th><th className="num">Left</th><th className="num">P1 / P2 / P3</th><th>Why (the constraint that binds)</th><th>What would free them</th></tr>
            </thead>
            <tbody>
              {l.areas.map((a) => (
                <tr key={a.assemblyAreaId}>
                  <td>{a.name} <span className="pr-sub">({a.country})</span></td>
                  <td className="num">{fmtCount(a.left)}</td>
                  <td className="num">{a.leftByPriority.p1} / {a.leftByPriority.p2} / {a.leftByPriority.p3}</td>
                  <td>{a.reason.slice(a.reason.indexOf(': ') + 2)}</td>
                  <td>{a.remedy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
