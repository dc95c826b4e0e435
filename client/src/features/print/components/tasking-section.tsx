import type { PartnerTasking } from '../../../../../shared/schemas/summary.ts';
import { airframeLabel } from '../../../../../shared/plan/solve/rotations.ts';
import { CATEGORY_LABEL, fmtCount, fmtDateTime, fmtHplus, fmtTime, shortAircraft, shortAreaName } from '../format.ts';

function categoryOf(p: PartnerTasking, offerId: string): string {
  const c = p.sortieRows.find((r) => r.offerId === offerId)?.category;
  return c ? ` — ${CATEGORY_LABEL[c].toLowerCase()}` : '';
}

function PartnerBlock({ p, startsAt }: { p: PartnerTasking; startsAt: string }) {
  return (
    <div className="pr-block" data-partner={p.partnerId}>
      <h3>{p.name}{p.nation && <span className="pr-sub"> ({p.nation})</span>}</h3>
      <p className="pr-line">
        {fmtCount(p.sorties)} sorties · {fmtCount(p.passengers)} passengers in {fmtCount(p.seats)} seats ·
        first {fmtDateTime(p.firstDepartureAt)} · last {fmtDateTime(p.lastDepartureAt)}
      </p>
      <ul className="pr-offers">
        {p.offers.map((o) => (
          <li key={o.offerId}>
            {o.aircraftType}{categoryOf(p, o.offerId)}: {o.planned} of {o.offered} offered sorties planned <span className="pr-sub">(offer {o.offerId})</span>
          </li>
        ))}
      </ul>
      <table className="pr-table">
        <thead>
          <tr>
            <th className="num">#</th><th>Departs (UTC)</th><th>H+</th><th>From → to</th><th>Airframe</th><th>Back for</th>
            <th className="num">Seats</th><th className="num">Pax</th><th className="num">P1 / P2 / P3</th><th>People from</th>
          </tr>
        </thead>
        <tbody>
          {p.sortieRows.map((r, i) => (
            <tr key={r.sortieId}>
              <td className="num">{i + 1}</td>
              <td className="time">{fmtTime(r.departAt)}</td>
              <td className="time">{fmtHplus(r.departAt, startsAt)}</td>
              <td className="time">{r.originLabel} → {r.destinationLabel}</td>
              <td className="time" data-tail={r.tail ?? ''} title={shortAircraft(r.aircraftType)}>{airframeLabel(r.aircraftType, r.tail)}{r.tail === null && <span className="pr-warn"> no airframe free</span>}</td>
              <td className="time">{r.next ? `${r.next.originLabel} ${fmtTime(r.next.departAt)}` : <span className="pr-sub">last sortie</span>}</td>
              <td className="num">{fmtCount(r.seats)}</td>
              <td className="num">{fmtCount(r.passengers)}</td>
              <td className="num">{r.outByPriority.p1} / {r.outByPriority.p2} / {r.outByPriority.p3}</td>
              <td>{r.areas.length === 0 ? <span className="pr-sub">empty</span> : r.areas.map((a) => `${shortAreaName(a.name)} ${fmtCount(a.passengers)}`).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TaskingSection({ tasking, startsAt, onePartner }: { tasking: PartnerTasking[]; startsAt: string; onePartner: boolean }) {
  return (
    <section className="pr-section pr-page-start" aria-labelledby="pr-tasking">
      <h2 id="pr-tasking">{onePartner ? 'Tasking' : 'Tasking per partner'}</h2>
      {tasking.length === 0 && <p className="pr-empty">No sorties tasked.</p>}
      {tasking.map((p) => <PartnerBlock key={p.partnerId} p={p} startsAt={startsAt} />)}
    </section>
  );
}
