import { useTranslation } from 'react-i18next';
import type { CallForwardArea } from '../../../../../shared/schemas/summary.ts';
import { fmtHplus } from '../format.ts';
import { usePrintFormat } from '../use-print-format.ts';
import { Place } from '../../../components/place.tsx';

function AreaBlock({ a, startsAt, processingHours }: { a: CallForwardArea; startsAt: string; processingHours: number }) {
  const { t } = useTranslation('print', { keyPrefix: 'callForward' });
  const f = usePrintFormat();
  return (
    <div className="pr-block" data-area={a.assemblyAreaId}>
      <h3><Place name={a.name} /> <span className="pr-sub">({a.zone})</span></h3>
      <p className="pr-line">{t('line', { planned: f.count(a.planned), evacuees: f.count(a.evacuees), count: a.moves.length, hours: processingHours })}</p>
      <table className="pr-table">
        <thead>
          <tr>
            <th>{t('moveBy', { zone: f.zone })}</th><th>H+</th><th>{t('toAirport')}</th><th>{t('departs', { zone: f.zone })}</th><th className="num">{t('people')}</th>
            <th className="num">P1 / P2 / P3</th><th className="num">{t('road')}</th><th className="num">{t('sorties')}</th>
          </tr>
        </thead>
        <tbody>
          {a.moves.map((m) => (
            <tr key={`${m.airportId}|${m.departAt}`} className={m.beforeStart || m.groundIssue ? 'pr-row-bad' : undefined}>
              <td className="time"><strong>{f.time(m.moveAt)}</strong>{m.beforeStart && t('beforeStart')}</td>
              <td className="time">{fmtHplus(m.moveAt, startsAt)}</td>
              <td>{m.airportLabel}{m.groundIssue && <span className="pr-bad" lang="en"> — {m.groundIssue}</span>}</td>
              <td className="time">{f.time(m.departAt)}</td>
              <td className="num">{f.count(m.passengers)}</td>
              <td className="num">{m.outByPriority.p1} / {m.outByPriority.p2} / {m.outByPriority.p3}</td>
              <td className="num">{t('roadValue', { km: Math.round(m.km), hours: f.hours(m.travelHours) })}</td>
              <td className="num">{m.sorties}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CallForwardSection({ areas, startsAt, processingHours }: { areas: CallForwardArea[]; startsAt: string; processingHours: number }) {
  const { t } = useTranslation('print', { keyPrefix: 'callForward' });
  return (
    <section className="pr-section pr-page-start" aria-labelledby="pr-callforward">
      <h2 id="pr-callforward">{t('title')}</h2>
      {areas.length === 0 && <p className="pr-empty">{t('none')}</p>}
      {areas.map((a) => <AreaBlock key={a.assemblyAreaId} a={a} startsAt={startsAt} processingHours={processingHours} />)}
    </section>
  );
}
