import { useTranslation } from 'react-i18next';
import type { Airport } from '../../../../../shared/schemas/domain.ts';
import { airportTitle } from '../../../../../shared/plan/snapshot.ts';
import { DEPARTURE_ERRORS, emptyDeparture, type DepartureDraft, type DepartureProblem } from '../form/seat-share-draft.ts';
import { wordFormMsg, type FormMsg } from '../form/form-words.ts';
import { Field } from './field.tsx';

const label = (a: Airport | undefined, id: string) => airportTitle(a, id);

/**
 * "Seats on our own sorties": the partner lists its departures (origin and time, in the form's zone); the
 * plan may use the seats of each once, at that time. Origins come from the offer's origins above.
 */
export function SeatShareFields({ on, rows, origins, airports, zone, error, onToggle, onChange }: {
  on: boolean; rows: DepartureDraft[]; origins: string[]; airports: Map<string, Airport>; zone: string;
  error: DepartureProblem | FormMsg | undefined; onToggle: (on: boolean) => void; onChange: (rows: DepartureDraft[]) => void;
}) {
  const { t } = useTranslation('offers', { keyPrefix: 'form.seatShare' });
  const { t: tr } = useTranslation();
  const message = !error ? undefined : 'key' in error ? wordFormMsg(tr, error)
    : DEPARTURE_ERRORS.includes(error.code) ? t(`errors.${error.code}`, { row: error.row }) : undefined;
  const put = (i: number, row: DepartureDraft) => onChange(rows.map((r, j) => (j === i ? row : r)));
  return (
    <fieldset className="offer-fieldset seat-share">
      <legend>{t('legend')}</legend>
      <label className="inline">
        <input type="checkbox" checked={on} onChange={(e) => onToggle(e.target.checked)} />
        {t('toggle')}
      </label>
      <div className="hint">{on ? t('hintOn') : t('hintOff')}</div>
      {on && (
        <Field id="offer-departures" label={t('departures', { zone })} error={message}>
          <ol className="departure-rows" aria-invalid={message ? true : undefined} aria-describedby={message ? 'offer-departures-error' : undefined}>
            {rows.map((r, i) => (
              <li key={i} className="departure-row">
                <select aria-label={t('origin', { n: i + 1 })} value={r.originAirportId} onChange={(e) => put(i, { ...r, originAirportId: e.target.value })}>
                  <option value="">{origins.length === 0 ? t('pickOriginsFirst') : t('chooseOrigin')}</option>
                  {origins.map((id) => <option key={id} value={id}>{label(airports.get(id), id)}</option>)}
                </select>
                <input type="datetime-local" aria-label={t('time', { n: i + 1, zone })} value={r.departAt} onChange={(e) => put(i, { ...r, departAt: e.target.value })} />
                <button type="button" className="btn btn-ghost" onClick={() => onChange(rows.filter((_, j) => j !== i))}>{t('remove')}</button>
              </li>
            ))}
          </ol>
          <button type="button" className="btn" onClick={() => onChange([...rows, emptyDeparture(origins.length === 1 ? origins[0] : '')])}>{t('add')}</button>
          <div className="hint">{t('count', { count: rows.length })}</div>
        </Field>
      )}
    </fieldset>
  );
}
