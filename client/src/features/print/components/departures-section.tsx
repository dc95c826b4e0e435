import type { AirportDepartures } from '../../../../../shared/schemas/summary.ts';
import { fmtCount, fmtHplus, fmtTime } from '../format.ts';

function AirportTable({ a, startsAt }: { a: AirportDepartures; startsAt: string }) {
  return (
    <div className="pr-block" data-airport={a.airportId}>
      <h3>{a.label} — {a.name} <span className="pr-sub">({a.country})</span></h3>
      <p className="pr-line">
        {fmtCount(a.sorties)} sorties · {fmtCount(a.passengers)} passengers in {fmtCount(a.seats)} seats · capacity {a.departuresPerHour} departures per hour ·
        priority 1: {fmtCount(a.outByPriority.p1)}, 2: {fmtCount(a.outByPriority.p2)}, 3: {fmtCount(a.outByPriority.p3)}
      </p>
      <table className="pr-table">
        <thead>
          <tr>
            <th>Hour (UTC)</th><th>H+</th><th className="num">Sorties / capacity</th><th className="num">Seats</th><th className="num">Passengers</th>
            <th>Operators</th><th>To</th>
          </tr>
        </thead>
        <tbody>
          {a.hours.map((h) => (
            <tr key={h.hourStart} className={h.overCapacity ? 'pr-row-bad' : undefined}>
              <td className="time">{fmtTime(h.hourStart)}</td>
              <td className="time">{fmtHplus(h.hourStart, startsAt)}</td>
              <td className="num">{h.sorties} / {a.departuresPerHour}{h.overCapacity && ' OVER'}</td>
              <td className="num">{fmtCount(h.seats)}</td>
              <td className="num">{fmtCount(h.passengers)}</td>
              <td>{h.partners.join('; ')}</td>
              <td>{h.destinations.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DeparturesSection({ departures, startsAt, single }: { departures: AirportDepartures[]; startsAt: string; single: boolean }) {
  return (
    <section className="pr-section pr-page-start" aria-labelledby="pr-departures">
      <h2 id="pr-departures">Departures by airport and hour</h2>
      {departures.length === 0 && <p className="pr-empty">{single ? 'No departures from this airport in this plan.' : 'No departures in this plan.'}</p>}
      {departures.map((a) => <AirportTable key={a.airportId} a={a} startsAt={startsAt} />)}
    </section>
  );
}
