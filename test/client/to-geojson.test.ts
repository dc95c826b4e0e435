import { describe, expect, it } from 'vitest';
import {
  airportsToGeoJSON, allocationLines, areasToGeoJSON, hazardsToGeoJSON, plannedByArea, sdfAccess, violationTarget,
} from '../../client/src/features/planner/map/to-geojson.ts';
import type { AccessRule, HazardZone } from '../../shared/schemas/domain.ts';
import { airports, areas, scenario, sortie } from './fixtures.ts';

const sorties = [
  sortie({ id: 's1', allocations: [{ assemblyAreaId: 'seoul', passengers: 60, locked: true }, { assemblyAreaId: 'busan', passengers: 10, locked: false }] }),
  sortie({ id: 's2', departAt: '2030-01-01T14:00:00Z', allocations: [{ assemblyAreaId: 'seoul', passengers: 40, locked: false }] }),
  sortie({ id: 's3', originAirportId: 'PUS', allocations: [{ assemblyAreaId: 'busan', passengers: 500, locked: false }] }),
];
const denySdfKr: AccessRule = { id: 'r1', scope: 'country', scopeId: 'KR', category: 'sdf', nation: null, effect: 'deny', validFrom: null, validTo: null, reason: 'host nation has not granted landing rights to SDF aircraft' };
const square = (lon: number, lat: number, d = 0.3): HazardZone['geometry'] => ({ type: 'Polygon', coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]] });

describe('areasToGeoJSON', () => {
  const fc = areasToGeoJSON(areas, plannedByArea(sorties));
  const props = (id: string) => fc.features.find((f) => f.id === id)!.properties;

  it('gives each area its evacuees (residents + visitors), planned and the planned share', () => {
    expect(props('seoul')).toMatchObject({ evacuees: 1000, planned: 100, left: 900, share: 0.1 });
  });
  it('caps planned at the evacuees when an area is over-allocated (the validator reports that)', () => {
    expect(props('busan')).toMatchObject({ evacuees: 400, planned: 400, left: 0, share: 1 });
  });
  it('counts an empty area as fully served and puts points at [lon, lat]', () => {
    expect(props('jeju').share).toBe(1);
    expect(fc.features[0]!.geometry.coordinates).toEqual([126.99, 37.56]);
  });
});

describe('airportsToGeoJSON', () => {
  it('marks SDF denial from the scenario\'s access rules, with the reason', () => {
    const fc = airportsToGeoJSON(airports, scenario({ accessRules: [denySdfKr] }), sorties);
    const icn = fc.features.find((f) => f.id === 'ICN')!.properties;
    const fuk = fc.features.find((f) => f.id === 'FUK')!.properties;
    expect(icn).toMatchObject({ sdf: 'denied', sdfReason: denySdfKr.reason, label: 'ICN', sorties: 2, passengers: 110 });
    expect(fuk.sdf).toBe('allowed');
  });
  it('says "partly" when the denial holds only for part of the horizon', () => {
    const rule = { ...denySdfKr, validTo: '2030-01-03T00:00:00Z' };
    const fc = airportsToGeoJSON(airports, scenario({ accessRules: [rule] }), []);
    expect(fc.features.find((f) => f.id === 'ICN')!.properties.sdf).toBe('partly');
  });
  it('an airport-level allow beats a country-level deny', () => {
    const allow: AccessRule = { ...denySdfKr, id: 'r2', scope: 'airport', scopeId: 'PUS', effect: 'allow', reason: 'slot agreed' };
    const fc = airportsToGeoJSON(airports, scenario({ accessRules: [denySdfKr, allow] }), []);
    expect(fc.features.find((f) => f.id === 'PUS')!.properties.sdf).toBe('allowed');
  });
  it('closes airports by scenario status and by hazard zones, and labels by IATA then ICAO', () => {
    const sc = scenario({ airportStatus: { PUS: 'closed' }, hazardZones: [{ id: 'h1', name: 'Artillery range', geometry: square(126.44, 37.46) }] });
    const fc = airportsToGeoJSON(airports, sc, []);
    const p = (id: string) => fc.features.find((f) => f.id === id)!.properties;
    expect(p('ICN')).toMatchObject({ state: 'hazard', closedReason: 'inside hazard zone "Artillery range"' });
    expect(p('PUS')).toMatchObject({ state: 'closed' });
    expect(p('CJU')).toMatchObject({ state: 'open', label: 'RKPC' });
  });
});

describe('allocationLines', () => {
  const fc = allocationLines(sorties, areas, airports);
  it('draws one line per area → origin airport, summing sorties on the leg', () => {
    expect(fc.features).toHaveLength(3);
    const seoulIcn = fc.features.find((f) => f.properties.key === 'seoul>ICN')!;
    expect(seoulIcn.properties).toMatchObject({ passengers: 100, sorties: 2, locked: false });
    expect(seoulIcn.geometry.coordinates).toEqual([[126.99, 37.56], [126.44, 37.46]]);
  });
  it('is locked only when every allocation on the leg is locked; thin lines come first', () => {
    expect(fc.features.map((f) => f.properties.passengers)).toEqual([10, 100, 500]);
    const locked = allocationLines([sorties[0]!], areas, airports).features.find((f) => f.properties.areaId === 'seoul')!;
    expect(locked.properties.locked).toBe(true);
  });
  it('skips zero-passenger allocations and unknown places', () => {
    const odd = [sortie({ id: 'x', allocations: [{ assemblyAreaId: 'seoul', passengers: 0, locked: true }, { assemblyAreaId: 'nowhere', passengers: 5, locked: false }] })];
    expect(allocationLines(odd, areas, airports).features).toEqual([]);
  });
});

describe('hazardsToGeoJSON and violationTarget', () => {
  it('keeps zone ids and names', () => {
    const fc = hazardsToGeoJSON([{ id: 'h1', name: 'Zone A', geometry: square(127, 37) }]);
    expect(fc.features[0]).toMatchObject({ id: 'h1', properties: { id: 'h1', name: 'Zone A' }, geometry: { type: 'Polygon' } });
  });
  it('frames the area and the airport of a violation, or the sortie\'s origin', () => {
    const both = violationTarget({ assemblyAreaId: 'busan', airportId: 'ICN' }, areas, airports, sorties)!;
    expect(both.bounds).toEqual([[126.44, 35.18], [129.07, 37.46]]);
    const bySortie = violationTarget({ sortieId: 's3' }, areas, airports, sorties)!;
    expect(bySortie).toEqual({ center: [128.94, 35.18], bounds: null });
    expect(violationTarget({ offerId: 'o1' } as never, areas, airports, sorties)).toBeNull();
  });
});

describe('sdfAccess', () => {
  it('is allowed with no rules', () => {
    expect(sdfAccess(scenario(), airports[0]!)).toEqual({ access: 'allowed', reason: '' });
  });
});
