import { describe, expect, it } from 'vitest';
import { buildTimeline, flightHours, sailingHours, stateAt } from '../../client/src/features/planner/map-view/time-state.ts';
import { groupViolations, humanizeMessage } from '../../client/src/features/planner/map-view/violation-groups.ts';
import { shortName } from '../../client/src/features/planner/map-view/short-name.ts';
import { sdfSummary } from '../../client/src/features/planner/map-view/sdf-summary.ts';
import { airportsToGeoJSON } from '../../client/src/features/planner/map/to-geojson.ts';
import { airport, airports, areas, offer, scenario, sortie } from './fixtures.ts';

const sorties = [
  sortie({ id: 's1', departAt: '2030-01-01T03:00:00Z', allocations: [{ assemblyAreaId: 'seoul', passengers: 100, locked: false }] }),
  sortie({ id: 's2', departAt: '2030-01-01T05:30:00Z', allocations: [{ assemblyAreaId: 'seoul', passengers: 50, locked: false }, { assemblyAreaId: 'busan', passengers: 20, locked: false }] }),
  sortie({ id: 's3', originAirportId: 'PUS', departAt: '2030-01-01T05:10:00Z', allocations: [{ assemblyAreaId: 'busan', passengers: 80, locked: false }] }),
];

describe('the map over time', () => {
  const tl = buildTimeline(sorties, areas, airports, '2030-01-01T00:00:00Z', 48);

  it('counts people waiting per area and people out at each hour', () => {
    const h0 = stateAt(tl, 0);
    expect(h0.out).toBe(0);
    expect(h0.waitingByArea.get('seoul')).toBe(1000);
    const h4 = stateAt(tl, 4);
    expect(h4.out).toBe(100);
    expect(h4.waitingByArea.get('seoul')).toBe(900);
    const h6 = stateAt(tl, 6);
    expect(h6.out).toBe(250);
    expect(h6.waitingByArea.get('busan')).toBe(300);
    expect(h6.waiting).toBe(1400 - 250);
  });

  it('counts the departures of the hour per airport', () => {
    const h5 = stateAt(tl, 5);
    expect(h5.departuresByAirport.get('ICN')).toBe(1);
    expect(h5.departuresByAirport.get('PUS')).toBe(1);
    expect(stateAt(tl, 7).departuresByAirport.size).toBe(0);
  });

  it('puts aircraft in the air on their great-circle leg between departure and estimated arrival', () => {
    // ICN → FUK is ~540 km: ~1.2 h in the air.
    const h = flightHours(540);
    expect(h).toBeGreaterThan(1);
    expect(h).toBeLessThan(1.5);
    const at = stateAt(tl, 3.5);
    expect(at.aircraft.features.map((f) => f.properties.sortieId)).toEqual(['s1']);
    const [lon, lat] = at.aircraft.features[0]!.geometry.coordinates as [number, number];
    expect(lon).toBeGreaterThan(126.44);
    expect(lon).toBeLessThan(130.45);
    expect(lat).toBeGreaterThan(33.5);
    expect(at.legs.features[0]!.geometry.coordinates.length).toBeGreaterThan(10);
    expect(stateAt(tl, 10).aircraft.features).toHaveLength(0);
  });
});

describe('legible symbology', () => {
  it('shortens area names to the place', () => {
    expect(shortName('Daegu - Consulate-General in Busan district')).toBe('Daegu');
    expect(shortName('Changwon (+ Gyeongnam) - Consulate-General in Busan district')).toBe('Changwon');
    expect(shortName('Southern Taiwan excl. Kaohsiung City (Tainan, Chiayi, Pingtung) - JTEA')).toBe('Southern Taiwan');
    expect(shortName('A very long name that goes on and on beyond the limit')).toMatch(/…$/);
  });

  it('says SDF denial once per country when all its airports agree, per airport otherwise', () => {
    const rule = (scope: 'country' | 'airport', scopeId: string) => ({ id: `r-${scopeId}`, scope, scopeId, category: 'sdf' as const, nation: null, effect: 'deny' as const, validFrom: null, validTo: null, reason: 'no landing rights' });
    const country = new Map(airports.map((a) => [a.id, a.country]));
    const kr = airports.filter((a) => a.country === 'KR');
    const whole = sdfSummary(airportsToGeoJSON(kr, scenario({ accessRules: [rule('country', 'KR')] }), []), (id) => country.get(id));
    expect(whole.countries).toEqual([{ country: 'KR', access: 'denied', reason: 'no landing rights', airports: 3 }]);
    expect(whole.airportBadges.size).toBe(0);
    const one = sdfSummary(airportsToGeoJSON(kr, scenario({ accessRules: [rule('airport', 'PUS')] }), []), (id) => country.get(id));
    expect(one.countries).toEqual([]);
    expect([...one.airportBadges]).toEqual(['PUS']);
  });

  it('groups violations by rule and place: 171 sorties at a hazard airport are one group', () => {
    const vs = Array.from({ length: 171 }, (_, i) => ({ rule: 'airport_in_hazard' as const, message: `Sortie m-${i} uses TPE as origin, but TPE lies inside the hazard zone "X".`, sortieId: `m-${i}`, airportId: 'TPE' }))
      .concat(Array.from({ length: 171 }, (_, i) => ({ rule: 'airport_in_hazard' as const, message: `Sortie m-${i} uses TPE as origin`, sortieId: `m-${i}`, airportId: 'TPE' })))
      .concat([{ rule: 'airport_in_hazard' as const, message: 'x', sortieId: 'k-1', airportId: 'KHH' }]);
    const groups = groupViolations(vs);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.sortieIds).toHaveLength(171);
    expect(groups[0]!.airportId).toBe('TPE');
  });

  it('names sorties and offers in words instead of ids', () => {
    const text = humanizeMessage('Sortie m-0146 carries 186 passengers but Royal Air Force C-17 (offer offer-gb-c17-1) has 128 seats.', (id) => (id === 'm-0146' ? '6 Apr 12:00Z ICN→FUK' : undefined));
    expect(text).toBe('The sortie 6 Apr 12:00Z ICN→FUK carries 186 passengers but Royal Air Force C-17 has 128 seats.');
    expect(text).not.toMatch(/m-0146|offer-gb/);
    // The validator's times in the page's one format.
    expect(humanizeMessage('3 sorties depart PUS in the hour from 2027-04-02 06:00Z, above its 2 departures per hour.', () => undefined))
      .toBe('3 sorties depart PUS in the hour from 02 Apr 06:00Z, above its 2 departures per hour.');
  });
});

