import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { Airport, LiftOffer, Scenario, Sortie } from '../../../../../shared/schemas/domain.ts';
import { addSortie, removeSortie, seatsUsed, setDeparture, setLocked, setPassengers } from '../edit/plan-edits.ts';
import type { AirportProps } from '../map/to-geojson.ts';
import type { Violation } from '../api/plan-types.ts';
import { AirportDetails } from './registry-details.tsx';
import { ViolationText } from './violation-text.tsx';
import { fromLocalInput, offerName, rotationLine, toLocalInput, type Lookup } from './sortie-label.ts';
import { useRotations } from '../hooks/use-rotations.ts';

interface Props {
  airport: Airport;
  props: AirportProps | undefined;
  scenario: Scenario;
  sorties: Sortie[];
  lookup: Lookup;
  violations: Violation[];
  editable: boolean;
  apply: (edit: (s: Sortie[]) => Sortie[]) => void;
  onError: (e: unknown) => void;
  onArea: (id: string) => void;
}

/** One airport: its sorties and their passengers; add or remove a sortie, change times, counts, locks. */
export function AirportEditor({ airport, props, scenario, sorties, lookup, violations, editable, apply, onError, onArea }: Props) {
  const { t } = useTranslation('planner', { keyPrefix: 'airport' });
  const f = useFormat();
  const here = sorties.filter((s) => s.originAirportId === airport.id).sort((a, b) => a.departAt.localeCompare(b.departAt));
  const run = (edit: (s: Sortie[]) => Sortie[]) => { try { apply(edit); } catch (e) { onError(e); } };
  const { rotations, tails } = useRotations(lookup, sorties);
  return (
    <section aria-label={t('label', { name: airport.name })}>
      <h2>{t('title')}</h2>
      <h3>{airport.iata ?? airport.icao ?? airport.id} — {airport.name}</h3>
      <p className="muted">{airport.country} · {airport.zone} · {airport.runwayM ? t('runway', { m: f.number(airport.runwayM) }) : t('runwayUnknown')} · {t('perHour', { n: airport.departuresPerHour })}</p>
      {props && props.state !== 'open' && <p className="alert alert-error">{t('closed', { reason: props.closedReason })}</p>}
      {props && props.sdf !== 'allowed' && <p className="alert sdf-alert">{t(props.sdf === 'denied' ? 'sdfDenied' : 'sdfPartly', { reason: props.sdfReason })}</p>}
      {violations.length > 0 && (
        <ul className="list violations compact">{violations.map((v, i) => <li key={i}><span className="rule-tag">!</span><ViolationText violation={v} /></li>)}</ul>
      )}
      <h3>{t('sorties', { count: here.length })}</h3>
      <ul className="list sorties">
        {here.map((s) => {
          const offer = lookup.offers.get(s.offerId);
          return (
            <li key={s.id} data-sortie={s.id}>
              <div className="list-head">
                <span><strong>{lookup.airportLabel(s.originAirportId)}→{lookup.airportLabel(s.destinationAirportId)}</strong> · {offerName(offer, lookup)}{tails.has(s.id) ? ` #${tails.get(s.id)}` : ''}</span>
                <span className="num">{seatsUsed(s)}/{offer?.seatsPerSortie ?? '?'}</span>
              </div>
              <div className={tails.has(s.id) ? 'hint rotation' : 'hint rotation field-error'} data-tail={tails.get(s.id) ?? ''}>{rotationLine(s, lookup, rotations, tails)}</div>
              <div className="row">
                <label className="inline">{t('departs')}
                  <input type="datetime-local" value={toLocalInput(s.departAt)} disabled={!editable}
                    onChange={(e) => e.target.value && run((x) => setDeparture(x, s.id, fromLocalInput(e.target.value)))} />
                </label>
                {editable && <button type="button" className="btn btn-small btn-danger" onClick={() => run((x) => removeSortie(x, s.id))}>{t('remove')}</button>}
              </div>
              {s.allocations.length === 0 && <div className="hint">{t('empty')}</div>}
              {s.allocations.map((a) => (
                <div key={a.assemblyAreaId} className="alloc-row">
                  <button type="button" className="btn-link" onClick={() => onArea(a.assemblyAreaId)}>{lookup.areaName(a.assemblyAreaId)}</button>
                  <input type="number" min={0} value={a.passengers} disabled={!editable} aria-label={t('peopleOn', { area: lookup.areaName(a.assemblyAreaId), sortie: s.id })}
                    onChange={(e) => run((x) => setPassengers(x, s.id, a.assemblyAreaId, Number(e.target.value)))} />
                  <button type="button" className={`btn btn-small lock ${a.locked ? 'is-locked' : ''}`} disabled={!editable} aria-pressed={a.locked}
                    onClick={() => run((x) => setLocked(x, s.id, a.assemblyAreaId, !a.locked))}>{a.locked ? t('locked') : t('lock')}</button>
                </div>
              ))}
            </li>
          );
        })}
      </ul>
      {editable && <AddSortieForm airport={airport} scenario={scenario} lookup={lookup} onAdd={(s) => run((x) => addSortie(x, s))} />}
      <AirportDetails id={airport.id} />
    </section>
  );
}

