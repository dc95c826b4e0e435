import { useTranslation } from 'react-i18next';
import type { AirportDepartures } from '../../../../../shared/schemas/summary.ts';
import { fmtHplus } from '../format.ts';
import { usePrintFormat } from '../use-print-format.ts';
import { Place } from '../../../components/place.tsx';

function AirportTable({ a, startsAt }: { a: AirportDepartures; startsAt: string }) {
  const { t } = useTranslation('print', { keyPrefix: 'departures' });
  const f = usePrintFormat();
  return (
    <div className="pr-block" data-airport={a.airportId}>
      <h3>{a.label} — <Place name={a.name} /> <span className="pr-sub">({a.country}){a.mode === 'sea' ? ` · ${t('seaport')}` : ''}</span></h3>
      <p className="pr-line">
        {t('line', { sorties: f.count(a.sorties), passengers: f.count(a.passengers), seats: f.count(a.seats), perHour: a.departuresPerHour,
          p1: f.count(a.outByPriority.p1), p2: f.count(a.outByPriority.p2), p3: f.count(a.outByPriority.p3) })}
      </p>
      <table className="pr-table">
        <thead>
          <tr>
            <th>{t('hour', { zone: f.zone })}</th><th>{t('hPlus')}</th><th className="num">{t('sortiesCapacity')}</th><th className="num">{t('seatsCol')}</th><th className="num">{t('passengersCol')}</th>
            <th>{t('operators')}</th><th>{t('to')}</th>
          </tr>
        </thead>
        <tbody>
          {a.hours.map((h) => (
            <tr key={h.hourStart} className={h.overCapacity ? 'pr-row-bad' : undefined}>
              <td className="time">{f.time(h.hourStart)}</td>
              <td className="time">{fmtHplus(h.hourStart, startsAt)}</td>
              <td className="num">{h.sorties} / {a.departuresPerHour}{h.overCapacity && t('over')}</td>
              <td className="num">{f.count(h.seats)}</td>
              <td className="num">{f.count(h.passengers)}</td>
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
  const { t } = useTranslation('print', { keyPrefix: 'departures' });
  return (
    <section className="pr-section pr-page-start" aria-labelledby="pr-departures">
      <h2 id="pr-departures">{t('title')}</h2>
      {departures.length === 0 && <p className="pr-empty">{single ? t('noneAirport') : t('none')}</p>}
      {departures.map((a) => <AirportTable key={a.airportId} a={a} startsAt={startsAt} />)}
    </section>
  );
}
