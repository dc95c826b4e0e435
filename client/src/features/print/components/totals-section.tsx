import type { SummaryHeader, SummaryTotals } from '../../../../../shared/schemas/summary.ts';
import { describePolicy, hPlus } from '../../../../../shared/policy/describe.ts';
import { fmtCount, fmtDateTime, fmtPercent } from '../format.ts';

type Row = SummaryTotals['all'];

function PlanRow({ label, r }: { label: string; r: Row }) {
  const ev = r.evacueesByPriority!;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{fmtCount(r.evacuees)}</td>
      <td className="num">{fmtCount(r.out)}</td>
      <td className="num">{fmtPercent(r.out, r.evacuees ?? 0)}</td>
      <td className="num">{fmtCount(r.left)}</td>
      <td className="num">{fmtCount(r.outByPriority.p1)} / {fmtCount(ev.p1)}</td>
      <td className="num">{fmtCount(r.outByPriority.p2)} / {fmtCount(ev.p2)}</td>
      <td className="num">{fmtCount(r.outByPriority.p3)} / {fmtCount(ev.p3)}</td>
    </tr>
  );
}

function SelectionRow({ label, r }: { label: string; r: Row }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{fmtCount(r.out)}</td>
      <td className="num">{fmtCount(r.outByPriority.p1)}</td>
      <td className="num">{fmtCount(r.outByPriority.p2)}</td>
      <td className="num">{fmtCount(r.outByPriority.p3)}</td>
    </tr>
  );
}

/** Totals by country and priority (priority 1 medical / special needs, 2 families, elderly, pregnant, 3 the rest). */
export function TotalsSection({ totals: t, policy }: { totals: SummaryTotals; policy?: SummaryHeader['policy'] }) {
  const when = t.byPriority;
  const plan = t.scope === 'plan';
  return (
    <section className="pr-section pr-totals" aria-labelledby="pr-totals">
      <h2 id="pr-totals">{plan ? 'Totals by country and priority' : 'People carried, by country and priority'}</h2>
      <table className="pr-table">
        <thead>
          {plan ? (
            <tr>
              <th>Country</th><th className="num">Evacuees</th><th className="num">Planned out</th><th className="num">Share</th>
              <th className="num">Left behind</th><th className="num">Priority 1 out / all</th><th className="num">Priority 2 out / all</th><th className="num">Priority 3 out / all</th>
            </tr>
          ) : (
            <tr><th>Country</th><th className="num">Passengers</th><th className="num">Priority 1</th><th className="num">Priority 2</th><th className="num">Priority 3</th></tr>
          )}
        </thead>
        <tbody>
          {t.byCountry.map((c) => (plan ? <PlanRow key={c.country} label={`${c.name} (${c.country})`} r={c} /> : <SelectionRow key={c.country} label={`${c.name} (${c.country})`} r={c} />))}
          {t.byCountry.length !== 1 && (plan ? <PlanRow label="All" r={t.all} /> : <SelectionRow label="All" r={t.all} />)}
        </tbody>
      </table>
      <p className="pr-keyfigures">
        <span><strong>{fmtCount(t.sorties)}</strong> sorties</span>
        <span><strong>{fmtCount(t.passengers)}</strong> passengers in <strong>{fmtCount(t.seats)}</strong> seats ({fmtPercent(t.passengers, t.seats)} used)</span>
        <span>first departure <strong>{fmtDateTime(t.firstDepartureAt)}</strong></span>
        <span>last departure <strong>{fmtDateTime(t.lastDepartureAt)}</strong>{t.clearanceHours !== null && <> (H+{Math.round(t.clearanceHours)})</>}</span>
      </p>
      {when && (
        <p className="pr-keyfigures" data-testid="priority-out-by">
          {(['p1', 'p2', 'p3'] as const).map((k, i) => (
            <span key={k}>priority {i + 1} out by <strong>{hPlus(when.lastHour[k])}</strong> (mean {hPlus(when.meanHour[k])})</span>
          ))}
          {when.inversions > 0 && <span className="text-bad">{fmtCount(when.inversions)} sorties carry lower priorities ahead of higher ones who could board</span>}
        </p>
      )}
      {policy && <p className="pr-hint" data-testid="planning-policy">Planning policy — {describePolicy(policy)}.</p>}
      <p className="pr-hint">Priorities follow the planning convention: within an area the earliest departures carry priority 1 (medical, special needs), then 2 (families with children, elderly, pregnant), then 3.</p>
    </section>
  );
}
