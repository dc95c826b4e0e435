import type { OperatorCategory } from '../../schemas/common.ts';
import { formatCount } from '../snapshot.ts';

/**
 * Why people are left behind, and what would free them, as data: each clause is a code and its params
 * (airport codes, offer ids, counts, ISO instants), worded whole in each language (client catalogues
 * `explain`; the English sentences of the API come from `phraseInEnglish` below). No sentence is
 * assembled from fragments: lists (airports, aircraft) are params, and each language's template places them.
 */
export const REASON_CODES = [
  /** A partner's nationals: their window closes before they can reach `airport`. */
  'outside_window',
  /** No airport at all on the area's landmass (`zone`). */
  'no_airport_in_zone',
  /** The road to `airport` crosses `hazard` (null: unnamed). */
  'road_hazard',
  /** `airport` is closed in the scenario. */
  'airport_closed',
  /** `airport` lies in the hazard zone `hazard`. */
  'airport_in_hazard',
  /** `airport` cannot be reached within the `horizonHours` horizon. */
  'out_of_reach',
  /** No open airport within `km` by road. */
  'no_airport_within_km',
  /** Offer `offerId` (`category` `aircraftType`, `sorties`) is denied at `airports` by rule `ruleId` (`ruleReason`). */
  'offer_denied',
  /** No accepted offer flies from `airports` within the horizon. */
  'no_offer_in_time',
  /** No accepted offer flies from `airports`. */
  'no_offer',
  /** Every accepted offer from `airports` is full (`offers` offers, `sorties` sorties). */
  'lift_exhausted',
  /** `airport`'s departures are saturated `from`–`to` (`hours` h at `perHour`/h). */
  'departure_slots',
  /** The aircraft from `airports` cannot cycle more: `aircraft` (each type, count, turnaround, used/offered sorties). */
  'aircraft_cycles',
  /** A country's explanation: `areas` areas, the largest `largest`. */
  'country_areas',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const REMEDY_CODES = [
  /** A later end of the partner's window, or a place nearer a port or airport. */
  'later_window',
  /** Sea lift or helicopters to an airport on another landmass. */
  'sea_or_helicopter',
  /** Reopen `airport`. */
  'reopen_airport',
  /** An airport within `km` by road, or a longer ground move. */
  'nearer_airport',
  /** `sorties` more `category` sorties of `seats` seats at `airport`. */
  'more_sorties',
  /** Accept the submitted offer `offerId` (`aircraftType`). */
  'accept_offer',
  /** `perHour` more departures per hour at `airport`. */
  'more_departures',
  /** More aircraft on the offers that cannot cycle more. */
  'more_aircraft',
] as const;
export type RemedyCode = (typeof REMEDY_CODES)[number];

/** One aircraft line of 'aircraft_cycles'. */
export interface CyclingAircraft {
  offerId: string; aircraftType: string; aircraftCount: number; turnaroundHours: number; used: number; sorties: number;
}

/** What a clause is about. Only the params its code names are set. */
export interface ExplainParams {
  airportId?: string;
  /** The airport's code as people read it (IATA, else ICAO, UN/LOCODE or name). */
  airport?: string;
  /** Up to four airport codes; `moreAirports` counts the rest. */
  airports?: string[];
  moreAirports?: number;
  zone?: string;
  hazard?: string | null;
  horizonHours?: number;
  km?: number;
  /** ISO instants. */
  from?: string;
  to?: string;
  hours?: number;
  perHour?: number;
  offerId?: string;
  aircraftType?: string;
  category?: OperatorCategory;
  offers?: number;
  sorties?: number;
  seats?: number;
  ruleId?: string;
  /** The access rule's own reason, as its author wrote it. */
  ruleReason?: string;
  aircraft?: CyclingAircraft[];
  areas?: number;
  largest?: string;
}

export interface Phrase<C extends string> { code: C; params: ExplainParams }
export type ReasonPhrase = Phrase<ReasonCode>;
export type RemedyPhrase = Phrase<RemedyCode>;

/** The structured explanation carried beside the English `reason` and `remedy`. */
export interface StructuredExplanation {
  /** The binding clause. */
  reasonCode: ReasonCode;
  reasonParams: ExplainParams;
  /** Further clauses, each a sentence of its own (offers denied there, other airports out of reach, areas counted). */
  reasonNotes: ReasonPhrase[];
  /** The first thing that would free them. */
  remedyCode: RemedyCode;
  remedyParams: ExplainParams;
  /** Other ways, each "or …". */
  remedyAlternatives: RemedyPhrase[];
}

const CATEGORY: Record<OperatorCategory, string> = { sdf: 'SDF', foreign_military: 'foreign military', civil: 'civil' };
const fmtHour = (iso: string) => iso.slice(11, 16);
const fmtDay = (iso: string) => iso.slice(0, 16).replace('T', ' ') + 'Z';
const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

function where(p: ExplainParams): string {
  const list = (p.airports ?? []).join(', ');
  return p.moreAirports ? `${list} and ${formatCount(p.moreAirports)} more` : list;
}

/** A clause in English: the API's `reason` and `remedy` sentences are built from these. */
export function phraseInEnglish(ph: Phrase<ReasonCode | RemedyCode>): string {
  const p = ph.params;
  const n = (x: number | undefined) => formatCount(x ?? 0);
  switch (ph.code) {
    case 'outside_window': return `the window asked for (${fmtDay(p.from ?? '')} – ${fmtDay(p.to ?? '')}) closes before they can reach ${p.airport}`;
    case 'no_airport_in_zone': return `no airport on ${p.zone}; people cannot leave it by road`;
    case 'road_hazard': return `the road to ${p.airport} crosses "${p.hazard ?? 'a hazard zone'}"`;
    case 'airport_closed': return `${p.airport} is closed`;
    case 'airport_in_hazard': return `${p.airport} lies in "${p.hazard ?? 'a hazard zone'}"`;
    case 'out_of_reach': return `${p.airport} is out of reach within the ${n(p.horizonHours)} h horizon`;
    case 'no_airport_within_km': return `no open airport within ${n(p.km)} km by road`;
    case 'offer_denied': return `${CATEGORY[p.category ?? 'civil']} ${p.aircraftType} ×${n(p.sorties)} denied at ${where(p)} (${(p.ruleReason ?? 'denied').replace(/[.。]\s*$/, '')})`;
    case 'no_offer_in_time': return `no accepted offer flies from ${where(p)} within the horizon`;
    case 'no_offer': return `no accepted offer flies from ${where(p)}`;
    case 'lift_exhausted': return `every accepted offer that may fly from ${where(p)} is full (${n(p.offers)} ${plural(p.offers ?? 0, 'offer', 'offers')}, ${n(p.sorties)} sorties)`;
    case 'departure_slots': return `${p.airport} departures saturated ${fmtHour(p.from ?? '')}–${fmtHour(p.to ?? '')} (${n(p.hours)} h at ${n(p.perHour)}/h)`;
    case 'aircraft_cycles': return `the aircraft that may fly from ${where(p)} cannot cycle more within the horizon: ${(p.aircraft ?? [])
      .map((a) => `${a.aircraftType} ×${n(a.aircraftCount)} (${a.turnaroundHours} h turnaround, ${n(a.used)}/${n(a.sorties)} sorties)`).join(', ')}`;
    case 'country_areas': return `${n(p.areas)} areas, the largest ${p.largest}`;
    case 'later_window': return 'a later window end, or a place nearer a port or airport';
    case 'sea_or_helicopter': return 'sea lift or helicopters to an airport on another landmass';
    case 'reopen_airport': return `reopen ${p.airport}`;
    case 'nearer_airport': return `an airport within ${n(p.km)} km, or a longer ground move`;
    case 'more_sorties': return `+${n(p.sorties)} ${CATEGORY[p.category ?? 'civil']} ${plural(p.sorties ?? 0, 'sortie', 'sorties')} of ${n(p.seats)} seats at ${p.airport}`;
    case 'accept_offer': return `accept offer ${p.offerId} (${p.aircraftType}, submitted)`;
    case 'more_departures': return `+${n(p.perHour)} departures per hour at ${p.airport}`;
    case 'more_aircraft': return 'more aircraft on those offers';
  }
}

/** "every accepted offer … is full (…); SDF C-2 ×8 denied at …" */
export const reasonInEnglish = (e: Pick<StructuredExplanation, 'reasonCode' | 'reasonParams' | 'reasonNotes'>): string =>
  [{ code: e.reasonCode, params: e.reasonParams }, ...e.reasonNotes].map(phraseInEnglish).join('; ');

/** "+3 civil sorties of 150 seats at PUS, or accept offer …" */
export const remedyInEnglish = (e: Pick<StructuredExplanation, 'remedyCode' | 'remedyParams' | 'remedyAlternatives'>): string =>
  [{ code: e.remedyCode, params: e.remedyParams }, ...e.remedyAlternatives].map(phraseInEnglish).join(', or ');
