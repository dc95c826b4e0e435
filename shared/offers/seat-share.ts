/**
 * Seat shares (issue 15): a partner offers seats on sorties it flies anyway, at departures it fixes. Pure:
 * the server checks every offer write with `seatShareProblem`, the liaison form checks in place with it,
 * and the validator and the matcher read the departures through `seatShareSlots`.
 */
import type { LiftOffer, SeatShareDeparture } from '../schemas/domain.ts';

/** Two listings of one departure closer than this are the same departure. */
export const SAME_DEPARTURE_MS = 60_000;

export type SeatShareFields = Pick<LiftOffer, 'sorties' | 'originAirportIds' | 'availableFrom' | 'availableTo'> & Pick<Partial<LiftOffer>, 'seatShare'>;

export type SeatShareCode = 'origin_not_listed' | 'outside_window' | 'listed_twice' | 'sorties_mismatch';
export interface SeatShareProblem { field: string; code: SeatShareCode; reason: string; params: Record<string, string | number> }

export const isSeatShare = (o: Pick<Partial<LiftOffer>, 'seatShare'>): boolean => (o.seatShare?.departures.length ?? 0) > 0;

/** The first thing wrong with an offer's seat-share departures (field path under `body.`), or null. */
export function seatShareProblem(o: SeatShareFields): SeatShareProblem | null {
  const departures = o.seatShare?.departures ?? [];
  if (departures.length === 0) return null;
  const from = Date.parse(o.availableFrom);
  const to = Date.parse(o.availableTo);
  const seen: SeatShareDeparture[] = [];
  for (const [i, d] of departures.entries()) {
    const at = `seatShare.departures[${i}]`;
    if (!o.originAirportIds.includes(d.originAirportId)) {
      return { field: `${at}.originAirportId`, code: 'origin_not_listed', reason: `${d.originAirportId} is not one of the offer's origins`, params: { airport: d.originAirportId } };
    }
    const t = Date.parse(d.departAt);
    if (!(t >= from && t <= to)) {
      return { field: `${at}.departAt`, code: 'outside_window', reason: `is outside the offer's window (${o.availableFrom} – ${o.availableTo})`, params: { from: o.availableFrom, to: o.availableTo } };
    }
    if (seen.some((s) => s.originAirportId === d.originAirportId && Math.abs(Date.parse(s.departAt) - t) < SAME_DEPARTURE_MS)) {
      return { field: `${at}.departAt`, code: 'listed_twice', reason: 'lists this departure twice', params: { airport: d.originAirportId } };
    }
    seen.push(d);
  }
  if (o.sorties !== departures.length) {
    return { field: 'sorties', code: 'sorties_mismatch', reason: `must equal the number of seat-share departures (${departures.length})`, params: { count: departures.length } };
  }
  return null;
}

/** The listed departure a sortie of the offer flies, or undefined when it flies none of them. */
export function departureOf(o: Pick<LiftOffer, 'seatShare'>, originAirportId: string, departMs: number): number | undefined {
  const i = (o.seatShare?.departures ?? []).findIndex((d) => d.originAirportId === originAirportId
    && Math.abs(Date.parse(d.departAt) - departMs) < SAME_DEPARTURE_MS);
  return i < 0 ? undefined : i;
}
