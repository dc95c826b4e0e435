import { useTranslation } from 'react-i18next';
import type { Sortie } from '../../../../../shared/schemas/domain.ts';
import { useFormat } from '../../../i18n/format.ts';
import { setDeparture, setLocked } from '../edit/plan-edits.ts';
import { offerName, type Lookup } from '../components/sortie-label.ts';
import { shortName } from '../map-view/short-name.ts';
import { DragHandle } from '../drag-move/drag-handle.tsx';

interface Props {
  sortie: Sortie;
  lookup: Lookup;
  /** Airport code, or a seaport's short name. */
  place: (id: string) => string;
  tail: number | undefined;
  /** Estimated landing, from the map's flight-time model. */
  arriveMs: number | undefined;
  editable: boolean;
  apply: (edit: (s: Sortie[]) => Sortie[]) => void;
  onAirport: (id: string) => void;
  onArea: (id: string) => void;
  onClose: () => void;
}

const HOUR = 3_600_000;

/** The selected sortie in words: route, times, aircraft, who is aboard; lock it, shift it, or open its airport. */
export function SortieDetail({ sortie, lookup, place, tail, arriveMs, editable, apply, onAirport, onArea, onClose }: Props) {
  const { t } = useTranslation('schedule');
  const f = useFormat();
  const offer = lookup.offers.get(sortie.offerId);
  const aboard = sortie.allocations.reduce((n, a) => n + a.passengers, 0);
  const allLocked = sortie.allocations.length > 0 && sortie.allocations.every((a) => a.locked);
  const lockAll = (locked: boolean) => apply((list) => sortie.allocations.reduce((acc, a) => setLocked(acc, sortie.id, a.assemblyAreaId, locked), list));
  const shift = (hours: number) => apply((list) => setDeparture(list, sortie.id, new Date(Date.parse(sortie.departAt) + hours * HOUR).toISOString()));
  return (
    <section className="sortie-detail" aria-label={t('detail.label')} data-testid="sortie-detail">
      <div className="sortie-detail-head">
        <h3>{place(sortie.originAirportId)} → {place(sortie.destinationAirportId)}</h3>
        <button type="button" className="btn-link" onClick={onClose}>{t('detail.close')}</button>
      </div>
      <p>{offerName(offer, lookup)}{tail ? ` · ${t('detail.tail', { tail })}` : ''}</p>
      <dl className="sortie-facts">
        <dt>{t('detail.departs')}</dt><dd>{f.dateTime(sortie.departAt)}</dd>
        <dt>{t('detail.lands')}</dt><dd>{arriveMs ? f.dateTime(new Date(arriveMs).toISOString()) : '–'}</dd>
        <dt>{t('detail.aboard')}</dt><dd>{t('detail.seats', { n: f.number(aboard), seats: f.number(offer?.seatsPerSortie ?? 0) })}</dd>
      </dl>
      <ul className="sortie-areas">
        {sortie.allocations.map((a) => (
          <li key={a.assemblyAreaId}>
            {editable && a.passengers > 0 && <DragHandle areaId={a.assemblyAreaId} fromSortieId={sortie.id} />}
            <button type="button" className="btn-link" title={lookup.areaName(a.assemblyAreaId)} onClick={() => onArea(a.assemblyAreaId)}>{shortName(lookup.areaName(a.assemblyAreaId), 32)}</button>
            <span className="num">{f.number(a.passengers)}</span>{a.locked && <span className="chip chip-locked">{t('detail.locked')}</span>}
          </li>
        ))}
      </ul>
      <div className="row actions">
        <button type="button" className="btn btn-small" onClick={() => onAirport(sortie.originAirportId)}>{t('detail.openAirport', { airport: place(sortie.originAirportId) })}</button>
        {editable && sortie.allocations.length > 0 && (
          <button type="button" className="btn btn-small" aria-pressed={allLocked} onClick={() => lockAll(!allLocked)}>{allLocked ? t('detail.unlock') : t('detail.lock')}</button>
        )}
        {editable && <button type="button" className="btn btn-small" onClick={() => shift(-1)}>{t('detail.earlier')}</button>}
        {editable && <button type="button" className="btn btn-small" onClick={() => shift(1)}>{t('detail.later')}</button>}
      </div>
      {editable && <p className="hint">{t('detail.checked')}</p>}
    </section>
  );
}
