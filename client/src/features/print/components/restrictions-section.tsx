import { useTranslation } from 'react-i18next';
import type { SummaryRestrictions } from '../../../../../shared/schemas/summary.ts';
import { usePrintFormat } from '../use-print-format.ts';

export function RestrictionsSection({ r }: { r: SummaryRestrictions }) {
  const { t } = useTranslation('print', { keyPrefix: 'restrictions' });
  // A namespaced key ('print:tasking.category.sdf') still gets the keyPrefix put in front: the categories need their own t.
  const { t: category } = useTranslation('print', { keyPrefix: 'tasking.category' });
  const f = usePrintFormat();
  const validity = (from: string | null, to: string | null): string => {
    if (!from && !to) return t('throughout');
    if (from && to) return `${f.dateTime(from)} – ${f.dateTime(to)}`;
    return from ? t('from', { at: f.dateTime(from) }) : t('until', { at: f.dateTime(to) });
  };
  return (
    <section className="pr-section" aria-labelledby="pr-restrictions">
      <h2 id="pr-restrictions">{t('title')}</h2>
      <table className="pr-table">
        <thead><tr><th>{t('effect')}</th><th>{t('where')}</th><th>{t('aircraft')}</th><th>{t('valid')}</th><th>{t('reason')}</th></tr></thead>
        <tbody>
          {r.accessRules.length === 0 && <tr><td colSpan={5} className="pr-empty">{t('noRule')}</td></tr>}
          {r.accessRules.map((a) => (
            <tr key={a.id}>
              <td className={a.effect === 'deny' ? 'pr-bad' : 'pr-ok'}><strong>{a.effect === 'deny' ? t('denied') : t('allowed')}</strong></td>
              <td>{a.scopeLabel}</td>
              <td>{category(a.category)}{a.nationLabel ? t('of', { nation: a.nationLabel }) : ''}</td>
              <td>{validity(a.validFrom, a.validTo)}</td>
              <td>{a.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('closed')}</h3>
      {r.closedAirports.length === 0 ? <p className="pr-empty">{t('none')}</p> : (
        <table className="pr-table">
          <thead><tr><th>{t('airport')}</th><th>{t('country')}</th><th>{t('whyClosed')}</th></tr></thead>
          <tbody>
            {r.closedAirports.map((a) => (
              <tr key={a.airportId}><td>{a.label}{a.label !== a.name && ` — ${a.name}`}</td><td>{a.country}</td><td>{a.reason}</td></tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t('hazards')}</h3>
      {r.hazardZones.length === 0 ? <p className="pr-empty">{t('none')}</p> : (
        <table className="pr-table">
          <thead><tr><th>{t('zone')}</th><th>{t('airportsInside')}</th><th>{t('areasInside')}</th></tr></thead>
          <tbody>
            {r.hazardZones.map((z) => (
              <tr key={z.id}><td>{z.name}</td><td>{z.airportsInside.join(', ') || '–'}</td><td>{z.areasInside.join(', ') || '–'}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="pr-hint">
        {t('ground', { factor: r.ground.roadFactor, speed: r.ground.groundSpeedKmh, max: r.ground.maxGroundKm, hours: r.ground.processingHours })}
      </p>
    </section>
  );
}
