/**
 * The sizes the API accepts: far above what a real deployment needs (the whole Korea and Taiwan registry
 * is ~170 airports, a drawn hazard zone tens of vertices), low enough that no request can exhaust memory,
 * a bind-parameter list or the event loop. Schemas, server checks, tests and the README table all read
 * these numbers from here; a request over one gets a 400 naming the field and the limit.
 */
export const LIMITS = {
  /** Bytes of one request body (JSON). */
  bodyBytes: 1024 * 1024,
  /** Bytes of a plan's body (its sorties, saved or kept as a copy): the XL bench plan's ~1,000 sorties are ~0.9 MB. */
  planBodyBytes: 8 * 1024 * 1024,
  /** Nesting of arrays/objects in a JSON body; the deepest real one (a hazard zone's positions) is 7. */
  jsonDepth: 32,
  /** Positions in one ring of a hazard zone, the closing one included. */
  ringVertices: 5_000,
  /** Rings of one polygon: the outline and its holes. */
  polygonRings: 20,
  /** Positions of one polygon, all rings together. */
  polygonVertices: 10_000,
  /** Hazard zones of one scenario. */
  hazardZones: 200,
  /** Positions of all hazard zones of one scenario together. */
  scenarioVertices: 40_000,
  /** Access rules of one scenario. */
  accessRules: 500,
  /** Countries (theatres) of one scenario. */
  scenarioCountries: 20,
  /** Entries of a scenario's airportStatus map (one per airport overridden). */
  airportStatusKeys: 5_000,
  /** Sorties of one plan sent by a client (5× the XL bench plan's). */
  planSorties: 5_000,
  /** Allocations (assembly areas) of one sortie. */
  sortieAllocations: 1_000,
  /** Origin airports of one lift offer. */
  offerOrigins: 100,
  /** Fixed departures of one seat-share offer (a partner's own sorties with seats for Japan). */
  seatShareDepartures: 500,
  /** Places (areas, airports, ports) of one partner's seat request. */
  seatRequestPlaces: 50,
  /** Data rows of one CSV import. */
  importRows: 20_000,
  /** Matcher runs waiting behind the one that is solving; more are refused with 503 matcher_busy. */
  queuedMatcherRuns: 16,
  /** Seconds a matcher run may take beyond its time limit (model build, decode) before it is stopped. */
  matcherGraceSeconds: 30,
  /** Characters of a name, a description, a note, a reason. */
  nameChars: 200,
  descriptionChars: 4_000,
  noteChars: 2_000,
  reasonChars: 500,
  /** Years an instant may fall in. */
  minYear: 1900,
  maxYear: 2999,
} as const;

export type LimitName = keyof typeof LIMITS;

/** 10000 → "10,000": limits are quoted in messages and the README the same way. */
export const formatLimit = (n: number): string => n.toLocaleString('en-US');
