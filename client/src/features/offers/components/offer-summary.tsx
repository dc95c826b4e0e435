import { useTranslation } from 'react-i18next';
import type { Airport, LiftOffer } from '../../../../../shared/schemas/domain.ts';
import { FLAG_TEXT } from '../../../../../shared/offers/offer-facts.ts';
import { formatInZone } from '../form/time-zones.ts';
import { useFormat } from '../../../i18n/format.ts';


export const airportLabel = (id: string, airports: Map<string, Airport>): string => {
  const a = airports.get(id);
  return a ? `${a.iata ?? a.icao ?? a.id} ${a.name}` : id;
};
const code = (id: string, airports: Map<string, Airport>) => {
  const a = airports.get(id);
  return a?.iata ?? a?.icao ?? id;
};

/** The cells every offer table shows: aircraft, capacity, window (in the chosen zone) and route. */
export function OfferCells({ offer, airports, zone }: { offer: LiftOffer; airports: Map<string, Airport>; zone: string }) {
  const { t, i18n } = useTranslation('offers');
  const f = useFormat();
  return (
    <>
      <td>
        <div className="offer-aircraft">{offer.aircraftType}</div>
        <div className="hint">{t(`category.${offer.category}`)} · {t('cells.aircraft', { count: offer.aircraftCount })} · {t('cells.turnaround', { h: offer.turnaroundHours })}</div>
        {(offer.flags ?? []).map((flag) => <div key={flag} className="offer-flag" role="note">⚑ {t(`flag.${flag}`, { defaultValue: FLAG_TEXT[flag] })}</div>)}
      </td>
      <td className="num">
        <div>{f.number(offer.seatsPerSortie * offer.sorties)}</div>
        <div className="hint">{t('cells.seats', { seats: offer.seatsPerSortie, count: offer.sorties })}</div>
      </td>
      <td className="offer-window">
        <div>{formatInZone(offer.availableFrom, zone, i18n.language)}</div>
        <div>→ {formatInZone(offer.availableTo, zone, i18n.language)}</div>
      </td>
      <td>
        <span title={offer.originAirportIds.map((id) => airportLabel(id, airports)).join(', ')}>
          {offer.originAirportIds.map((id) => code(id, airports)).join(' / ')}
        </span>
        {' → '}
        <span title={airportLabel(offer.destinationAirportId, airports)}>{code(offer.destinationAirportId, airports)}</span>
      </td>
    </>
  );
}
