import type { PlanMetrics } from '../api/plan-types.ts';
import { fmtCount, fmtHours, fmtPct, fmtTime } from './format.ts';
import { hPlus } from '../../../../../shared/policy/describe.ts';

const PRIORITY = [
  ['p1', 'P1', 'medical / special needs'],
  ['p2', 'P2', 'families with children, elderly, pregnant'],
  ['p3', 'P3', 'everyone else'],
] as const;

export function MetricsPanel({ metrics, stale }: { metrics: PlanMetrics; stale: boolean }) {
  const share = metrics.evacuees ? metrics.peopleOut / metrics.evacuees : 1;
  return (
    <section aria-label="Metrics" className={stale ? 'is-stale' : undefined}>
      <h2>Metrics</h2>
      <div className="kpis">
        <div className="kpi"><span className="kpi-value text-ok" data-testid="people-out">{fmtCount(metrics.peopleOut)}</span><span className="kpi-label">people out ({fmtPct(share)})</span></div>
        <div className="kpi"><span className={`kpi-value ${metrics.peopleLeft > 0 ? 'text-bad' : ''}`} data-testid="people-left">{fmtCount(metrics.peopleLeft)}</span><span className="kpi-label">left behind</span></div>
        <div className="kpi"><span className="kpi-value">{fmtHours(metrics.clearanceHours)}</span><span className="kpi-label">clearance (last departure {fmtTime(metrics.lastDepartureAt)})</span></div>
        {metrics.lastDepartureHourByPriority && (
          <div className="kpi"><span className="kpi-value" data-testid="p1-out-by">{hPlus(metrics.lastDepartureHourByPriority.p1)}</span><span className="kpi-label">priority 1 out by (mean {hPlus(metrics.meanDepartureHourByPriority.p1)}; P2 {hPlus(metrics.lastDepartureHourByPriority.p2)}, P3 {hPlus(metrics.lastDepartureHourByPriority.p3)})</span></div>
        )}
        <div className="kpi"><span className="kpi-value">{fmtCount(metrics.sorties)}</span><span className="kpi-label">sorties · {fmtPct(metrics.seatUse)} of seats used</span></div>
      </div>
      <table className="table">
        <caption className="hint">People out / evacuees by country and priority</caption>
        <thead>
          <tr><th scope="col">Country</th>{PRIORITY.map(([k, l, d]) => <th key={k} scope="col" className="num" title={d}>{l}</th>)}<th scope="col" className="num">Out</th><th scope="col" className="num">Left</th></tr>
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
      <p className="hint">P1 medical and special needs · P2 families with children, elderly, pregnant · P3 everyone else. Sorties: {fmtCount(metrics.sortiesByCategory.civil)} civil, {fmtCount(metrics.sortiesByCategory.foreign_military)} foreign military, {fmtCount(metrics.sortiesByCategory.sdf)} SDF.</p>
    </section>
  );
}
