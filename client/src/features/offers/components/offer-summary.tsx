import { useTranslation } from 'react-i18next';
import type { Airport, LiftOffer } from '../../../../../shared/schemas/domain.ts';
import { FLAG_TEXT } from '../../../../../shared/offers/offer-facts.ts';
import { airportLabel, airportTitle } from '../../../../../shared/plan/snapshot.ts';
import { formatInZone } from '../form/time-zones.ts';
import { useFormat } from '../../../i18n/format.ts';


/** "ICN Incheon International Airport", a seaport by its name: for lists of the portal. */
export const placeTitle = (id: string, airports: Map<string, Airport>): string => airportTitle(airports.get(id), id, ' ');
const code = (id: string, airports: Map<string, Airport>) => airportLabel(airports.get(id), id);

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
        <span title={offer.originAirportIds.map((id) => placeTitle(id, airports)).join(', ')}>
          {offer.originAirportIds.map((id) => code(id, airports)).join(' / ')}
        </span>
        {' → '}
        <span title={placeTitle(offer.destinationAirportId, airports)}>{code(offer.destinationAirportId, airports)}</span>
      </td>
    </>
  );
}
