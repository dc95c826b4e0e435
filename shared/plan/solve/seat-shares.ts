/**
 * The matcher plans a seat-share offer (shared/offers/seat-share.ts) as one single-sortie offer per fixed
 * departure: one origin, one clock-hour slot, one aircraft. So the candidates, the LP, the greedy and the
 * decoder need no second code path, and "each departure at most once, at its own time" holds by
 * construction. People must be ready by the start of the departure's clock hour (a departure at 09:30 takes
 * those ready by 09:00): the grid is hourly, and earlier is never wrong. `restore` gives the plan back in
 * the offer's own terms: its id, each sortie at the partner's exact time.
 */
import type { LiftOffer, Sortie } from '../../schemas/domain.ts';
import { departureOf } from '../../offers/seat-share.ts';
import { HOUR_MS, type PlanInput, type PlanningSnapshot } from '../snapshot.ts';

interface Departure { offerId: string; originAirportId: string; departAt: string }

export interface SeatShareExpansion {
  snapshot: PlanningSnapshot;
  /** Sorties of the real offers in the expanded terms (locked, fixed or a whole plan to explain). */
  toExpanded(sorties: readonly Sortie[]): Sortie[];
  toExpanded(sorties: readonly Sortie[] | undefined): Sortie[] | undefined;
  restore(plan: PlanInput): PlanInput;
}

const hourOf = (iso: string): string => new Date(Math.floor(Date.parse(iso) / HOUR_MS) * HOUR_MS).toISOString();
const virtualId = (offerId: string, i: number) => `${offerId}~${i + 1}`;

export function expandSeatShares(snapshot: PlanningSnapshot): SeatShareExpansion {
  const byVirtual = new Map<string, Departure>();
  const shared = new Map<string, LiftOffer>();
  const offers: LiftOffer[] = [];
  for (const offer of snapshot.offers) {
    const departures = offer.seatShare?.departures ?? [];
    if (departures.length === 0) { offers.push(offer); continue; }
    shared.set(offer.id, offer);
    departures.forEach((d, i) => {
      const id = virtualId(offer.id, i);
      byVirtual.set(id, { offerId: offer.id, ...d });
      const slot = hourOf(d.departAt);
      offers.push({
        ...offer, id, seatShare: null, sorties: 1, aircraftCount: 1,
        originAirportIds: [d.originAirportId], availableFrom: slot, availableTo: slot,
      });
    });
  }
  if (shared.size === 0) return { snapshot, toExpanded: ((s: Sortie[] | undefined) => s) as SeatShareExpansion['toExpanded'], restore: (p) => p };

  function toExpanded(sorties: readonly Sortie[] | undefined): Sortie[] | undefined {
    return sorties?.map((s) => {
      const offer = shared.get(s.offerId);
      const i = offer ? departureOf(offer, s.originAirportId, Date.parse(s.departAt)) : undefined;
      // A sortie at no listed departure stays as it is: the validator names it (seat_share_departure).
      return offer && i !== undefined ? { ...s, offerId: virtualId(offer.id, i), departAt: hourOf(s.departAt) } : s;
    });
  }
  const restore = (plan: PlanInput): PlanInput => ({
    ...plan,
    sorties: plan.sorties.map((s) => {
      const d = byVirtual.get(s.offerId);
      return d ? { ...s, offerId: d.offerId, departAt: new Date(Date.parse(d.departAt)).toISOString() } : s;
    }),
  });
  return { snapshot: { ...snapshot, offers }, toExpanded: toExpanded as SeatShareExpansion['toExpanded'], restore };
}
