import type { AccessRule, Airport, AssemblyArea, HazardZone, LiftOffer, Partner } from '../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../shared/plan/snapshot.ts';
import { zoneAt, type DemoData } from '../server/seed/demo-data.ts';

export interface SizeSpec {
  name: string; areas: number; airports: number; offers: number; horizonHours: number; evacuees: number;
  /** Ship offers out of the demo's Korean and Taiwanese seaports, beside `offers` (0 when absent). */
  seaOffers?: number;
}

/** Sizes of the issue; evacuees grow with size so lift stays contested (≈ 80 % of demand offered). */
export const SIZES: Record<string, SizeSpec> = {
  M: { name: 'M', areas: 200, airports: 30, offers: 80, horizonHours: 72, evacuees: 30_000 },
  L: { name: 'L', areas: 1000, airports: 60, offers: 300, horizonHours: 168, evacuees: 120_000 },
  XL: { name: 'XL', areas: 5000, airports: 120, offers: 1000, horizonHours: 168, evacuees: 400_000 },
  /** The hard family (seeds 1–3): short horizon, lift well short of demand, so who leaves first is contested. */
  hard: { name: 'hard', areas: 150, airports: 20, offers: 40, horizonHours: 48, evacuees: 40_000 },
  /** M with sea lift (issue 15): the demo's seaports and 12 ship offers beside the 80 air offers. */
  Msea: { name: 'Msea', areas: 200, airports: 30, offers: 80, horizonHours: 72, evacuees: 30_000, seaOffers: 12 },
};

/** mulberry32: small, fast, seedable. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    gauss: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    weighted: <T>(xs: readonly T[], w: (x: T) => number): T => {
      const total = xs.reduce((s, x) => s + w(x), 0);
      let r = next() * total;
      for (const x of xs) { r -= w(x); if (r <= 0) return x; }
      return xs[xs.length - 1]!;
    },
  };
}

const PARTNERS: Partner[] = [
  { id: 'jp-sdf', name: 'Japan Air Self-Defense Force', nation: 'JP', categories: ['sdf'], version: 1 },
  { id: 'us-amc', name: 'US Air Mobility Command', nation: 'US', categories: ['foreign_military'], version: 1 },
  { id: 'uk-raf', name: 'Royal Air Force', nation: 'GB', categories: ['foreign_military'], version: 1 },
  { id: 'au-raaf', name: 'Royal Australian Air Force', nation: 'AU', categories: ['foreign_military'], version: 1 },
  { id: 'ca-rcaf', name: 'Royal Canadian Air Force', nation: 'CA', categories: ['foreign_military'], version: 1 },
  { id: 'sg-rsaf', name: 'Republic of Singapore Air Force', nation: 'SG', categories: ['foreign_military'], version: 1 },
  { id: 'jal', name: 'Japan Airlines', nation: 'JP', categories: ['civil'], version: 1 },
  { id: 'ana', name: 'All Nippon Airways', nation: 'JP', categories: ['civil'], version: 1 },
  { id: 'charter', name: 'Charter consortium', nation: 'JP', categories: ['civil'], version: 1 },
  { id: 'jp-msdf', name: 'Japan Maritime Self-Defense Force', nation: 'JP', categories: ['sdf'], version: 1 },
  { id: 'ferry', name: 'Korea Strait ferry lines', nation: 'JP', categories: ['civil'], version: 1 },
];
/** Who may fly an offer of each category by air (the sea partners, MSDF and the ferries, offer ships only). */
const AIR_PARTNERS = {
  foreign_military: PARTNERS.filter((p) => p.categories.includes('foreign_military')),
  civil: PARTNERS.filter((p) => p.categories.includes('civil') && p.id !== 'ferry'),
};
const SHIPS: Record<'sdf' | 'civil', readonly (readonly [string, number])[]> = {
  sdf: [['Ōsumi-class LST', 330]],
  civil: [['New Camellia', 522], ['Hamayuu', 460], ['Seong Hee', 562], ['Panstar Tsushima Link', 425]],
};
const FLEET: Record<'sdf' | 'foreign_military' | 'civil', readonly (readonly [string, number])[]> = {
  sdf: [['C-2', 110], ['C-130H', 92], ['KC-767', 200], ['B777-300ER (government)', 300]],
  foreign_military: [['C-17A', 150], ['C-130J', 120], ['A400M', 116], ['KC-30A', 270]],
  civil: [['B787-9', 290], ['B767-300ER', 250], ['A320neo', 180], ['B777-300ER', 400], ['A350-900', 320]],
} as const;

