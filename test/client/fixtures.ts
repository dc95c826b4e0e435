import type { Airport, AssemblyArea, LiftOffer, Partner, Scenario, Sortie } from '../../shared/schemas/domain.ts';

/** Small in-memory fixtures for the client's pure tests (Seoul, Busan, Jeju; ICN, PUS, CJU, FUK). */
export function area(o: Partial<AssemblyArea> & { id: string }): AssemblyArea {
  return { country: 'KR', zone: 'KR-main', name: o.id, lat: 37.56, lon: 126.99, residents: 1000, visitors: 0, priority1: 0, priority2: 0, ...o };
}
export function airport(o: Partial<Airport> & { id: string }): Airport {
  return { iata: null, icao: null, name: o.id, country: 'KR', zone: 'KR-main', lat: 37.46, lon: 126.44, runwayM: 3000, departuresPerHour: 10, status: 'open', ...o };
}
export function scenario(o: Partial<Scenario> = {}): Scenario {
  return {
    id: 'sc-kr', name: 'Korean Peninsula', description: '', countries: ['KR'], startsAt: '2030-01-01T00:00:00Z', horizonHours: 168,
    ground: { roadFactor: 1.3, groundSpeedKmh: 50, maxGroundKm: 400, processingHours: 2 },
    airportStatus: {}, accessRules: [], hazardZones: [], version: 1, ...o,
  };
}
export function offer(o: Partial<LiftOffer> & { id: string }): LiftOffer {
  return {
    partnerId: 'usaf', category: 'foreign_military', aircraftType: 'C-17', seatsPerSortie: 100, sorties: 10, aircraftCount: 2,
    availableFrom: '2030-01-01T00:00:00Z', availableTo: '2030-01-08T00:00:00Z', originAirportIds: ['ICN'], destinationAirportId: 'FUK',
    turnaroundHours: 6, status: 'accepted', version: 1, ...o,
  };
}
export function sortie(o: Partial<Sortie> & { id: string }): Sortie {
  return { offerId: 'o1', originAirportId: 'ICN', departAt: '2030-01-01T10:00:00Z', destinationAirportId: 'FUK', allocations: [], ...o };
}

export const areas = [
  area({ id: 'seoul', name: 'Seoul', residents: 900, visitors: 100 }),
  area({ id: 'busan', name: 'Busan', lat: 35.18, lon: 129.07, residents: 400 }),
  area({ id: 'jeju', name: 'Jeju', zone: 'KR-jeju', lat: 33.5, lon: 126.53, residents: 0 }),
];
export const airports = [
  airport({ id: 'ICN', iata: 'ICN', name: 'Incheon' }),
  airport({ id: 'PUS', iata: 'PUS', name: 'Gimhae', lat: 35.18, lon: 128.94, departuresPerHour: 1 }),
  airport({ id: 'CJU', iata: null, icao: 'RKPC', name: 'Jeju', zone: 'KR-jeju', lat: 33.51, lon: 126.49 }),
  airport({ id: 'FUK', iata: 'FUK', name: 'Fukuoka', country: 'JP', zone: 'JP-kyushu', lat: 33.59, lon: 130.45 }),
];
export const partners: Partner[] = [{ id: 'usaf', name: 'US Air Force', nation: 'US', categories: ['foreign_military'], version: 1 }, { id: 'jasdf', name: 'JASDF', nation: 'JP', categories: ['sdf'], version: 1 }];
