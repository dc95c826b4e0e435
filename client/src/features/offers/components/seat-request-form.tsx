import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modeOf, type Airport } from '../../../../../shared/schemas/domain.ts';
import type { SeatRequest } from '../../../../../shared/schemas/seat-requests.ts';
import { ErrorAlert } from '../../../components/feedback.tsx';
import { createSeatRequest } from '../api/save-seat-request.ts';
import { checkSeatRequest, emptySeatRequest, type SeatRequestDraft, type SeatRequestErrors } from '../form/seat-request-draft.ts';
import { describe, Field } from './field.tsx';
import { placeTitle } from './offer-summary.tsx';

/**
 * A liaison asks for seats on Japan's lift for their own nationals (issue 15): where they gather (airports or
 * seaports outside Japan, seats at each), the priority mix, and when they can leave. The crisis cell decides
 * how many seats Japan carries; the decision shows in the requests table below.
 */
export function SeatRequestForm({ airports, zone, onDone, onCancel }: {
  airports: Airport[]; zone: string; onDone: (r: SeatRequest) => void; onCancel: () => void;
}) {
  const { t } = useTranslation('offers', { keyPrefix: 'seatRequest' });
  const [draft, setDraft] = useState<SeatRequestDraft>(emptySeatRequest);
  const [errors, setErrors] = useState<SeatRequestErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const places = useMemo(() => airports.filter((a) => a.country !== 'JP' && a.status === 'open')
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name)), [airports]);
  const byId = useMemo(() => new Map(airports.map((a) => [a.id, a])), [airports]);
  const err = (k: keyof SeatRequestErrors) => (errors[k] ? t(`errors.${errors[k]}`) : undefined);
  const set = <K extends keyof SeatRequestDraft>(k: K, v: SeatRequestDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const setPlace = (i: number, p: Partial<SeatRequestDraft['places'][number]>) => set('places', draft.places.map((x, j) => (j === i ? { ...x, ...p } : x)));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const checked = checkSeatRequest(draft, zone);
    setErrors(checked.errors);
    if (!checked.body) return;
    setBusy(true);
    setFailure(null);
    try {
      onDone(await createSeatRequest(checked.body));
    } catch (x) {
      setFailure(x);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="seat-request-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="seat-request-title">
      <h3 id="seat-request-title">{t('title')}</h3>
      <p className="hint">{t('intro')}</p>
      <fieldset aria-describedby={errors.places ? 'sr-places-error' : undefined}>
        <legend>{t('places')}</legend>
        {draft.places.map((p, i) => (
          <div className="field-row" key={i}>
            <select aria-label={t('place', { n: i + 1 })} value={p.id} onChange={(e) => setPlace(i, { id: e.target.value })} aria-invalid={errors.places ? true : undefined}>
              <option value="">{t('choosePlace')}</option>
              {places.map((a) => <option key={a.id} value={a.id}>{a.country} · {placeTitle(a.id, byId)}{modeOf(a) === 'sea' ? ` (${t('seaport')})` : ''}</option>)}
            </select>
            <input type="number" min={1} step={1} inputMode="numeric" aria-label={t('seatsAt', { n: i + 1 })} placeholder={t('seats')} value={p.seats} onChange={(e) => setPlace(i, { seats: e.target.value })} />
            {draft.places.length > 1 && <button type="button" className="btn-link" onClick={() => set('places', draft.places.filter((_, j) => j !== i))}>{t('removePlace')}</button>}
          </div>
        ))}
        <button type="button" className="btn btn-small" onClick={() => set('places', [...draft.places, { id: '', seats: '' }])}>{t('addPlace')}</button>
        {errors.places && <div className="field-error" id="sr-places-error">{t(`errors.${errors.places}`)}</div>}
      </fieldset>
      <div className="field-row">
        <Field id="sr-priority1" label={t('priority1')} error={err('priority1')}>
          <input {...describe('sr-priority1', err('priority1'))} type="number" min={0} step={1} value={draft.priority1} onChange={(e) => set('priority1', e.target.value)} />
        </Field>
        <Field id="sr-priority2" label={t('priority2')} error={err('priority2')} hint={t('priorityHint')}>
          <input {...describe('sr-priority2', err('priority2'))} type="number" min={0} step={1} value={draft.priority2} onChange={(e) => set('priority2', e.target.value)} />
        </Field>
      </div>
      <div className="field-row">
        <Field id="sr-windowFrom" label={t('from', { zone })} error={err('windowFrom')}>
          <input {...describe('sr-windowFrom', err('windowFrom'))} type="datetime-local" value={draft.windowFrom} onChange={(e) => set('windowFrom', e.target.value)} />
        </Field>
        <Field id="sr-windowTo" label={t('to', { zone })} error={err('windowTo')}>
          <input {...describe('sr-windowTo', err('windowTo'))} type="datetime-local" value={draft.windowTo} onChange={(e) => set('windowTo', e.target.value)} />
        </Field>
      </div>
      <Field id="sr-note" label={t('note')}>
        <textarea id="sr-note" maxLength={2000} rows={2} value={draft.note} onChange={(e) => set('note', e.target.value)} />
      </Field>
      {failure !== null && <ErrorAlert error={failure} />}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel} disabled={busy}>{t('cancel')}</button>
        <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? t('sending') : t('submit')}</button>
      </div>
    </form>
  );
}