function square(id: string, name: string, lat: number, lon: number, km: number): HazardZone {
  const dLat = km / 111;
  const dLon = km / (111 * Math.cos((lat * Math.PI) / 180));
  return { id, name, geometry: { type: 'Polygon', coordinates: [[[lon - dLon, lat - dLat], [lon + dLon, lat - dLat], [lon + dLon, lat + dLat], [lon - dLon, lat + dLat], [lon - dLon, lat - dLat]]] } };
}

/**
 * A concurrent KR + TW contingency of the given size: areas scattered around the real resident
 * centres (the demo's areas) in proportion to their residents, real airports (origins in KR/TW,
 * reception in JP/GU/PH), offers of real aircraft types, SDF denied in both theatres, a hazard
 * zone along the DMZ and one over Kinmen, one airport closed.
 */
export function generateScenario(demo: DemoData, size: SizeSpec, seed = 1): PlanningSnapshot {
  const r = rng(seed);
  const startsAt = '2030-06-01T00:00:00.000Z';
  const start = Date.parse(startsAt);
  const iso = (h: number) => new Date(start + h * 3_600_000).toISOString();
  // Airports only here: the seaports join below for sizes with sea offers, so M, L, XL stay as they were.
  const air = demo.airports.filter((a) => (a.mode ?? 'air') === 'air');
  const origins = air.filter((a) => (a.country === 'KR' || a.country === 'TW') && a.departuresPerHour > 0)
    .sort((a, b) => b.departuresPerHour - a.departuresPerHour || a.id.localeCompare(b.id));
  const destinationsAll = air.filter((a) => ['JP', 'GU', 'PH'].includes(a.country) && a.departuresPerHour > 0)
    .sort((a, b) => b.departuresPerHour - a.departuresPerHour || a.id.localeCompare(b.id));
  const nOrigins = Math.min(origins.length, Math.round(size.airports * 0.7));
  const originSet = origins.slice(0, nOrigins);
  const destinations = destinationsAll.slice(0, Math.max(1, size.airports - nOrigins));
  // Evacuation-time slots are scarcer than in peacetime.
  const airports: Airport[] = [...originSet, ...destinations].map((a) => ({ ...a, departuresPerHour: Math.max(1, Math.ceil(a.departuresPerHour / 3)) }));

  const centres = demo.areas.filter((a) => a.country === 'KR' || a.country === 'TW');
  const areas: AssemblyArea[] = [];
  const mean = size.evacuees / size.areas;
  for (let i = 0; i < size.areas; i++) {
    const c = r.weighted(centres, (a) => a.residents + a.visitors);
    const spread = c.zone.endsWith('-main') ? 0.25 : 0.03;
    let lat = c.lat + r.gauss() * spread;
    let lon = c.lon + r.gauss() * spread;
    if (zoneAt(c.country, lat, lon) !== c.zone) { lat = c.lat; lon = c.lon; }
    const people = Math.max(5, Math.round(mean * Math.exp(r.gauss() * 0.6 - 0.18)));
    const p1 = Math.round(people * 0.03);
    areas.push({
      id: `g-${c.country.toLowerCase()}-${i}`, name: `${c.name.split(/[ ,(]/)[0]} ${i}`, country: c.country, zone: c.zone,
      lat, lon, residents: Math.round(people * 0.95), visitors: people - Math.round(people * 0.95),
      priority1: p1, priority2: Math.round(people * 0.3),
    });
  }

  const demand = areas.reduce((s, a) => s + a.residents + a.visitors, 0);
  const offers: LiftOffer[] = [];
  let seats = 0;
  for (let i = 0; i < size.offers; i++) {
    const category = r.weighted(['sdf', 'foreign_military', 'civil'] as const, (c) => ({ sdf: 0.15, foreign_military: 0.35, civil: 0.5 })[c]);
    const partner = category === 'sdf' ? PARTNERS[0]! : r.pick(AIR_PARTNERS[category]);
    const [type, typeSeats] = r.pick(FLEET[category]);
    const country = r.next() < 0.6 ? 'KR' : 'TW';
    const pool = originSet.filter((a) => a.country === country);
    const nOrig = r.int(1, Math.min(3, pool.length));
    const o = new Set<string>();
    while (o.size < nOrig) o.add(r.weighted(pool, (a) => a.departuresPerHour + 1).id);
    const from = r.int(0, Math.floor(size.horizonHours * 0.5));
    const to = Math.min(size.horizonHours, from + r.int(24, size.horizonHours));
    const aircraftCount = r.int(1, 4);
    const turnaroundHours = r.int(5, 14);
    const cycles = Math.max(1, Math.floor((to - from) / turnaroundHours));
    const sorties = Math.max(1, Math.min(aircraftCount * cycles, r.int(2, 14)));
    seats += sorties * typeSeats;
    offers.push({
      id: `g-offer-${i}`, partnerId: partner.id, category, aircraftType: type, seatsPerSortie: typeSeats, sorties,
      aircraftCount, availableFrom: iso(from), availableTo: iso(to), originAirportIds: [...o],
      destinationAirportId: r.pick(destinations).id, turnaroundHours,
      status: r.next() < 0.85 ? 'accepted' : 'submitted', note: null, version: 1,
    });
  }
  const ports = demo.airports.filter((a) => a.mode === 'sea' && a.departuresPerHour > 0);
  const fromPorts = ports.filter((a) => a.country === 'KR' || a.country === 'TW');
  const toPorts = ports.filter((a) => a.country === 'JP');
  if ((size.seaOffers ?? 0) > 0 && fromPorts.length > 0 && toPorts.length > 0) {
    airports.push(...ports);
    for (let i = 0; i < size.seaOffers!; i++) {
      const category = r.next() < 0.2 ? 'sdf' as const : 'civil' as const;
      const [type, typeSeats] = r.pick(SHIPS[category]);
      const from = r.int(0, Math.floor(size.horizonHours * 0.5));
      const to = Math.min(size.horizonHours, from + r.int(24, size.horizonHours));
      const turnaroundHours = r.int(6, 24);
      const sorties = Math.max(1, Math.min(Math.floor((to - from) / turnaroundHours), r.int(2, 7)));
      seats += sorties * typeSeats;
      offers.push({
        id: `g-sea-${i}`, partnerId: category === 'sdf' ? 'jp-msdf' : 'ferry', category, aircraftType: type, seatsPerSortie: typeSeats,
        sorties, aircraftCount: 1, availableFrom: iso(from), availableTo: iso(to), originAirportIds: [r.pick(fromPorts).id],
        destinationAirportId: r.pick(toPorts).id, turnaroundHours, status: 'accepted', note: null, version: 1,
      });
    }
  }
  // Scale sorties so that accepted lift is ≈ 80 % of demand: seats are contested, as in a real NEO.
  const factor = (0.8 * demand) / seats;
  for (const o of offers) o.sorties = Math.max(1, Math.round(o.sorties * factor));

  const rules: AccessRule[] = [
    { id: 'g-r1', scope: 'country', scopeId: 'KR', category: 'sdf', nation: null, effect: 'deny', validFrom: null, validTo: null, reason: 'host nation has not granted landing rights to SDF aircraft' },
    { id: 'g-r2', scope: 'country', scopeId: 'TW', category: 'sdf', nation: null, effect: 'deny', validFrom: null, validTo: null, reason: 'SDF flights to Taiwan not authorised' },
    { id: 'g-r3', scope: 'country', scopeId: 'TW', category: 'foreign_military', nation: null, effect: 'deny', validFrom: null, validTo: iso(24), reason: 'foreign military aircraft cleared only from day 2' },
    { id: 'g-r4', scope: 'country', scopeId: 'TW', category: 'foreign_military', nation: 'US', effect: 'allow', validFrom: null, validTo: null, reason: 'US military cleared' },
  ];
  const closed = originSet.find((a) => a.country === 'KR' && a.departuresPerHour < 10);
  return {
    scenario: {
      id: `bench-${size.name}-${seed}`, name: `Bench ${size.name} (seed ${seed})`, description: 'generated',
      countries: ['KR', 'TW'], startsAt, horizonHours: size.horizonHours,
      ground: { roadFactor: 1.3, groundSpeedKmh: 50, maxGroundKm: 400, processingHours: 2 },
      airportStatus: closed ? { [closed.id]: 'closed' } : {},
      accessRules: rules,
      hazardZones: [square('g-dmz', 'DMZ artillery range', 37.95, 126.9, 15), square('g-kinmen', 'Kinmen', 24.45, 118.35, 8)],
      version: 1,
    },
    areas, airports, offers, partners: PARTNERS,
  };
}
