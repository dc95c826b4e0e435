/**
 * Example records for the API docs, taken from the demo data (Korean Peninsula scenario). One per kind of
 * record, shared by the routes that answer it; test/api/openapi-docs.test.ts checks each against its schema.
 */
export const areaExample = {
  id: 'kr-seoul-capital-area', country: 'KR', zone: 'KR-main', name: 'Seoul Capital Area - Embassy of Japan in Seoul district',
  lat: 37.56, lon: 126.99, residents: 25662, visitors: 3849, priority1: 770, priority2: 7699, version: 1,
};
export const areaCreateExample = { country: 'KR', zone: 'KR-main', name: 'Busan - Consulate-General district', lat: 35.1, lon: 129.04, residents: 3200, visitors: 600 };

export const airportExample = {
  id: 'RKSO', iata: 'OSN', icao: 'RKSO', name: 'Osan Air Base', country: 'KR', zone: 'KR-main', lat: 37.09, lon: 127.03,
  runwayM: 2745, departuresPerHour: 8, status: 'open', version: 3, role: 'evacuation_origin', mode: 'air', berths: null, unlocode: null,
};
export const airportCreateExample = { name: 'Gimhae International', iata: 'PUS', icao: 'RKPK', country: 'KR', zone: 'KR-main', lat: 35.18, lon: 128.94, departuresPerHour: 6 };

export const partnerExample = { id: 'gb-raf', name: 'Royal Air Force', nation: 'GB', categories: ['foreign_military'], version: 1 };

export const offerExample = {
  id: 'offer-gb-a400m-1', partnerId: 'gb-raf', category: 'foreign_military', aircraftType: 'Airbus A400M Atlas (RAF Atlas C1; Luftwaffe; French AF)',
  seatsPerSortie: 116, sorties: 2, aircraftCount: 1, availableFrom: '2027-04-02T00:00:00.000Z', availableTo: '2027-04-06T00:00:00.000Z',
  originAirportIds: ['RKSO'], destinationAirportId: 'RJTY', turnaroundHours: 8, seatShare: null, status: 'submitted', version: 1,
  note: 'Osan → Yokota, two sorties a day from 2 April', decisionNote: null, flags: [],
};
export const offerCreateExample = {
  partnerId: 'gb-raf', aircraftType: 'Airbus A400M Atlas (RAF Atlas C1; Luftwaffe; French AF)', seatsPerSortie: 116, sorties: 2,
  aircraftCount: 1, availableFrom: '2027-04-02T00:00:00Z', availableTo: '2027-04-06T00:00:00Z', originAirportIds: ['RKSO'],
  destinationAirportId: 'RJTY', turnaroundHours: 8, note: 'Osan → Yokota, two sorties a day from 2 April',
};

export const accessRuleExample = {
  id: 'korea-sdf-kr', scope: 'country', scopeId: 'KR', category: 'sdf', nation: null, effect: 'deny', validFrom: null, validTo: null,
  reason: 'Host nation has not granted landing rights to SDF aircraft.',
};
export const hazardZoneExample = {
  id: 'korea-hz-forward-area', name: 'Forward area north of Seoul: no movement (illustrative)',
  geometry: { type: 'Polygon', coordinates: [[[126.65, 37.75], [127.45, 37.75], [127.45, 38.2], [126.65, 38.2], [126.65, 37.75]]] },
};

export const accountExample = {
  username: 'liaison-raf', role: 'liaison', partnerId: 'gb-raf', disabled: false,
  createdAt: '2027-03-30T08:00:00.000Z', updatedAt: '2027-03-30T08:00:00.000Z', passwordChangedAt: null,
};

export const sessionExample = {
  user: { username: 'planner', role: 'planner', partnerId: null }, csrfToken: 'tXzILqbusjXn1febIqIEhzQVSk2tT020', expiresAt: '2027-04-01T20:00:00.000Z',
};

export const auditExample = {
  id: 34, at: '2027-04-01T06:02:11.540Z', username: 'planner', action: 'update', entityType: 'airport', entityId: 'RKSO',
  before: { status: 'open' }, after: { status: 'closed' },
};

export const importReportExample = { kind: 'areas', rows: 2, created: 1, updated: 1, errors: [], committed: true };
export const importCsvExample = 'id,country,zone,name,lat,lon,residents,visitors\nkr-busan,KR,KR-main,Busan,35.1,129.04,3200,600\n';
