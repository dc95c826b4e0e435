/** Examples of the export formats for the OpenAPI document (one area, one airport with a restriction). */
export const geoJsonExample = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'kr-seoul-jongno', geometry: { type: 'Point', coordinates: [126.9784, 37.5729] },
      properties: { kind: 'assembly_area', id: 'kr-seoul-jongno', country: 'KR', zone: 'KR-main', name: 'Seoul Jongno', residents: 4200, visitors: 300, priority1: 120, priority2: 900, evacuees: 4500 } },
    { type: 'Feature', id: 'RKSI', geometry: { type: 'Point', coordinates: [126.4505, 37.4691] },
      properties: { kind: 'airport', id: 'RKSI', iata: 'ICN', icao: 'RKSI', name: 'Incheon International', country: 'KR', zone: 'KR-main', runwayM: 4000, departuresPerHour: 12, status: 'open', role: 'evac_origin_KR',
        scenarioStatus: 'open', closedReason: null, sdfDenied: true, access: { sdf: 'denied', foreign_military: 'allowed', civil: 'allowed' },
        accessRules: [{ scope: 'country', scopeId: 'KR', category: 'sdf', nation: null, effect: 'deny', validFrom: null, validTo: null, reason: 'host nation has not granted landing rights to SDF aircraft' }] } },
  ],
});

export const kmlExample = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Korean Peninsula contingency</name>
<Placemark>
<name>Incheon International</name><description>Incheon International: open
denied: sdf</description><ExtendedData>
  <Data name="kind"><value>airport</value></Data>
  <Data name="id"><value>RKSI</value></Data></ExtendedData>
  <Point><coordinates>126.4505,37.4691</coordinates></Point></Placemark></Document></kml>`;
