/** Rule codes of DESIGN.md "What makes a plan valid"; one per hard constraint. */
export const ViolationRule = {
  accessDenied: 'access_denied',
  seatsExceeded: 'seats_exceeded',
  unknownOffer: 'unknown_offer',
  offerNotAccepted: 'offer_not_accepted',
  offerSortiesExceeded: 'offer_sorties_exceeded',
  outsideAvailability: 'outside_availability',
  originNotEligible: 'origin_not_eligible',
  destinationMismatch: 'destination_mismatch',
  turnaroundExceeded: 'turnaround_exceeded',
  unknownAirport: 'unknown_airport',
  airportClosed: 'airport_closed',
  airportInHazard: 'airport_in_hazard',
  departuresPerHourExceeded: 'departures_per_hour_exceeded',
  unknownArea: 'unknown_area',
  groundOtherCountry: 'ground_other_country',
  groundOtherZone: 'ground_other_zone',
  groundTooFar: 'ground_too_far',
  groundHazardCrossing: 'ground_hazard_crossing',
  groundTooEarly: 'ground_too_early',
  areaOverAllocated: 'area_over_allocated',
  invalidCount: 'invalid_count',
  invalidTime: 'invalid_time',
  /** Promises to a partner for its nationals (partner-demand.ts): Japan's lift only, inside the window, never more than accepted. */
  partnerNotOnJapaneseLift: 'partner_not_on_japanese_lift',
  partnerOutsideWindow: 'partner_outside_window',
  partnerSeatsExceeded: 'partner_seats_exceeded',
  /** Seats on a partner's own sorties (seat shares): only at its listed departures, each used once. */
  seatShareDeparture: 'seat_share_departure',
  seatShareTwice: 'seat_share_twice',
} as const;
export type ViolationRule = (typeof ViolationRule)[keyof typeof ViolationRule];

/**
 * What a violation is about, as data: the client words it in the reader's language from `rule` and these
 * (client/src/i18n/locales/<lang>/map.json violationText). Names are labels (airport codes, area and
 * partner names), instants ISO strings, role/status/category codes.
 */
export type ViolationParams = Record<string, string | number | null>;

export interface Violation {
  rule: ViolationRule;
  /** An English sentence a planner understands (the log, support, API clients that do not translate). */
  message: string;
  params?: ViolationParams;
  sortieId?: string;
  assemblyAreaId?: string;
  airportId?: string;
  offerId?: string;
}
