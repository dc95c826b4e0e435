import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { AircraftType } from '../../../../../shared/schemas/aircraft.ts';
import type { Airport, LiftOffer, Partner } from '../../../../../shared/schemas/domain.ts';
import { deriveCategory, maxSeatsOf } from '../../../../../shared/offers/offer-facts.ts';
import { airportLabel, airportTitle } from '../../../../../shared/plan/snapshot.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { errorText } from '../../../i18n/error-text.ts';
import { createOffer, updateOffer } from '../api/save-offer.ts';
import { getOffer } from '../api/get-offer.ts';
import {
  changedFields, draftFromOffer, draftToBody, emptyDraft, factMsg, fieldErrorsFromApi, rezone, seatsOverMax, type FieldErrors, type OfferDraft,
} from '../form/offer-draft.ts';
import { wordFormMsg, type FormMsg } from '../form/form-words.ts';
import { formatInZone, zoneOfCountry, zonedToUtc } from '../form/time-zones.ts';
import { describe, Field } from './field.tsx';
import { OriginPicker } from './origin-picker.tsx';
import { ZoneSelect } from './zone-select.tsx';
import { SeatShareFields } from './seat-share-fields.tsx';

const OTHER = '__other';
const CATEGORY_ORDER = ['civil', 'foreign_military', 'sdf'] as const;
const CATEGORY_KEYS = { sdf: 'offers:category.sdf', foreign_military: 'offers:category.foreign_military', civil: 'offers:category.civil' } as const;

/**
 * New offer (offer null) or an edit of `offer`; a 409 says someone saved first and offers a reload. The
 * operator category is not picked: it follows from the partner and the aircraft type, shown with why.
 */
