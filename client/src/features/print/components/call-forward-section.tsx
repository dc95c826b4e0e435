import type { CallForwardArea } from '../../../../../shared/schemas/summary.ts';
import { fmtCount, fmtHours, fmtHplus, fmtTime } from '../format.ts';

function AreaBlock({ a, startsAt, processingHours }: { a: CallForwardArea; startsAt: string; processingHours: number }) {
  return (
    <div className="pr-block" data-area={a.assemblyAreaId}>
      <h3>{a.name} <span className="pr-sub">({a.zone})</span></h3>
      <p className="pr-line">{fmtCount(a.planned)} of {fmtCount(a.evacuees)} evacuees called forward in {a.moves.length} move{a.moves.length === 1 ? '' : 's'}; each leaves the area by the time shown ({processingHours} h processing at the airport plus road time).</p>
      <table className="pr-table">
        <thead>
          <tr>
            <th>Move by (UTC)</th><th>H+</th><th>To airport</th><th>Departs (UTC)</th><th className="num">People</th>
            <th className="num">P1 / P2 / P3</th><th className="num">Road</th><th className="num">Sorties</th>
          </tr>
        </thead>
        <tbody>
          {a.moves.map((m) => (
            <tr key={`${m.airportId}|${m.departAt}`} className={m.beforeStart || m.groundIssue ? 'pr-row-bad' : undefined}>
              <td className="time"><strong>{fmtTime(m.moveAt)}</strong>{m.beforeStart && ' (before H+0)'}</td>
              <td className="time">{fmtHplus(m.moveAt, startsAt)}</td>
              <td>{m.airportLabel}{m.groundIssue && <span className="pr-bad"> — {m.groundIssue}</span>}</td>
              <td className="time">{fmtTime(m.departAt)}</td>
              <td className="num">{fmtCount(m.passengers)}</td>
              <td className="num">{m.outByPriority.p1} / {m.outByPriority.p2} / {m.outByPriority.p3}</td>
              <td className="num">{Math.round(m.km)} km, {fmtHours(m.travelHours)}</td>
              <td className="num">{m.sorties}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CallForwardSection({ areas, startsAt, processingHours }: { areas: CallForwardArea[]; startsAt: string; processingHours: number }) {
  return (
    <section className="pr-section pr-page-start" aria-labelledby="pr-callforward">
      <h2 id="pr-callforward">Call-forward per assembly area</h2>
      {areas.length === 0 && <p className="pr-empty">Nobody is called forward.</p>}
      {areas.map((a) => <AreaBlock key={a.assemblyAreaId} a={a} startsAt={startsAt} processingHours={processingHours} />)}
    </section>
  );
}
