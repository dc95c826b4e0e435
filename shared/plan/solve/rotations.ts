import type { LiftOffer, Sortie } from '../../schemas/domain.ts';
import type { OfferRotation, RotationLeg } from '../../schemas/rotations.ts';
import { HOUR_MS } from '../snapshot.ts';
import { pushTo } from '../multimap.ts';

/** What a rotation needs of an offer and a sortie (the tasking reads only these). */
export type RotationOffer = Pick<LiftOffer, 'id' | 'aircraftType' | 'aircraftCount' | 'turnaroundHours'>;
export type RotationSortie = Pick<Sortie, 'id' | 'offerId' | 'originAirportId' | 'destinationAirportId' | 'departAt'>;

/**
 * Assigns each sortie to an airframe of its offer (tail 1 … aircraftCount). An airframe that
 * departs at t may depart again at t + turnaroundHours — the validator's rule (at most
 * aircraftCount departures in any window [t, t + turnaround)) read per airframe, so every sortie
 * gets a tail exactly when that rule holds. Sorties in departure order take the lowest-numbered
 * free tail (first fit): for intervals of equal length in start order this never needs more
 * airframes than the busiest window, and it commits as few of the partner's aircraft as possible.
 * Deterministic: ties in time are broken by sortie id.
 */
export function assignRotations(offers: readonly RotationOffer[], sorties: readonly RotationSortie[]): OfferRotation[] {
  const offersById = new Map(offers.map((o) => [o.id, o]));
  const byOffer = new Map<string, RotationSortie[]>();
  for (const s of sorties) pushTo(byOffer, s.offerId, s);
  const result: OfferRotation[] = [];
  for (const offerId of [...byOffer.keys()].sort()) {
    const list = byOffer.get(offerId)!;
    const offer = offersById.get(offerId);
    if (!offer) {
      result.push({
        offerId, aircraftType: null, aircraftCount: 0, turnaroundHours: 0, tails: [],
        unassigned: [...list].sort(byId).map((s) => ({ sortieId: s.id, reason: 'unknown_offer' as const })),
      });
      continue;
    }
    result.push(rotate(offer, list));
  }
  return result;
}

const byId = (a: RotationSortie, b: RotationSortie) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function rotate(offer: RotationOffer, list: readonly RotationSortie[]): OfferRotation {
  const span = offer.turnaroundHours * HOUR_MS;
  const unassigned: OfferRotation['unassigned'] = [];
  const timed: { s: RotationSortie; t: number }[] = [];
  for (const s of list) {
    const t = Date.parse(s.departAt);
    if (Number.isNaN(t)) unassigned.push({ sortieId: s.id, reason: 'invalid_time' });
    else timed.push({ s, t });
  }
  timed.sort((a, b) => a.t - b.t || byId(a.s, b.s));
  const freeAt: number[] = Array.from({ length: offer.aircraftCount }, () => -Infinity);
  const legs: RotationLeg[][] = freeAt.map(() => []);
  for (const { s, t } of timed) {
    const k = freeAt.findIndex((f) => f <= t);
    if (k < 0) { unassigned.push({ sortieId: s.id, reason: 'no_free_aircraft' }); continue; }
    freeAt[k] = t + span;
    legs[k]!.push({
      sortieId: s.id, originAirportId: s.originAirportId, destinationAirportId: s.destinationAirportId,
      departAt: s.departAt, readyAgainAt: new Date(t + span).toISOString(),
    });
  }
  return {
    offerId: offer.id, aircraftType: offer.aircraftType, aircraftCount: offer.aircraftCount,
    turnaroundHours: offer.turnaroundHours,
    tails: legs.map((l, i) => ({ tail: i + 1, legs: l })).filter((x) => x.legs.length > 0),
    unassigned,
  };
}

/** sortieId → its tail number, for labels ("C-17 #2"). */
export function tailsBySortie(rotations: readonly OfferRotation[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rotations) for (const t of r.tails) for (const l of t.legs) out.set(l.sortieId, t.tail);
  return out;
}

/** The same airframe's next departure after a sortie ("back for ICN 14:00"), or null when it is its last. */
export function nextLegOf(rotations: readonly OfferRotation[], sortieId: string): RotationLeg | null {
  for (const r of rotations) {
    for (const t of r.tails) {
      const i = t.legs.findIndex((l) => l.sortieId === sortieId);
      if (i >= 0) return t.legs[i + 1] ?? null;
    }
  }
  return null;
}

/**
 * "C-130J-30 #2": the model designation (the first word with a digit, so "Lockheed Martin C-130J-30
 * Super Hercules (USAF; RAF)" prints short) and the tail; the whole type when it has no such word.
 */
export function airframeLabel(aircraftType: string, tail: number | null): string {
  const bare = aircraftType.replace(/\s*\(.*$/, '');
  const model = bare.split(/\s+/).find((w) => /\d/.test(w)) ?? bare;
  return tail === null ? model : `${model} #${tail}`;
}
