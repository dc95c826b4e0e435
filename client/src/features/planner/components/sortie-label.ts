import type { LiftOffer, Partner, Sortie } from '../../../../../shared/schemas/domain.ts';
import { seatsUsed } from '../edit/plan-edits.ts';
import { fmtTime } from './format.ts';

export interface Lookup {
  offers: Map<string, LiftOffer>;
  partners: Map<string, Partner>;
  airportLabel: (id: string) => string;
  areaName: (id: string) => string;
}

export function offerName(offer: LiftOffer | undefined, l: Lookup): string {
  if (!offer) return 'unknown offer';
  const partner = l.partners.get(offer.partnerId);
  return `${partner?.name ?? offer.partnerId} · ${offer.aircraftType}`;
}

/** "04-02 06:00Z ICN→FUK · USAF C-17 · 80/102" */
export function sortieLabel(s: Sortie, l: Lookup): string {
  const offer = l.offers.get(s.offerId);
  return `${fmtTime(s.departAt)} ${l.airportLabel(s.originAirportId)}→${l.airportLabel(s.destinationAirportId)} · ${offerName(offer, l)} · ${seatsUsed(s)}/${offer?.seatsPerSortie ?? '?'}`;
}

/** datetime-local values are read and written as UTC. */
export const toLocalInput = (iso: string) => new Date(iso).toISOString().slice(0, 16);
export const fromLocalInput = (v: string) => new Date(`${v}:00Z`).toISOString();
