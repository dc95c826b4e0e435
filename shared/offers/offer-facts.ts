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
export interface TypeFacts { type: string; category: OperatorCategory; seats: number | null; maxPaxEvac: number | null; mode?: 'air' | 'sea' | undefined }
/** The departure points of an offer with their modes (airport or seaport); undefined mode = an airport. */
export interface PointFacts { origins: { id: string; mode?: 'air' | 'sea' | undefined }[]; destination: { id: string; mode?: 'air' | 'sea' | undefined } }

/** The most seats a type may be offered with: its evacuation maximum, else its typical figure; null = unknown. */
export const maxSeatsOf = (t: Pick<TypeFacts, 'seats' | 'maxPaxEvac'>): number | null => t.maxPaxEvac ?? t.seats;

export type FactField = 'category' | 'seatsPerSortie' | 'aircraftType' | 'originAirportIds' | 'destinationAirportId';
/**
 * What a fact check says, as data for the form to word in the reader's language (`offers:form.facts.<code>`):
 * names, counts, category codes (`categories`: comma-separated codes), `mode` 'ship' | 'aircraft'. `reason`
 * and `why` are the English sentences the server answers with.
 */
export const FACT_CODES = ['no_categories', 'type_not_partners', 'uncatalogued_ambiguous', 'category_not_partners', 'category_not_types',
  'destination_mode', 'origin_mode', 'seats_over_max', 'why_catalogue', 'why_single_category'] as const;
export type FactCode = (typeof FACT_CODES)[number];
export interface FactWords { code: FactCode; params: Record<string, string | number> }
export type Derived =
  | { ok: true; category: OperatorCategory; why: string; whyWords: FactWords; maxSeats: number | null; flags: OfferFlag[] }
  | { ok: false; field: FactField; reason: string; words: FactWords };

/** "an SDF (Japan)", "a civil" — the category as the messages say it. */
const aOf = (c: OperatorCategory) => `${c === 'sdf' ? 'an' : 'a'} ${CATEGORY_NAME[c]}`;
const list = (cats: readonly OperatorCategory[]) => cats.map((c) => CATEGORY_NAME[c]).join(' or ');
/** A ship type of the catalogue is a ship; everything else is named an aircraft, as before ports existed. */
const noun = (t: Pick<TypeFacts, 'mode'> | undefined) => (t?.mode === 'sea' ? 'ship' : 'aircraft');
const pointNoun = (mode: 'air' | 'sea' | undefined) => (mode === 'sea' ? 'a seaport' : 'an airport');

/**
 * Air and sea do not mix: every point of an offer has one mode, the mode of its catalogued type (a ship
 * sails from and to seaports). An uncatalogued type takes the mode of its points. Null when consistent.
 */
export function pointsViolation(type: Pick<TypeFacts, 'type' | 'mode'> | undefined, points: PointFacts): { field: FactField; reason: string; words: FactWords } | null {
  const want = type ? (type.mode ?? 'air') : (points.destination.mode ?? 'air');
  if ((points.destination.mode ?? 'air') !== want) {
    return { field: 'destinationAirportId', reason: `${type?.type ?? 'this type'} is ${noun(type) === 'ship' ? 'a ship' : 'an aircraft'}; its destination ${points.destination.id} is ${pointNoun(points.destination.mode)}`,
      words: { code: 'destination_mode', params: { type: type?.type ?? '', mode: noun(type), point: points.destination.id, pointMode: points.destination.mode ?? 'air' } } };
  }
  const bad = points.origins.findIndex((o) => (o.mode ?? 'air') !== want);
  const o = points.origins[bad];
  if (o) {
    return { field: 'originAirportIds', reason: `origin ${o.id} is ${pointNoun(o.mode)}, but the offer ${want === 'sea' ? 'sails from and to seaports' : 'flies from and to airports'}: an offer departs and arrives by one mode`,
      words: { code: 'origin_mode', params: { point: o.id, pointMode: o.mode ?? 'air', mode: want } } };
  }
  return null;
}

