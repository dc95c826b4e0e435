import { describe, expect, it } from 'vitest';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { booleanIntersects, booleanPointInPolygon, lineString, point, polygon } from '@turf/turf';
import { Airport, AssemblyArea, LiftOffer, Partner, Scenario } from '../../shared/schemas/domain.ts';
import { AircraftType } from '../../shared/schemas/aircraft.ts';
import { Id } from '../../shared/schemas/common.ts';
import {
  accessAllowed, buildDemoData, DEMO_START, departuresPerHourRule, greatCircleKm, largestRemainder, seatsOffered,
  turnaroundRule, zoneAt, type DemoData,
} from '../../server/seed/demo-data.ts';
import { parseCsvTable } from '../../server/seed/csv.ts';
import { loadDemoFiles } from '../../server/seed/load-files.ts';

const files = loadDemoFiles();
const data: DemoData = buildDemoData(files);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const evacuees = (country?: string) => sum(data.areas.filter((a) => !country || a.country === country).map((a) => a.residents + a.visitors));
const airport = (id: string) => {
  const a = data.airports.find((x) => x.id === id);
  if (!a) throw new Error(`no airport ${id}`);
  return a;
};
const scenario = (id: string) => {
  const s = data.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

describe('buildDemoData', () => {
  it('is pure: the same files give the same data', () => {
    expect(buildDemoData(files)).toEqual(data);
  });

  it('validates every object against its TypeBox schema', () => {
    const check = (schema: TSchema, xs: unknown[]) => {
      for (const x of xs) expect(Value.Check(schema, x), JSON.stringify([...Value.Errors(schema, x)].slice(0, 3))).toBe(true);
    };
    check(Airport, data.airports);
    check(AssemblyArea, data.areas);
    check(Partner, data.partners);
    check(LiftOffer, data.offers);
    check(Scenario, data.scenarios);
    check(AircraftType, data.aircraft);
  });

  it('gives unique ids that match the id pattern', () => {
    const groups = [data.airports, data.areas, data.partners, data.offers, data.scenarios,
      data.scenarios.flatMap((s) => s.accessRules), data.scenarios.flatMap((s) => s.hazardZones)];
    for (const g of groups) {
      const ids = g.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(Value.Check(Id, id), id).toBe(true);
    }
    expect(data.scenarios.map((s) => s.id)).toEqual(['korea', 'taiwan-blockade', 'taiwan-invasion', 'concurrent']);
    expect(data.partners.map((p) => p.id)).toContain('us-usaf');
    expect(data.areas.map((a) => a.id)).toContain('kr-seoul-capital-area');
  });

  it('names every country that appears', () => {
    const codes = new Set(data.countries.map((c) => c.code));
    for (const c of [...data.airports.map((a) => a.country), ...data.areas.map((a) => a.country), ...data.partners.map((p) => p.nation)]) {
      expect(codes.has(c), c).toBe(true);
    }
    expect(data.countries.find((c) => c.code === 'KR')?.name).toBe('South Korea');
    expect(data.countries.find((c) => c.code === 'TW')?.name).toBe('Taiwan');
  });
});

describe('airports', () => {
  it('keeps every row of airports.csv', () => {
    const rows = parseCsvTable(files.airportsCsv).rows;
    expect(data.airports.filter((a) => a.mode !== 'sea')).toHaveLength(rows.length);
    const air = data.airports.filter((a) => a.mode !== 'sea');
    expect(air.filter((a) => a.country === 'KR')).toHaveLength(26);
    expect(air.filter((a) => a.country === 'TW')).toHaveLength(20);
    expect(air.filter((a) => a.country === 'JP')).toHaveLength(111);
  });

  it('puts every Korean and Taiwanese airport on its landmass (checked by hand)', () => {
    const expected: Record<string, string> = {
      'KR-1114': 'KR-ulleung', RKPC: 'KR-jeju', RKPD: 'KR-jeju',
      RCBS: 'TW-kinmen', RCFG: 'TW-matsu-nangan', RCMT: 'TW-matsu-beigan', RCQC: 'TW-penghu', RCLY: 'TW-lanyu',
    };
    for (const a of data.airports.filter((x) => x.country === 'KR' || x.country === 'TW')) {
      expect(a.zone, a.id).toBe(expected[a.id] ?? `${a.country}-main`);
    }
    expect(airport('RJFF').zone).toBe('JP-kyushu');
    expect(airport('ROAH').zone).toBe('JP-okinawa');
    expect(airport('RORS').zone).toBe('JP-miyako');
    expect(airport('RJCC').zone).toBe('JP-hokkaido');
    expect(airport('RJTT').zone).toBe('JP-honshu');
    expect(airport('PGUM').zone).toBe('GU-main');
    expect(airport('RPLC').zone).toBe('PH-luzon');
  });

  it('derives departures per hour from runway and type, and closes unusable fields', () => {
    expect(departuresPerHourRule(4000, 'large_airport')).toBe(20);
    expect(departuresPerHourRule(2999, 'large_airport')).toBe(20); // 9,840 ft
    expect(departuresPerHourRule(3200, 'medium_airport')).toBe(12);
    expect(departuresPerHourRule(2800, 'large_airport')).toBe(10);
    expect(departuresPerHourRule(2744, 'medium_airport')).toBe(6);
    expect(departuresPerHourRule(2100, 'medium_airport')).toBe(4);
    expect(departuresPerHourRule(1174, 'medium_airport')).toBe(2);
    expect(departuresPerHourRule(800, 'small_airport')).toBe(0);
    expect(departuresPerHourRule(null, 'large_airport')).toBe(0);
    expect(airport('RKSI')).toMatchObject({ runwayM: 4000, departuresPerHour: 20, status: 'open', iata: 'ICN', icao: 'RKSI', role: 'evac_origin_KR' });
    expect(airport('KR-1114')).toMatchObject({ runwayM: null, departuresPerHour: 0, status: 'closed', icao: null });
    expect(airport('RKSM').icao).toBe('RKSM'); // blank icao_code, ICAO-style gps_code
    for (const a of data.airports) expect(a.status === 'closed', a.id).toBe(a.departuresPerHour === 0);
    expect(airport('VHHH')).toMatchObject({ role: 'reference_only_not_safe_haven', country: 'HK' });
  });
});

describe('assembly areas', () => {
  it('scales South Korea to exactly 41,000 and Taiwan to 25,000 residents, keeping the shares', () => {
    expect(sum(data.areas.filter((a) => a.country === 'KR').map((a) => a.residents))).toBe(41_000);
    expect(sum(data.areas.filter((a) => a.country === 'TW').map((a) => a.residents))).toBe(25_000);
    const raw = parseCsvTable(files.residentsCsv).rows;
    expect(data.areas).toHaveLength(raw.length);
    raw.forEach((r, i) => {
      const total = r.values.country === 'KR' ? 41_717 : 25_678;
      const target = r.values.country === 'KR' ? 41_000 : 25_000;
      expect(Math.abs((data.areas[i]?.residents ?? 0) - (Number(r.values.residents) * target) / total)).toBeLessThan(1);
    });
  });

  it('puts Jeju on KR-jeju and everything else on the main islands', () => {
    for (const a of data.areas) expect(a.zone, a.id).toBe(a.id === 'kr-jeju' ? 'KR-jeju' : `${a.country}-main`);
  });

  it('breaks residents down by priority (3 % / 30 %) and adds visitors', () => {
    for (const a of data.areas) {
      expect(a.priority1).toBe(Math.round(a.residents * 0.03));
      expect(a.priority2).toBe(Math.round(a.residents * 0.3));
      expect(a.priority1 + a.priority2).toBeLessThanOrEqual(a.residents + a.visitors);
      expect(a.visitors).toBeGreaterThan(0);
    }
    const seoul = data.areas.find((a) => a.id === 'kr-seoul-capital-area');
    expect(seoul && seoul.visitors / seoul.residents).toBeCloseTo(0.15, 2);
  });

  it('can reach an airport that an accepted non-SDF offer flies from, in the same zone, within 400 km by road', () => {
    const origins = new Set(data.offers.filter((o) => o.status === 'accepted' && o.category !== 'sdf').flatMap((o) => o.originAirportIds));
    for (const a of data.areas) {
      const best = Math.min(...[...origins].map(airport)
        .filter((p) => p.zone === a.zone && p.status === 'open')
        .map((p) => greatCircleKm(a, p) * 1.3));
      expect(best, a.id).toBeLessThanOrEqual(400);
    }
  });
});

describe('seaports and ships', () => {
  it('keeps every row of ports.csv as a seaport beside the airports, on its landmass', () => {
    const ports = data.airports.filter((a) => a.mode === 'sea');
    expect(ports.map((p) => p.id)).toEqual(parseCsvTable(files.portsCsv).rows.map((r) => r.values.id));
    expect(ports.map((p) => p.id)).toEqual(expect.arrayContaining(['port-busan', 'port-hakata', 'port-shimonoseki', 'port-izuhara', 'port-hitakatsu', 'port-kaohsiung', 'port-keelung']));
    expect(airport('port-busan')).toMatchObject({ country: 'KR', zone: 'KR-main', unlocode: 'KRPUS', status: 'open', iata: null, icao: null });
    expect(airport('port-hitakatsu').zone).toBe(airport('RJDT').zone); // Tsushima, by road to its airport
    for (const p of ports) expect(p.berths, p.id).toBeGreaterThan(0);
  });

  it('offers sea lift only between seaports, with ship types of the catalogue', () => {
    const ships = new Map(data.ships.map((s) => [s.type, s]));
    const sea = data.offers.filter((o) => ships.has(o.aircraftType));
    expect(sea.length).toBeGreaterThanOrEqual(5);
    for (const o of sea) for (const id of [...o.originAirportIds, o.destinationAirportId]) expect(airport(id).mode, `${o.id} ${id}`).toBe('sea');
    for (const o of data.offers.filter((x) => !ships.has(x.aircraftType))) for (const id of [...o.originAirportIds, o.destinationAirportId]) expect(airport(id).mode ?? 'air').toBe('air');
    expect(data.offers.find((o) => o.id === 'offer-jp-osumi-1')).toMatchObject({ category: 'sdf', partnerId: 'jp-jmsdf', seatsPerSortie: 330 });
  });
});

describe('aircraft catalogue, partners and offers', () => {
  it('carries all 20 aircraft types with their categories', () => {
    expect(data.aircraft).toHaveLength(20);
    expect(data.aircraft.find((a) => a.type.startsWith('Boeing C-17A Globemaster III (USAF)'))).toMatchObject({ seats: 102, maxPaxEvac: 823, cruiseKmh: 720, category: 'foreign_military' });
    expect(data.aircraft.find((a) => a.type.startsWith('Kawasaki C-2'))).toMatchObject({ seats: 110, category: 'sdf' });
  });

  it('takes seats and category from the catalogue', () => {
    for (const o of data.offers) {
      const t = [...data.aircraft, ...data.ships].find((a) => a.type === o.aircraftType);
      expect(t, o.aircraftType).toBeDefined();
      expect(o.seatsPerSortie).toBe(t?.seats);
      expect(o.category).toBe(t?.category);
      expect(o.version).toBe(1);
    }
  });

  it('flies from Korean or Taiwanese airports to Japanese or staging airports, within the horizon', () => {
    const partners = new Set(data.partners.map((p) => p.id));
    const start = Date.parse(DEMO_START);
    for (const o of data.offers) {
      expect(partners.has(o.partnerId)).toBe(true);
      for (const id of o.originAirportIds) expect(['KR', 'TW']).toContain(airport(id).country);
      expect(['JP', 'GU', 'PH']).toContain(airport(o.destinationAirportId).country);
      for (const id of [...o.originAirportIds, o.destinationAirportId]) expect(airport(id).status, id).toBe('open');
      const from = Date.parse(o.availableFrom);
      const to = Date.parse(o.availableTo);
      expect(from).toBeGreaterThanOrEqual(start);
      expect(to).toBeLessThanOrEqual(start + 168 * 3_600_000);
      // the sorties can actually be flown by the aircraft within the window
      expect(o.sorties, o.id).toBeLessThanOrEqual(o.aircraftCount * (Math.floor((to - from) / 3_600_000 / o.turnaroundHours) + 1));
    }
  });

  it('has the partners of the brief and the right mix of statuses', () => {
    const nations = new Set(data.partners.map((p) => p.nation));
    for (const n of ['US', 'GB', 'AU', 'CA', 'SG', 'JP']) expect(nations.has(n)).toBe(true);
    const count = (s: string) => data.offers.filter((o) => o.status === s).length;
    expect(count('declined')).toBe(1);
    expect(count('submitted')).toBeGreaterThanOrEqual(2);
    expect(count('accepted')).toBeGreaterThan(data.offers.length / 2);
    const sdf = data.offers.filter((o) => o.category === 'sdf');
    expect(sdf.map((o) => o.aircraftType.split(' ')[1])).toEqual(['C-2', 'C-130H', 'KC-767J', 'tank']);
    expect(sdf.map((o) => o.partnerId)).toEqual(['jp-jasdf', 'jp-jasdf', 'jp-jasdf', 'jp-jmsdf']);
    expect(data.offers.filter((o) => o.category === 'civil').map((o) => o.partnerId)).toEqual(expect.arrayContaining(['jp-jal', 'jp-ana']));
  });

  it('computes turnaround from the farthest origin, cruise speed and ground time', () => {
    expect(turnaroundRule(0, 850)).toBe(4);
    expect(turnaroundRule(720, 720)).toBe(6);
    expect(turnaroundRule(1000, null)).toBe(6.5); // 2 × (1000/850 + 0.5) + 3 = 6.35
    const c130 = data.offers.find((o) => o.id === 'offer-us-c130j-1');
    // Osan → Fukuoka ≈ 570 km at 644 km/h
    expect(c130?.turnaroundHours).toBe(6);
  });
});

describe('scenarios', () => {
  it('share one start, the ground parameters of DESIGN.md and a 7-day horizon', () => {
    for (const s of data.scenarios) {
      expect(s.startsAt).toBe('2027-04-01T00:00:00.000Z');
      expect(s.horizonHours).toBe(168);
      expect(s.ground).toEqual({ roadFactor: 1.3, groundSpeedKmh: 50, maxGroundKm: 400, processingHours: 2 });
      expect(s.description.length).toBeGreaterThan(100);
    }
    expect(scenario('korea').countries).toEqual(['KR']);
    expect(scenario('taiwan-blockade').countries).toEqual(['TW']);
    expect(scenario('taiwan-invasion').countries).toEqual(['TW']);
    expect(scenario('concurrent').countries).toEqual(['KR', 'TW']);
  });

  it('deny SDF at every Korean airport (Korea) and in Taiwan (Taiwan), both in the concurrent one', () => {
    const t = Date.parse(DEMO_START) + 3_600_000;
    const sdfAllowed = (s: string, id: string) => accessAllowed(scenario(s).accessRules, airport(id), 'sdf', 'JP', t);
    const kr = data.airports.filter((a) => a.country === 'KR');
    const tw = data.airports.filter((a) => a.country === 'TW');
    for (const a of kr) {
      expect(sdfAllowed('korea', a.id)).toBe(false);
      expect(sdfAllowed('concurrent', a.id)).toBe(false);
    }
    for (const a of tw) for (const s of ['taiwan-blockade', 'taiwan-invasion', 'concurrent']) expect(sdfAllowed(s, a.id)).toBe(false);
    expect(scenario('korea').accessRules.find((r) => r.id === 'korea-sdf-kr')).toMatchObject({
      scope: 'country', scopeId: 'KR', category: 'sdf', effect: 'deny', nation: null,
    });
    expect(scenario('korea').accessRules[0]?.reason).toMatch(/host nation has not granted landing rights to SDF aircraft/i);
    // foreign military and civil stay allowed
    expect(accessAllowed(scenario('korea').accessRules, airport('RKSO'), 'foreign_military', 'US', t)).toBe(true);
    expect(accessAllowed(scenario('taiwan-blockade').accessRules, airport('RCTP'), 'civil', 'JP', t)).toBe(true);
    // the invasion closes TW airspace to civil traffic from H+96
    const inv = scenario('taiwan-invasion').accessRules;
    expect(accessAllowed(inv, airport('RCTP'), 'civil', 'JP', Date.parse(DEMO_START) + 95 * 3_600_000)).toBe(true);
    expect(accessAllowed(inv, airport('RCTP'), 'civil', 'JP', Date.parse(DEMO_START) + 96 * 3_600_000)).toBe(false);
  });

  it('most specific access rule wins', () => {
    const base = { nation: null, validFrom: null, validTo: null, reason: 'r' } as const;
    const rules = [
      { ...base, id: 'a', scope: 'country', scopeId: 'KR', category: 'sdf', effect: 'deny' },
      { ...base, id: 'b', scope: 'airport', scopeId: 'RKSO', category: 'sdf', effect: 'allow' },
      { ...base, id: 'c', scope: 'airport', scopeId: 'RKSO', category: 'foreign_military', effect: 'deny' },
      { ...base, id: 'd', scope: 'airport', scopeId: 'RKSO', category: 'foreign_military', effect: 'allow', nation: 'US' },
    ] as const;
    expect(accessAllowed(rules, airport('RKSI'), 'sdf', 'JP', 0)).toBe(false);
    expect(accessAllowed(rules, airport('RKSO'), 'sdf', 'JP', 0)).toBe(true);
    expect(accessAllowed(rules, airport('RKSO'), 'foreign_military', 'GB', 0)).toBe(false);
    expect(accessAllowed(rules, airport('RKSO'), 'foreign_military', 'US', 0)).toBe(true);
  });

  it('draws closed, small hazard polygons that contain no assembly area and no origin in use', () => {
    const origins = new Set(data.offers.filter((o) => o.status === 'accepted').flatMap((o) => o.originAirportIds));
    for (const s of data.scenarios) {
      for (const z of s.hazardZones) {
        const ring = z.geometry.coordinates[0] ?? [];
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        const lons = ring.map((p) => p[0]);
        const lats = ring.map((p) => p[1]);
        expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(1);
        expect(Math.max(...lats) - Math.min(...lats)).toBeLessThan(1);
        const poly = polygon(z.geometry.coordinates);
        for (const a of data.areas) expect(booleanPointInPolygon(point([a.lon, a.lat]), poly), `${z.id} ${a.id}`).toBe(false);
        for (const id of origins) {
          const p = airport(id);
          expect(booleanPointInPolygon(point([p.lon, p.lat]), poly), `${z.id} ${id}`).toBe(false);
        }
      }
    }
    // the invasion's Taoyuan landing area does not cut Taoyuan/Hsinchu off from Taoyuan airport
    const inv = scenario('taiwan-invasion');
    const area = data.areas.find((a) => a.id === 'tw-taoyuan-hsinchu');
    const tpe = airport('RCTP');
    if (!area) throw new Error('no tw-taoyuan-hsinchu');
    for (const z of inv.hazardZones) {
      expect(booleanIntersects(lineString([[area.lon, area.lat], [tpe.lon, tpe.lat]]), polygon(z.geometry.coordinates))).toBe(false);
    }
    expect(inv.airportStatus).toMatchObject({ RCBS: 'closed', RCFG: 'closed', RCMT: 'closed', VHHH: 'closed' });
    expect(scenario('taiwan-blockade').airportStatus.VHHH).toBe('closed');
  });

  it('offer enough lift for one theatre but not for both at once', () => {
    const kr = seatsOffered(data, scenario('korea'));
    const blockade = seatsOffered(data, scenario('taiwan-blockade'));
    const invasion = seatsOffered(data, scenario('taiwan-invasion'));
    const both = seatsOffered(data, scenario('concurrent'));
    expect(kr).toBeGreaterThanOrEqual(0.9 * evacuees('KR'));
    expect(blockade).toBeGreaterThanOrEqual(evacuees('TW'));
    expect(invasion).toBeGreaterThanOrEqual(evacuees('TW'));
    expect(invasion).toBeLessThan(blockade);
    // The concurrent shortfall is the air lift's: the Korea Strait ferries add seats out of Busan only.
    const air = { ...data, offers: data.offers.filter((o) => !data.ships.some((s) => s.type === o.aircraftType)) };
    expect(seatsOffered(air, scenario('concurrent'))).toBeLessThan(0.9 * evacuees());
    expect(both - seatsOffered(air, scenario('concurrent'))).toBe(kr - seatsOffered(air, scenario('korea')));
    expect(kr - seatsOffered(air, scenario('korea'))).toBeGreaterThan(5000);
    expect(both).toBeLessThan(evacuees());
    // SDF offers add nothing anywhere
    const noSdf = { ...data, offers: data.offers.filter((o) => o.category !== 'sdf') };
    for (const s of data.scenarios) expect(seatsOffered(noSdf, s)).toBe(seatsOffered(data, s));
  });
});

describe('helpers', () => {
  it('largestRemainder keeps the total and the shares', () => {
    expect(largestRemainder([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(largestRemainder([41717], 41000)).toEqual([41000]);
    const out = largestRemainder([26111, 3918, 396], 30000);
    expect(sum(out)).toBe(30000);
  });

  it('zoneAt finds islands and falls back to the main landmass', () => {
    expect(zoneAt('KR', 33.5097, 126.5219)).toBe('KR-jeju');
    expect(zoneAt('KR', 37.56, 126.99)).toBe('KR-main');
    expect(zoneAt('TW', 24.43, 118.36)).toBe('TW-kinmen');
    expect(zoneAt('TW', 25.04, 121.56)).toBe('TW-main');
    expect(zoneAt('JP', 35.5, 139.8)).toBe('JP-honshu');
  });
});
