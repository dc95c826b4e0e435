import type { Airport, LiftOffer } from '../../../../../shared/schemas/domain.ts';
import { FLAG_TEXT } from '../../../../../shared/offers/offer-facts.ts';
import { formatInZone } from '../form/time-zones.ts';

export const CATEGORY_LABEL = { sdf: 'SDF (Japan)', foreign_military: 'Foreign military', civil: 'Civil' } as const;

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
  return (
    <>
      <td>
        <div className="offer-aircraft">{offer.aircraftType}</div>
        <div className="hint">{CATEGORY_LABEL[offer.category]} · {offer.aircraftCount} aircraft · {offer.turnaroundHours} h turnaround</div>
        {(offer.flags ?? []).map((f) => <div key={f} className="offer-flag" role="note">⚑ {FLAG_TEXT[f]}</div>)}
      </td>
      <td className="num">
        <div>{(offer.seatsPerSortie * offer.sorties).toLocaleString('en-US')}</div>
        <div className="hint">{offer.seatsPerSortie} × {offer.sorties} sorties</div>
      </td>
      <td className="offer-window">
        <div>{formatInZone(offer.availableFrom, zone)}</div>
        <div>→ {formatInZone(offer.availableTo, zone)}</div>
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
