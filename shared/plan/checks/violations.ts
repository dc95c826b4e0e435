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
} as const;
export type ViolationRule = (typeof ViolationRule)[keyof typeof ViolationRule];

export interface Violation {
  rule: ViolationRule;
  /** A sentence a planner understands. */
  message: string;
  sortieId?: string;
  assemblyAreaId?: string;
  airportId?: string;
  offerId?: string;
}
