import { useMemo } from 'react';
import type { Airport, Sortie } from '../../../../../shared/schemas/domain.ts';
import { departuresTimeline } from '../stats/plan-stats.ts';
import { fmtCount, fmtOffset } from './format.ts';

/**
 * Sorties per clock hour at each origin airport, drawn against its departures-per-hour capacity: a
 * strip per airport over the scenario's horizon; red cells are above capacity.
 */
export function DeparturesTimeline({ sorties, airports, startsAt, horizonHours, onAirport, hour = null, onHour }: {
  sorties: Sortie[]; airports: Airport[]; startsAt: string; horizonHours: number; onAirport: (id: string) => void;
  /** The map's hour (shared time): a cursor on every strip; a click on a strip moves the map there. */
  hour?: number | null; onHour?: (h: number) => void;
}) {
  const rows = useMemo(() => departuresTimeline(sorties, airports, startsAt), [sorties, airports, startsAt]);
  const span = Math.max(horizonHours, ...rows.flatMap((r) => r.hours.map((h) => h.hour + 1)));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * span));
  return (
    <section aria-label="Departures timeline">
      <h2>Departures by airport</h2>
      {rows.length === 0 ? <p className="muted">No sorties in this plan.</p> : (
        <div className="timeline">
          <div className="timeline-axis" aria-hidden="true">
            <span />
            <div className="timeline-ticks">{ticks.map((t) => <span key={t} style={{ left: `${(t / span) * 100}%` }}>{fmtOffset(t)}</span>)}</div>
            <span />
          </div>
          {rows.map((r) => (
            <div className="timeline-row" key={r.airportId}>
              <button type="button" className="btn-link timeline-label" onClick={() => onAirport(r.airportId)} title={r.name}>{r.label}</button>
              <div className="timeline-strip" role="img" data-hour={hour ?? undefined}
                onClick={onHour ? (e) => { const r = e.currentTarget.getBoundingClientRect(); onHour(Math.max(0, Math.min(span, Math.floor(((e.clientX - r.left) / r.width) * span)))); } : undefined} aria-label={`${r.label}: ${r.sorties} sorties, ${r.passengers} passengers, capacity ${r.capacity} per hour${r.overCapacity ? `, ${r.overCapacity} hours above capacity` : ''}`}>
                {r.hours.map((h) => (
                  <span key={h.hour} className={`timeline-cell ${h.sorties > r.capacity ? 'over' : ''}`}
                    style={{ left: `${(h.hour / span) * 100}%`, width: `${Math.max(100 / span, 0.6)}%`, height: `${Math.min(1, h.sorties / Math.max(1, r.capacity)) * 100}%` }}
                    title={`${fmtOffset(h.hour)}: ${h.sorties} of ${r.capacity} departures, ${fmtCount(h.passengers)} passengers`} />
                ))}
                {hour !== null && <span className="timeline-cursor" style={{ left: `${(hour / span) * 100}%` }} aria-hidden="true" />}
              </div>
              <span className="timeline-total num">{r.sorties} <span className="muted">/ {fmtCount(r.passengers)} pax</span></span>
            </div>
          ))}
          <p className="hint">Bar height = sorties in that hour ÷ the airport&apos;s departures per hour; <span className="text-bad">red</span> = above capacity. Hours counted from the scenario start (H+0).</p>
        </div>
      )}
    </section>
  );
}