/** The category an offer of this type by this partner has (and its seat cap), or why it cannot be offered. */
export function deriveCategory(partner: PartnerFacts, type: TypeFacts | undefined): Derived {
  if (partner.categories.length === 0) {
    return { ok: false, field: 'category', reason: `${partner.name} has no operator categories yet: a planner must set them before it can offer aircraft`,
      words: { code: 'no_categories', params: { partner: partner.name } } };
  }
  if (type) {
    if (!partner.categories.includes(type.category)) {
      return { ok: false, field: 'aircraftType', reason: `${type.type} is ${aOf(type.category)} ${noun(type)}; ${partner.name} offers ${list(partner.categories)} aircraft only`,
        words: { code: 'type_not_partners', params: { type: type.type, category: type.category, mode: noun(type), partner: partner.name, categories: partner.categories.join(',') } } };
    }
    const maxSeats = maxSeatsOf(type);
    return {
      ok: true, category: type.category, maxSeats, flags: offerFlags(type),
      why: `${type.type} is ${aOf(type.category)} ${noun(type)} in the catalogue`,
      whyWords: { code: 'why_catalogue', params: { type: type.type, category: type.category, mode: noun(type) } },
    };
  }
  const [only, ...more] = partner.categories;
  if (!only || more.length > 0) {
    return { ok: false, field: 'aircraftType', reason: `this type is not in the catalogue, and ${partner.name} offers ${list(partner.categories)} aircraft, so its category cannot be derived: pick a catalogued type`,
      words: { code: 'uncatalogued_ambiguous', params: { partner: partner.name, categories: partner.categories.join(',') } } };
  }
  return {
    ok: true, category: only, maxSeats: null, flags: offerFlags(undefined),
    why: `${partner.name} offers ${CATEGORY_NAME[only]} aircraft only (type not in the catalogue)`,
    whyWords: { code: 'why_single_category', params: { partner: partner.name, category: only } },
  };
}

/**
 * Checks an offer's category (when given) and seats against its partner and type. On success returns the
 * category to store (the derived one) and what could not be checked.
 */
export function checkOfferFacts(offer: { category?: OperatorCategory | undefined; aircraftType: string; seatsPerSortie: number },
  partner: PartnerFacts, type: TypeFacts | undefined, points?: PointFacts): Derived {
  if (offer.category !== undefined && partner.categories.length > 0 && !partner.categories.includes(offer.category)) {
    return { ok: false, field: 'category', reason: `${partner.name} may offer ${list(partner.categories)} aircraft only, not ${CATEGORY_NAME[offer.category]}`,
      words: { code: 'category_not_partners', params: { partner: partner.name, categories: partner.categories.join(','), category: offer.category } } };
  }
  if (offer.category !== undefined && type && type.category !== offer.category) {
    return { ok: false, field: 'category', reason: `${type.type} is ${aOf(type.category)} ${noun(type)} in the catalogue, not ${CATEGORY_NAME[offer.category]}`,
      words: { code: 'category_not_types', params: { type: type.type, typeCategory: type.category, mode: noun(type), category: offer.category } } };
  }
  const derived = deriveCategory(partner, type);
  if (!derived.ok) return derived;
  const mixed = points ? pointsViolation(type, points) : null;
  if (mixed) return { ok: false, ...mixed };
  if (derived.maxSeats !== null && offer.seatsPerSortie > derived.maxSeats) {
    return { ok: false, field: 'seatsPerSortie', reason: `at most ${derived.maxSeats} seats on a ${offer.aircraftType} (the catalogue's evacuation maximum), not ${offer.seatsPerSortie}`,
      words: { code: 'seats_over_max', params: { max: derived.maxSeats, type: offer.aircraftType, seats: offer.seatsPerSortie } } };
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
