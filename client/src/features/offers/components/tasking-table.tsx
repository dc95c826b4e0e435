import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { modeOf, type Airport } from '../../../../../shared/schemas/domain.ts';
import type { TaskingPlan } from '../../../../../shared/schemas/tasking.ts';
import { formatInZone, zoneOfCountry } from '../form/time-zones.ts';
import { useFormat } from '../../../i18n/format.ts';
import { placeTitle } from './offer-summary.tsx';
import { airportLabel } from '../../../../../shared/plan/snapshot.ts';
import { airframeLabel, nextLegOf } from '../../../../../shared/plan/solve/rotations.ts';

/** "ICN 02 Apr 2027 14:00 UTC" — where and when the same airframe departs next — or "last sortie". */
function thenLabel(p: TaskingPlan, sortieId: string, airports: Map<string, Airport>, zone: string, t: TFunction, lang: string): string {
  const next = nextLegOf(p.rotations, sortieId);
  if (!next) return t('lastSortie');
  const a = airports.get(next.originAirportId);
  return `${airportLabel(a, next.originAirportId)} ${formatInZone(next.departAt, zone, lang)}`;
}

/** A sortie from a seaport is a sailing: same row, the mode says which. */
const modeAt = (id: string, airports: Map<string, Airport>) => { const a = airports.get(id); return a ? modeOf(a) : 'air'; };

/** What approved plans ask of the partner's aircraft: each sortie, when (chosen zone and origin's local time), where, how many. */
export function TaskingTable({ plans, airports, zone }: { plans: TaskingPlan[]; airports: Map<string, Airport>; zone: string }) {
  const { t, i18n } = useTranslation('offers', { keyPrefix: 'tasking' });
  const lang = i18n.language;
  const f = useFormat();
  if (plans.length === 0) return <p className="hint">{t('none')}</p>;
  return (
    <>
      {plans.map((p) => (
        <div key={p.planId} className="tasking-plan">
          <h3>{p.planName} <span className="hint">— {p.scenarioName}{p.approvedAt ? t('approved', { time: formatInZone(p.approvedAt, zone, lang) }) : ''}</span></h3>
          {p.inputsChanged && (
            <p className={`alert ${p.breaks ? 'alert-error' : 'alert-warn'}`} role="status" data-testid="tasking-changed">
              {p.breaks
                ? t('breaks')
                : t('changed')}
            </p>
          )}
          <p className="hint">{t('totals', { count: p.sorties.length, passengers: f.number(p.sorties.reduce((n, s) => n + s.passengers, 0)) })}</p>
          <div className="table-scroll">
          <table className="table">
            <thead><tr><th>{t('col.departs', { zone })}</th><th>{t('col.local')}</th><th>{t('col.from')}</th><th>{t('col.to')}</th><th>{t('col.mode')}</th><th>{t('col.airframe')}</th><th>{t('col.then')}</th><th className="num">{t('col.passengers')}</th></tr></thead>
            <tbody>
              {p.sorties.map((s) => (
                <tr key={s.sortieId}>
                  <td>{formatInZone(s.departAt, zone, lang)}</td>
                  <td>{formatInZone(s.departAt, zoneOfCountry(airports.get(s.originAirportId)?.country), lang)}</td>
                  <td>{placeTitle(s.originAirportId, airports)}</td>
                  <td>{placeTitle(s.destinationAirportId, airports)}</td>
                  <td data-mode={modeAt(s.originAirportId, airports)}>{t(`modeValue.${modeAt(s.originAirportId, airports)}`)}</td>
                  <td title={s.aircraftType}>{airframeLabel(s.aircraftType, s.tail)}{s.tail === null && <span className="field-error"> {t('noAirframe')}</span>}</td>
                  <td>{thenLabel(p, s.sortieId, airports, zone, t, lang)}</td>
                  <td className="num">{f.number(s.passengers)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </div>
      ))}
    </>
  );
}
