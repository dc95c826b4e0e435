import type { LiftOffer, Partner, Sortie } from '../../../../../shared/schemas/domain.ts';
import type { OfferRotation } from '../../../../../shared/schemas/rotations.ts';
import { nextLegOf } from '../../../../../shared/plan/solve/rotations.ts';
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

/** "04-02 06:00Z ICN→FUK · USAF C-17 #2 · 80/102" (the tail when known). */
export function sortieLabel(s: Sortie, l: Lookup, tails?: Map<string, number>): string {
  const offer = l.offers.get(s.offerId);
  const tail = tails?.get(s.id);
  return `${fmtTime(s.departAt)} ${l.airportLabel(s.originAirportId)}→${l.airportLabel(s.destinationAirportId)} · ${offerName(offer, l)}${tail ? ` #${tail}` : ''} · ${seatsUsed(s)}/${offer?.seatsPerSortie ?? '?'}`;
}

/** "Airframe #2 · back for ICN 04-02 14:00Z", "… · last sortie", or why it has none. */
export function rotationLine(s: Sortie, l: Lookup, rotations: readonly OfferRotation[], tails: Map<string, number>): string {
  const tail = tails.get(s.id);
  if (tail === undefined) return 'No airframe free: every aircraft of this offer is still turning around';
  const next = nextLegOf(rotations, s.id);
  return `Airframe #${tail} · ${next ? `back for ${l.airportLabel(next.originAirportId)} ${fmtTime(next.departAt)}` : 'last sortie'}`;
}

/** datetime-local values are read and written as UTC. */
export const toLocalInput = (iso: string) => new Date(iso).toISOString().slice(0, 16);
export const fromLocalInput = (v: string) => new Date(`${v}:00Z`).toISOString();
