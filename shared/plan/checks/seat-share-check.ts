import type { Sortie } from '../../schemas/domain.ts';
import { departureOf, isSeatShare } from '../../offers/seat-share.ts';
import { airportLabel, type SnapshotIndex } from '../snapshot.ts';
import { ViolationRule as R, type Violation } from './violations.ts';

/**
 * A seat-share offer's seats exist only on the partner's own departures: every sortie of it departs at one
 * of them (airport and time), and no departure is planned twice. Its turnaround is the partner's business.
 */
export function checkSeatShares(idx: SnapshotIndex, sorties: readonly Sortie[], out: Violation[]): void {
  const taken = new Map<string, string>();
  for (const s of sorties) {
    const offer = idx.offers.get(s.offerId);
    if (!offer || !isSeatShare(offer)) continue;
    const airport = airportLabel(idx.airports.get(s.originAirportId), s.originAirportId);
    const partner = idx.partners.get(offer.partnerId)?.name ?? offer.partnerId;
    const offerName = `${partner} ${offer.aircraftType}`;
    const i = departureOf(offer, s.originAirportId, Date.parse(s.departAt));
    const base = { sortieId: s.id, offerId: offer.id, airportId: s.originAirportId };
    if (i === undefined) {
      out.push({ rule: R.seatShareDeparture, message: `Sortie ${s.id} departs ${airport} at ${s.departAt}, but ${offerName} offers seats only on its own departures.`, ...base, params: { sortie: s.id, airport, time: s.departAt, offer: offerName } });
      continue;
    }
    const key = `${offer.id}|${i}`;
    const first = taken.get(key);
    if (first !== undefined) {
      out.push({ rule: R.seatShareTwice, message: `Sorties ${first} and ${s.id} both use ${offerName}'s departure from ${airport} at ${s.departAt}.`, ...base, params: { sortie: s.id, other: first, airport, time: s.departAt, offer: offerName } });
    } else taken.set(key, s.id);
  }
}
