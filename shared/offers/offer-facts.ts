/**
 * An offer's operator category is a fact of its partner and its aircraft type, never a free choice: that
 * is what keeps "no SDF aircraft where the host nation denies it" unbreakable. Pure: the server checks
 * every write with it (and the database trigger of migration 20261201000100 applies the same rule), the
 * liaison form derives the category and the seat cap with it.
 */
import type { OperatorCategory } from '../schemas/common.ts';
import type { OfferFlag } from '../schemas/domain.ts';

export const CATEGORY_NAME: Readonly<Record<OperatorCategory, string>> = {
  sdf: 'SDF (Japan)', foreign_military: 'foreign military', civil: 'civil',
};

export interface PartnerFacts { name: string; categories: readonly OperatorCategory[] }
export interface TypeFacts { type: string; category: OperatorCategory; seats: number | null; maxPaxEvac: number | null }

/** The most seats a type may be offered with: its evacuation maximum, else its typical figure; null = unknown. */
export const maxSeatsOf = (t: Pick<TypeFacts, 'seats' | 'maxPaxEvac'>): number | null => t.maxPaxEvac ?? t.seats;

export type FactField = 'category' | 'seatsPerSortie' | 'aircraftType';
export type Derived =
  | { ok: true; category: OperatorCategory; why: string; maxSeats: number | null; flags: OfferFlag[] }
  | { ok: false; field: FactField; reason: string };

/** "an SDF (Japan)", "a civil" — the category as the messages say it. */
const aOf = (c: OperatorCategory) => `${c === 'sdf' ? 'an' : 'a'} ${CATEGORY_NAME[c]}`;
const list = (cats: readonly OperatorCategory[]) => cats.map((c) => CATEGORY_NAME[c]).join(' or ');

/** The category an offer of this type by this partner has (and its seat cap), or why it cannot be offered. */
export function deriveCategory(partner: PartnerFacts, type: TypeFacts | undefined): Derived {
  if (partner.categories.length === 0) {
    return { ok: false, field: 'category', reason: `${partner.name} has no operator categories yet: a planner must set them before it can offer aircraft` };
  }
  if (type) {
    if (!partner.categories.includes(type.category)) {
      return { ok: false, field: 'aircraftType', reason: `${type.type} is ${aOf(type.category)} aircraft; ${partner.name} offers ${list(partner.categories)} aircraft only` };
    }
    const maxSeats = maxSeatsOf(type);
    return {
      ok: true, category: type.category, maxSeats, flags: offerFlags(type),
      why: `${type.type} is ${aOf(type.category)} aircraft in the catalogue`,
    };
  }
  const [only, ...more] = partner.categories;
  if (!only || more.length > 0) {
    return { ok: false, field: 'aircraftType', reason: `this type is not in the catalogue, and ${partner.name} offers ${list(partner.categories)} aircraft, so its category cannot be derived: pick a catalogued type` };
  }
  return {
    ok: true, category: only, maxSeats: null, flags: offerFlags(undefined),
    why: `${partner.name} offers ${CATEGORY_NAME[only]} aircraft only (type not in the catalogue)`,
  };
}

/**
 * Checks an offer's category (when given) and seats against its partner and type. On success returns the
 * category to store (the derived one) and what could not be checked.
 */
export function checkOfferFacts(offer: { category?: OperatorCategory | undefined; aircraftType: string; seatsPerSortie: number },
  partner: PartnerFacts, type: TypeFacts | undefined): Derived {
  if (offer.category !== undefined && partner.categories.length > 0 && !partner.categories.includes(offer.category)) {
    return { ok: false, field: 'category', reason: `${partner.name} may offer ${list(partner.categories)} aircraft only, not ${CATEGORY_NAME[offer.category]}` };
  }
  if (offer.category !== undefined && type && type.category !== offer.category) {
    return { ok: false, field: 'category', reason: `${type.type} is ${aOf(type.category)} aircraft in the catalogue, not ${CATEGORY_NAME[offer.category]}` };
  }
  const derived = deriveCategory(partner, type);
  if (!derived.ok) return derived;
  if (derived.maxSeats !== null && offer.seatsPerSortie > derived.maxSeats) {
    return { ok: false, field: 'seatsPerSortie', reason: `at most ${derived.maxSeats} seats on a ${offer.aircraftType} (the catalogue's evacuation maximum), not ${offer.seatsPerSortie}` };
  }
  return derived;
}

/** What the catalogue cannot vouch for in an offer of this type (shown in the planners' inbox). */
export function offerFlags(type: Pick<TypeFacts, 'seats' | 'maxPaxEvac'> | undefined): OfferFlag[] {
  if (!type) return ['type_not_in_catalogue'];
  return maxSeatsOf(type) === null ? ['seats_unchecked'] : [];
}

/** Short texts for the flags, as the planners' inbox shows them. */
export const FLAG_TEXT: Readonly<Record<OfferFlag, string>> = {
  type_not_in_catalogue: 'type not in catalogue — seats unchecked',
  seats_unchecked: 'the catalogue has no seat figure for this type — seats unchecked',
};
