import { useTranslation } from 'react-i18next';
import type { PartnerTasking } from '../../../../../shared/schemas/summary.ts';
import { airframeLabel } from '../../../../../shared/plan/solve/rotations.ts';
import { fmtHplus, shortAircraft, shortAreaName } from '../format.ts';
import { usePrintFormat } from '../use-print-format.ts';

function PartnerBlock({ p, startsAt }: { p: PartnerTasking; startsAt: string }) {
  const { t, i18n } = useTranslation('print', { keyPrefix: 'tasking' });
  const f = usePrintFormat();
  const categoryOf = (offerId: string) => {
    const c = p.sortieRows.find((r) => r.offerId === offerId)?.category;
    if (!c) return '';
    const label = t(`category.${c}`);
    return ` — ${i18n.language === 'en' ? label.toLowerCase() : label}`;
  };
  return (
    <div className="pr-block" data-partner={p.partnerId}>
      <h3>{p.name}{p.nation && <span className="pr-sub"> ({p.nation})</span>}</h3>
      <p className="pr-line">
        {t('line', { sorties: f.count(p.sorties), passengers: f.count(p.passengers), seats: f.count(p.seats), first: f.dateTime(p.firstDepartureAt), last: f.dateTime(p.lastDepartureAt) })}
      </p>
      <ul className="pr-offers">
        {p.offers.map((o) => (
          <li key={o.offerId}>
            {t('offer', { type: o.aircraftType, category: categoryOf(o.offerId), planned: o.planned, offered: o.offered })} <span className="pr-sub">{t('offerId', { id: o.offerId })}</span>
          </li>
        ))}
      </ul>
      <table className="pr-table">
        <thead>
          <tr>
            <th className="num">#</th><th>{t('departs', { zone: f.zone })}</th><th>H+</th><th>{t('fromTo')}</th><th>{t('mode')}</th><th>{t('airframe')}</th><th>{t('backFor')}</th>
            <th className="num">{t('seats')}</th><th className="num">{t('pax')}</th><th className="num">P1 / P2 / P3</th><th>{t('peopleFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {p.sortieRows.map((r, i) => (
            <tr key={r.sortieId}>
              <td className="num">{i + 1}</td>
              <td className="time">{f.time(r.departAt)}</td>
              <td className="time">{fmtHplus(r.departAt, startsAt)}</td>
              <td>{r.originLabel} → {r.destinationLabel}</td>
              <td data-mode={r.mode}>{t(`modeValue.${r.mode}`)}</td>
              <td data-tail={r.tail ?? ''} title={shortAircraft(r.aircraftType)}>{airframeLabel(r.aircraftType, r.tail)}{r.tail === null && <span className="pr-warn">{t('noAirframe')}</span>}</td>
              <td>{r.next ? `${r.next.originLabel} ${f.time(r.next.departAt)}` : <span className="pr-sub">{t('lastSortie')}</span>}</td>
              <td className="num">{f.count(r.seats)}</td>
              <td className="num">{f.count(r.passengers)}</td>
              <td className="num">{r.outByPriority.p1} / {r.outByPriority.p2} / {r.outByPriority.p3}</td>
              <td>{r.areas.length === 0 ? <span className="pr-sub">{t('empty')}</span> : r.areas.map((a) => `${shortAreaName(a.name)} ${f.count(a.passengers)}`).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TaskingSection({ tasking, startsAt, onePartner }: { tasking: PartnerTasking[]; startsAt: string; onePartner: boolean }) {
  const { t } = useTranslation('print', { keyPrefix: 'tasking' });
  return (
    <section className="pr-section pr-page-start" aria-labelledby="pr-tasking">
      <h2 id="pr-tasking">{onePartner ? t('title') : t('titleAll')}</h2>
      {tasking.length === 0 && <p className="pr-empty">{t('none')}</p>}
      {tasking.map((p) => <PartnerBlock key={p.partnerId} p={p} startsAt={startsAt} />)}
    </section>
  );
}