function defaultDeparture(scenario: Scenario, offer: LiftOffer | undefined): string {
  const start = Date.parse(scenario.startsAt) + 6 * 3_600_000;
  const from = offer ? Date.parse(offer.availableFrom) : start;
  const t = Math.max(start, from);
  return new Date(Math.ceil(t / 3_600_000) * 3_600_000).toISOString();
}

function AddSortieForm({ airport, scenario, lookup, onAdd }: {
  airport: Airport; scenario: Scenario; lookup: Lookup;
  onAdd: (s: { offerId: string; originAirportId: string; destinationAirportId: string; departAt: string }) => void;
}) {
  const { t } = useTranslation('planner', { keyPrefix: 'airport' });
  const { t: tr } = useTranslation();
  const f = useFormat();
  const accepted = [...lookup.offers.values()].filter((o) => o.status === 'accepted');
  const fromHere = accepted.filter((o) => o.originAirportIds.includes(airport.id));
  const others = accepted.filter((o) => !o.originAirportIds.includes(airport.id));
  const [offerId, setOfferId] = useState('');
  const offer = lookup.offers.get(offerId);
  const [when, setWhen] = useState<string | null>(null);
  const departAt = when ?? defaultDeparture(scenario, offer);
  return (
    <form className="add-form" onSubmit={(e) => {
      e.preventDefault();
      if (!offer) return;
      onAdd({ offerId: offer.id, originAirportId: airport.id, destinationAirportId: offer.destinationAirportId, departAt });
      setWhen(null);
    }}>
      <h3>{t('addTitle', { airport: airport.iata ?? airport.icao ?? airport.id })}</h3>
      <select value={offerId} onChange={(e) => { setOfferId(e.target.value); setWhen(null); }} aria-label={t('addOffer')}>
        <option value="">{t('chooseOffer')}</option>
        {fromHere.length > 0 && <optgroup label={t('fromHere')}>{fromHere.map((o) => <option key={o.id} value={o.id}>{t('offerOption', { offer: offerName(o, lookup), category: tr(`offers:categoryWord.${o.category}`), seats: o.seatsPerSortie })}</option>)}</optgroup>}
        {others.length > 0 && <optgroup label={t('otherOffers')}>{others.map((o) => <option key={o.id} value={o.id}>{t('offerOption', { offer: offerName(o, lookup), category: tr(`offers:categoryWord.${o.category}`), seats: o.seatsPerSortie })}</option>)}</optgroup>}
      </select>
      <div className="row">
        <label className="inline">{t('departs')}
          <input type="datetime-local" value={toLocalInput(departAt)} onChange={(e) => e.target.value && setWhen(fromLocalInput(e.target.value))} />
        </label>
        <button type="submit" className="btn btn-small" disabled={!offer}>{t('add')}</button>
      </div>
      {offer && <p className="hint">{t('fliesTo', { airport: lookup.airportLabel(offer.destinationAirportId), from: f.shortTime(offer.availableFrom), to: f.shortTime(offer.availableTo) })}</p>}
    </form>
  );
}