describe('moving people offers only sorties that can take them', async () => {
  const { moveTargets } = await import('../../client/src/features/planner/map-view/move-targets.ts');
  const { offer, partners } = await import('./fixtures.ts');
  const snapshot = {
    scenario: scenario(), areas, airports, partners, offers: [offer({ id: 'o1', seatsPerSortie: 100, originAirportIds: ['ICN', 'PUS'] })],
  } as never;
  const list = [
    sortie({ id: 'full', departAt: '2030-01-01T12:00:00Z', allocations: [{ assemblyAreaId: 'busan', passengers: 100, locked: false }] }),
    sortie({ id: 'too-early', departAt: '2030-01-01T01:00:00Z' }),
    sortie({ id: 'later', departAt: '2030-01-02T10:00:00Z', allocations: [{ assemblyAreaId: 'busan', passengers: 40, locked: false }] }),
    sortie({ id: 'sooner', departAt: '2030-01-01T20:00:00Z' }),
    sortie({ id: 'other-zone', originAirportId: 'CJU', departAt: '2030-01-01T20:00:00Z' }),
  ];
  it('leaves out full sorties, sorties leaving before the people can be there and airports they cannot reach; earliest first with free seats', () => {
    const got = moveTargets(snapshot, list, 'seoul');
    expect(got.map((t) => t.sortie.id)).toEqual(['sooner', 'later']);
    expect(got.map((t) => t.free)).toEqual([100, 60]);
    expect(moveTargets(snapshot, list, 'seoul', 'sooner').map((t) => t.sortie.id)).toEqual(['later']);
  });
});

describe('sailings on the map over time', () => {
  // Busan's ferry terminal to Hakata: ~215 km across the Korea Strait.
  const ports = [...airports, airport({ id: 'KRPUS', name: 'Busan port', mode: 'sea', lat: 35.1, lon: 129.04 }), airport({ id: 'JPHKT', name: 'Hakata port', mode: 'sea', country: 'JP', zone: 'JP-kyushu', lat: 33.6, lon: 130.4 })];
  const ferry = offer({ id: 'ferry', category: 'civil', aircraftType: 'Ferry', originAirportIds: ['KRPUS'], destinationAirportId: 'JPHKT', turnaroundHours: 12 });
  const sailings = [
    sortie({ id: 'sail', offerId: 'ferry', originAirportId: 'KRPUS', destinationAirportId: 'JPHKT', departAt: '2030-01-01T02:00:00Z', allocations: [{ assemblyAreaId: 'busan', passengers: 300, locked: false }] }),
    sortie({ id: 'fly', originAirportId: 'ICN', departAt: '2030-01-01T02:00:00Z', allocations: [{ assemblyAreaId: 'seoul', passengers: 100, locked: false }] }),
  ];
  const tl = buildTimeline(sailings, areas, ports, '2030-01-01T00:00:00Z', 48, [ferry]);

  it('takes a crossing from the offer turnaround (less time in port), or from the distance without one', () => {
    expect(sailingHours(215, { turnaroundHours: 12 })).toBe(4.5);
    expect(sailingHours(215, { turnaroundHours: 2 })).toBe(1);
    expect(sailingHours(210)).toBeCloseTo(7);
  });

  it('shows the ship at sea for the whole crossing and the aircraft landed long before', () => {
    const h4 = stateAt(tl, 4);
    expect(h4.atSea).toBe(1);
    const ship = h4.aircraft.features.find((f) => f.properties.sortieId === 'sail');
    expect(ship?.properties.mode).toBe('sea');
    // Half-way across (2 h of 4.5): between the two ports' latitudes.
    const [, lat] = ship!.geometry.coordinates as [number, number];
    expect(lat).toBeLessThan(35.1);
    expect(lat).toBeGreaterThan(33.6);
    expect(h4.aircraft.features.some((f) => f.properties.sortieId === 'fly')).toBe(false);
    expect(h4.legs.features.find((l) => l.properties.key === 'KRPUS>JPHKT')?.properties.mode).toBe('sea');
    expect(stateAt(tl, 6.4).atSea).toBe(1);
    expect(stateAt(tl, 6.6).atSea).toBe(0);
  });

  it('counts the people on a sailing as out once it has left, like a sortie', () => {
    expect(stateAt(tl, 3).out).toBe(400);
  });
});