export function OfferForm({ offer, partner, airports, aircraft, zone, onZoneChange, onDone, onCancel }: {
  offer: LiftOffer | null; partner: Partner | undefined; airports: Airport[]; aircraft: AircraftType[]; zone: string;
  onZoneChange: (zone: string) => void; onDone: (saved: LiftOffer) => void; onCancel: () => void;
}) {
  const { t } = useTranslation('offers', { keyPrefix: 'form' });
  const { t: tr, i18n } = useTranslation();
  const category = (c: keyof typeof CATEGORY_KEYS) => tr(CATEGORY_KEYS[c]);
  const word = (m: FormMsg | undefined) => (m ? wordFormMsg(tr, m) : undefined);
  const [base, setBase] = useState(offer);
  const [draft, setDraft] = useState<OfferDraft>(() => (offer ? draftFromOffer(offer, zone) : emptyDraft()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const byId = useMemo(() => new Map(airports.map((a) => [a.id, a])), [airports]);
  const catalogue = useMemo(() => new Map(aircraft.map((a) => [a.type, a])), [aircraft]);
  const [otherType, setOtherType] = useState(() => !!offer && !catalogue.has(offer.aircraftType));
  // Only the types this partner may offer; a type outside the catalogue only for a single-category partner.
  // (The type of an offer being edited stays listed even if no longer allowed, so its error shows against it.)
  const allowed = useMemo(() => (partner ? aircraft.filter((a) => partner.categories.includes(a.category) || a.type === offer?.aircraftType) : aircraft), [aircraft, partner, offer]);
  const otherAllowed = !partner || partner.categories.length === 1;

  // After a failed submit, take the user to what needs attention: the conflict, else the first wrong field.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('.conflict-alert') ?? form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('.form-error');
    target?.scrollIntoView({ block: 'center' });
    if (target?.matches('input, select, textarea')) target.focus({ preventScroll: true });
  }, [attempt]);

  const set = <K extends keyof OfferDraft>(key: K, value: OfferDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const changeZone = (z: string) => {
    setDraft((d) => rezone(d, zone, z));
    onZoneChange(z);
  };
  const pickType = (type: string) => {
    if (type === OTHER) {
      setOtherType(true);
      set('aircraftType', '');
      return;
    }
    setOtherType(false);
    const a = catalogue.get(type);
    setDraft((d) => ({ ...d, aircraftType: type, seatsPerSortie: a?.seats ? String(a.seats) : d.seatsPerSortie }));
    setErrors((e) => ({ ...e, aircraftType: undefined, category: undefined, seatsPerSortie: undefined }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = draftToBody(draft, zone, facts);
    if (checked.errors) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    const changes = base ? changedFields(base, checked.body) : null;
    if (changes && Object.keys(changes).length === 0) {
      setErrors({ form: { key: 'nothingChanged' } });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      onDone(base ? await updateOffer(base.id, base.version, changes!) : await createOffer(checked.body));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setConflict(err.message);
      else if (err instanceof ApiError && err.status === 400) setErrors(fieldErrorsFromApi(err.details));
      else setErrors({ form: { key: 'errors.failed', params: { reason: errorText(err, tr, i18n.language).message } } });
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  async function reload() {
    if (!base) return;
    setBusy(true);
    try {
      const fresh = await getOffer(base.id);
      setBase(fresh);
      setDraft(draftFromOffer(fresh, zone));
      setOtherType(!catalogue.has(fresh.aircraftType));
      setConflict(null);
      setErrors(fresh.status === 'withdrawn' ? { form: { key: 'withdrawn' } } : {});
    } catch (err) {
      setErrors({ form: { key: 'errors.failed', params: { reason: errorText(err, tr, i18n.language).message } } });
    } finally {
      setBusy(false);
    }
  }

  const entry = catalogue.get(draft.aircraftType);
  const facts = partner && draft.aircraftType.trim() ? deriveCategory(partner, entry) : null;
  const maxSeats = entry ? maxSeatsOf(entry) : null;
  const seatsError = word(errors.seatsPerSortie ?? seatsOverMax(draft.seatsPerSortie, facts));
  const typeError = word(errors.aircraftType ?? (facts && !facts.ok && facts.field === 'aircraftType' ? factMsg(facts) : undefined));
  const categoryError = word(errors.category ?? (facts && !facts.ok && facts.field === 'category' ? factMsg(facts) : undefined));
  const categoryText = facts?.ok ? category(facts.category) : '';
  const categoryWhy = !partner ? t('categoryWhy.noPartner')
    : !draft.aircraftType.trim() ? t('categoryWhy.fromType', { partner: partner.name, categories: partner.categories.map((c) => tr(`offers:categoryWord.${c}`)).join(t('or')) || t('noCategory') })
      : facts?.ok ? t('categoryWhy.derived', { why: word({ key: `facts.${facts.whyWords.code}`, params: facts.whyWords.params }) }) : undefined;
  const firstOrigin = byId.get(draft.originAirportIds[0] ?? '');
  const localZone = zoneOfCountry(firstOrigin?.country);
  const timeHint = (local: string) => {
    const utc = zonedToUtc(local, zone);
    if (!utc) return null;
    const also = [...new Set(['UTC', localZone])].filter((z) => z !== zone);
    return also.map((z) => (z === localZone && z !== 'UTC' ? t('atOrigin', { time: formatInZone(utc, z, i18n.language), origin: firstOrigin ? airportLabel(firstOrigin, firstOrigin.id) : t('theOrigin') }) : formatInZone(utc, z, i18n.language))).join(' · ');
  };
  const d = (id: Exclude<keyof OfferDraft, 'departures' | 'seatShare'>) => describe(`offer-${id}`, word(errors[id]));
  const title = base ? t('editTitle', { type: base.aircraftType }) : t('newTitle');

  return (
    <form ref={formRef} className="offer-form" onSubmit={submit} aria-label={title} noValidate>
      <div className="offer-form-head">
        <h2>{title}</h2>
        {base && <span className="hint">{t('version', { v: base.version })}</span>}
      </div>
      {base && base.status !== 'submitted' && (
        <p className="alert alert-info">{t('decided', { status: tr(`offers:status.${base.status}`) })}</p>
      )}
      {conflict && (
        <div className="alert alert-error conflict-alert" role="alert">
          <div>
            <Trans t={t} i18nKey="conflict" values={{ detail: conflict.replace(/[.;\s]*$/, '.') }} components={{ strong: <strong /> }} />
          </div>
          <div className="conflict-actions">
            <button type="button" className="btn" onClick={() => void reload()} disabled={busy}>{t('reload')}</button>
            <button type="button" className="btn btn-ghost" onClick={() => setConflict(null)}>{t('keepEdits')}</button>
          </div>
        </div>
      )}

      <fieldset className="offer-fieldset">
        <legend>{t('aircraft')}</legend>
        <Field id="offer-aircraftType" label={t('type')} error={typeError}
          hint={entry ? [t('catalogue', { seats: entry.seats ?? '—' }), entry.maxPaxEvac ? t('catalogueEvac', { n: entry.maxPaxEvac }) : '', entry.minRunwayM ? t('catalogueRunway', { m: entry.minRunwayM }) : ''].join('') : t('typeHint')}>
          <select {...describe('offer-aircraftType', typeError)} value={otherType ? OTHER : draft.aircraftType} onChange={(e) => pickType(e.target.value)}>
            <option value="">{t('choose')}</option>
            {CATEGORY_ORDER.filter((cat) => allowed.some((a) => a.category === cat)).map((cat) => (
              <optgroup key={cat} label={category(cat)}>
                {allowed.filter((a) => a.category === cat).map((a) => <option key={a.type} value={a.type}>{a.type}{a.seats ? ` — ${t('seats', { n: a.seats })}` : ''}</option>)}
              </optgroup>
            ))}
            <option value={OTHER} disabled={!otherAllowed}>{otherAllowed ? t('other') : t('otherNotAllowed')}</option>
          </select>
        </Field>
        {otherType && (
          <Field id="offer-aircraftType-other" label={t('otherType')} error={undefined} hint={t('otherHint')}>
            <input id="offer-aircraftType-other" value={draft.aircraftType} maxLength={200} onChange={(e) => set('aircraftType', e.target.value)} />
          </Field>
        )}
        <div className="field-row cols-2">
          <Field id="offer-category" label={t('category')} error={categoryError} hint={categoryWhy}>
            <input {...describe('offer-category', categoryError)} className="derived" readOnly value={categoryText} placeholder="—" />
          </Field>
          <Field id="offer-seatsPerSortie" label={t('seatsPerSortie')} error={seatsError} hint={seatsError ? undefined : maxSeats !== null ? t('atMost', { n: maxSeats }) : otherType ? t('unchecked') : undefined}>
            <input {...describe('offer-seatsPerSortie', seatsError)} inputMode="numeric" value={draft.seatsPerSortie} onChange={(e) => set('seatsPerSortie', e.target.value)} />
          </Field>
        </div>
        {draft.seatShare ? (
          <Field id="offer-sorties" label={t('sorties')} error={word(errors.sorties)}>
            <input {...d('sorties')} className="derived" readOnly value={t('seatShare.sortiesFromDepartures', { count: draft.departures.length })} />
          </Field>
        ) : (
          <div className="field-row cols-3">
            <Field id="offer-aircraftCount" label={t('aircraftCount')} error={word(errors.aircraftCount)}>
              <input {...d('aircraftCount')} inputMode="numeric" value={draft.aircraftCount} onChange={(e) => set('aircraftCount', e.target.value)} />
            </Field>
            <Field id="offer-sorties" label={t('sorties')} error={word(errors.sorties)}>
              <input {...d('sorties')} inputMode="numeric" value={draft.sorties} onChange={(e) => set('sorties', e.target.value)} />
            </Field>
            <Field id="offer-turnaroundHours" label={t('turnaround')} error={word(errors.turnaroundHours)}>
              <input {...d('turnaroundHours')} inputMode="decimal" value={draft.turnaroundHours} onChange={(e) => set('turnaroundHours', e.target.value)} />
            </Field>
          </div>
        )}
      </fieldset>

      <fieldset className="offer-fieldset">
        <legend>{t('when')}</legend>
        <ZoneSelect zone={zone} onChange={changeZone} />
        <div className="field-row">
          <Field id="offer-availableFrom" label={t('from', { zone })} error={word(errors.availableFrom)} hint={timeHint(draft.availableFrom)}>
            <input {...d('availableFrom')} type="datetime-local" value={draft.availableFrom} onChange={(e) => set('availableFrom', e.target.value)} />
          </Field>
          <Field id="offer-availableTo" label={t('to', { zone })} error={word(errors.availableTo)} hint={timeHint(draft.availableTo)}>
            <input {...d('availableTo')} type="datetime-local" value={draft.availableTo} onChange={(e) => set('availableTo', e.target.value)} />
          </Field>
        </div>
      </fieldset>

      <fieldset className="offer-fieldset">
        <legend>{t('where')}</legend>
        <Field id="offer-originAirportIds" label={t('origins')} error={word(errors.originAirportIds)}>
          <OriginPicker airports={airports} value={draft.originAirportIds} onChange={(ids) => set('originAirportIds', ids)}
            invalid={!!errors.originAirportIds} describedBy={errors.originAirportIds ? 'offer-originAirportIds-error' : undefined} />
        </Field>
        <Field id="offer-destinationAirportId" label={t('destination')} error={word(errors.destinationAirportId)}>
          <select {...d('destinationAirportId')} value={draft.destinationAirportId} onChange={(e) => set('destinationAirportId', e.target.value)}>
            <option value="">{t('choose')}</option>
            {[...new Set(airports.map((a) => a.country))].sort().map((c) => (
              <optgroup key={c} label={c}>
                {airports.filter((a) => a.country === c).sort((a, b) => a.name.localeCompare(b.name)).map((a) => (
                  <option key={a.id} value={a.id}>{airportTitle(a, a.id)}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
      </fieldset>

      <SeatShareFields on={draft.seatShare} rows={draft.departures} origins={draft.originAirportIds} airports={byId} zone={zone}
        error={errors.departures}
        onToggle={(on) => setDraft((x) => ({ ...x, seatShare: on, departures: on && x.departures.length === 0 ? [{ originAirportId: x.originAirportIds.length === 1 ? x.originAirportIds[0]! : '', departAt: '' }] : x.departures }))}
        onChange={(rows) => set('departures', rows)} />

      <Field id="offer-note" label={t('note')} error={word(errors.note)} hint={t('noteHint')}>
        <textarea {...d('note')} rows={3} maxLength={2000} value={draft.note} onChange={(e) => set('note', e.target.value)} />
      </Field>

      {errors.form && <div className="alert alert-error form-error" role="alert">{word(errors.form)}</div>}
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel} disabled={busy}>{t('cancel')}</button>
        <button type="submit" className="btn btn-primary" disabled={busy || !!conflict}>{busy ? t('saving') : base ? t('save') : t('submit')}</button>
      </div>
    </form>
  );
}
