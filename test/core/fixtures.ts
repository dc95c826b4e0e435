import type {
  AccessRule, Airport, AssemblyArea, HazardZone, LiftOffer, Partner, Scenario, Sortie,
} from '../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';

export const T0 = '2030-03-01T00:00:00.000Z';
export const at = (hours: number): string => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();

export const AIRPORTS = {
  ICN: { id: 'RKSI', iata: 'ICN', icao: 'RKSI', name: 'Incheon', lat: 37.4602, lon: 126.4407 },
  GMP: { id: 'RKSS', iata: 'GMP', icao: 'RKSS', name: 'Gimpo', lat: 37.5583, lon: 126.7906 },
  PUS: { id: 'RKPK', iata: 'PUS', icao: 'RKPK', name: 'Gimhae', lat: 35.1795, lon: 128.9382 },
  CJU: { id: 'RKPC', iata: 'CJU', icao: 'RKPC', name: 'Jeju', lat: 33.5104, lon: 126.4914, zone: 'KR-jeju' },
  FUK: { id: 'RJFF', iata: 'FUK', icao: 'RJFF', name: 'Fukuoka', lat: 33.5859, lon: 130.4510, country: 'JP', zone: 'JP-kyushu' },
  NRT: { id: 'RJAA', iata: 'NRT', icao: 'RJAA', name: 'Narita', lat: 35.7647, lon: 140.3864, country: 'JP', zone: 'JP-honshu' },
} as const;

export function airport(key: keyof typeof AIRPORTS, over: Partial<Airport> = {}): Airport {
  const a = AIRPORTS[key] as Partial<Airport> & typeof AIRPORTS[typeof key];
  return {
    country: 'KR', zone: 'KR-main', runwayM: 3000, departuresPerHour: 10, status: 'open', role: null,
    ...a, ...over,
  } as Airport;
}

export const CITIES = {
  seoul: { lat: 37.5665, lon: 126.978 },
  busan: { lat: 35.1796, lon: 129.0756 },
  jeju: { lat: 33.4996, lon: 126.5312, zone: 'KR-jeju' },
  incheon: { lat: 37.4563, lon: 126.7052 },
} as const;

export function area(id: string, city: keyof typeof CITIES, people: number, over: Partial<AssemblyArea> = {}): AssemblyArea {
  return {
    id, name: id, country: 'KR', zone: 'KR-main', residents: people, visitors: 0, priority1: 0, priority2: 0,
    ...CITIES[city], ...over,
  } as AssemblyArea;
}

export const PARTNERS: Partner[] = [
  { id: 'jp-mod', name: 'Japan MOD', nation: 'JP', categories: ['sdf'], version: 1 },
  { id: 'us-af', name: 'US Air Force', nation: 'US', categories: ['foreign_military'], version: 1 },
  { id: 'jal', name: 'Japan Airlines', nation: 'JP', categories: ['civil'], version: 1 },
];

let offerSeq = 0;
export function offer(over: Partial<LiftOffer> = {}): LiftOffer {
  return {
    id: `offer-${++offerSeq}`, partnerId: 'jal', category: 'civil', aircraftType: 'B767', seatsPerSortie: 100,
    sorties: 5, aircraftCount: 5, availableFrom: T0, availableTo: at(48), originAirportIds: ['RKSI'],
    destinationAirportId: 'RJFF', turnaroundHours: 4, status: 'accepted', note: null, version: 1, ...over,
  };
}

export function rule(over: Partial<AccessRule>): AccessRule {
  return {
    id: `rule-${++offerSeq}`, scope: 'country', scopeId: 'KR', category: 'sdf', nation: null, effect: 'deny',
    validFrom: null, validTo: null, reason: 'host nation has not granted landing rights to SDF aircraft', ...over,
  };
}

export function scenario(over: Partial<Scenario> = {}): Scenario {
  return {
    id: 'sc-test', name: 'Test', description: '', countries: ['KR'], startsAt: T0, horizonHours: 24,
    ground: { roadFactor: 1.3, groundSpeedKmh: 50, maxGroundKm: 400, processingHours: 2 },
    airportStatus: {}, accessRules: [], hazardZones: [], version: 1, ...over,
  };
}

export function snapshot(parts: {
  scenario?: Partial<Scenario>; areas: AssemblyArea[]; airports?: Airport[]; offers: LiftOffer[];
}): PlanningSnapshot {
  return {
    scenario: scenario(parts.scenario),
    areas: parts.areas,
    airports: parts.airports ?? [airport('ICN'), airport('GMP'), airport('PUS'), airport('CJU'), airport('FUK'), airport('NRT')],
    offers: parts.offers,
    partners: PARTNERS,
  };
}

/** A square hazard zone around a point, `km` half-size (approximately). */
export function hazardAround(id: string, lat: number, lon: number, km: number): HazardZone {
  const dLat = km / 111;
  const dLon = km / (111 * Math.cos((lat * Math.PI) / 180));
  return {
    id, name: id,
    geometry: {
      type: 'Polygon',
      coordinates: [[[lon - dLon, lat - dLat], [lon + dLon, lat - dLat], [lon + dLon, lat + dLat], [lon - dLon, lat + dLat], [lon - dLon, lat - dLat]]],
    },
  };
}

export const peopleOut = (sorties: Sortie[]): number =>
  sorties.reduce((s, x) => s + x.allocations.reduce((t, a) => t + a.passengers, 0), 0);
