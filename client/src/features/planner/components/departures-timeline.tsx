import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { Airport, Sortie } from '../../../../../shared/schemas/domain.ts';
import { departuresTimeline } from '../stats/plan-stats.ts';
import { fmtOffset } from './format.ts';

/**
 * Sorties per clock hour at each origin airport, drawn against its departures-per-hour capacity: a
 * strip per airport over the scenario's horizon; red cells are above capacity.
 */
export function DeparturesTimeline({ sorties, airports, startsAt, horizonHours, onAirport, hour = null, onHour }: {
  sorties: Sortie[]; airports: Airport[]; startsAt: string; horizonHours: number; onAirport: (id: string) => void;
  /** The map's hour (shared time): a cursor on every strip; a click on a strip moves the map there. */
  hour?: number | null; onHour?: (h: number) => void;
}) {
  const { t } = useTranslation('planner', { keyPrefix: 'timeline' });
  const f = useFormat();
  const rows = useMemo(() => departuresTimeline(sorties, airports, startsAt), [sorties, airports, startsAt]);
  const span = Math.max(horizonHours, ...rows.flatMap((r) => r.hours.map((h) => h.hour + 1)));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * span));
  return (
    <section aria-label={t('label')}>
      <h2>{t('title')}</h2>
      {rows.length === 0 ? <p className="muted">{t('none')}</p> : (
        <div className="timeline">
          <div className="timeline-axis" aria-hidden="true">
            <span />
            <div className="timeline-ticks">{ticks.map((h) => <span key={h} style={{ left: `${(h / span) * 100}%` }}>{fmtOffset(h)}</span>)}</div>
            <span />
          </div>
          {rows.map((r) => (
            <div className="timeline-row" key={r.airportId}>
              <button type="button" className="btn-link timeline-label" onClick={() => onAirport(r.airportId)} title={r.name}>{r.label}</button>
              <div className="timeline-strip" role="img" data-hour={hour ?? undefined}
                onClick={onHour ? (e) => { const r = e.currentTarget.getBoundingClientRect(); onHour(Math.max(0, Math.min(span, Math.floor(((e.clientX - r.left) / r.width) * span)))); } : undefined} aria-label={t(r.overCapacity ? 'stripOver' : 'strip', { airport: r.label, count: r.sorties, passengers: f.number(r.passengers), capacity: r.capacity, over: r.overCapacity })}>
                {r.hours.map((h) => (
                  <span key={h.hour} className={`timeline-cell ${h.sorties > r.capacity ? 'over' : ''}`}
                    style={{ left: `${(h.hour / span) * 100}%`, width: `${Math.max(100 / span, 0.6)}%`, height: `${Math.min(1, h.sorties / Math.max(1, r.capacity)) * 100}%` }}
                    title={t('cell', { hour: fmtOffset(h.hour), n: h.sorties, capacity: r.capacity, passengers: f.number(h.passengers) })} />
                ))}
                {hour !== null && <span className="timeline-cursor" style={{ left: `${(hour / span) * 100}%` }} aria-hidden="true" />}
              </div>
              <span className="timeline-total num">{r.sorties} <span className="muted">{t('pax', { n: f.number(r.passengers) })}</span></span>
            </div>
          ))}
          <p className="hint"><Trans t={t} i18nKey="hint" components={{ red: <span className="text-bad" /> }} /></p>
        </div>
      )}
    </section>
  );
}
