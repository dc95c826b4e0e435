/**
 * The demo data: real reference data (server/seed/data/*.csv, see DATA_SOURCES.md) turned into the domain
 * objects of shared/schemas, plus the partners, lift offers and scenarios a planner would recognise.
 *
 * PURE: CSV text in, objects out (no fs, no clock, no randomness) — the same input always gives the same
 * data. Every rule applied here is listed, with the judgements marked, in DATA_SOURCES.md.
 */
import type { AccessRule, Airport, AssemblyArea, HazardZone, LiftOffer, Partner, Scenario } from '../../shared/schemas/domain.ts';
import type { AircraftType } from '../../shared/schemas/aircraft.ts';
import type { OperatorCategory } from '../../shared/schemas/common.ts';
import { parseCsvTable } from './csv.ts';

export interface DemoData {
  countries: { code: string; name: string }[];
  airports: Airport[];
  areas: AssemblyArea[];
  partners: Partner[];
  offers: LiftOffer[];
  scenarios: Scenario[];
  aircraft: AircraftType[];
  /** The ship types of the lift catalogue (mode sea), from ships.csv; in the database since migration 20261202080000. */
  ships: AircraftType[];
}

export interface DemoFiles { airportsCsv: string; residentsCsv: string; aircraftCsv: string; portsCsv: string; shipsCsv: string }

/** The notional start of every seeded scenario; offer windows are relative to it. */
export const DEMO_START = '2027-04-01T00:00:00.000Z';
/** The policy figures the planner is built around (DESIGN.md): residents per country after scaling. */
export const RESIDENT_TARGETS: Readonly<Record<string, number>> = { KR: 41_000, TW: 25_000 };

// ---- small helpers ------------------------------------------------------------------------------

const EARTH_RADIUS_KM = 6371.0088;
/** Great-circle distance in km (haversine, mean Earth radius). */
export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Scales non-negative integers to sum exactly `target`, keeping their shares: each gets the floor of its
 * quota, the remainder goes one by one to the largest fractional parts (ties: earlier row first).
 */
export function largestRemainder(values: number[], target: number): number[] {
  const sum = values.reduce((s, v) => s + v, 0);
  if (sum <= 0) throw new Error('largestRemainder: the values sum to zero');
  const quotas = values.map((v) => (v * target) / sum);
  const out = quotas.map((q) => Math.floor(q));
  let left = target - out.reduce((s, v) => s + v, 0);
  const order = quotas.map((q, i) => ({ i, frac: q - Math.floor(q) })).sort((x, y) => y.frac - x.frac || x.i - y.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left -= 1;
  }
  return out;
}

export function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/&/g, ' ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const hoursAfter = (iso: string, h: number) => new Date(Date.parse(iso) + h * 3_600_000).toISOString();

function need(values: Record<string, string>, col: string, where: string): string {
  const v = values[col];
  if (v === undefined) throw new Error(`${where}: column "${col}" is missing`);
  return v.trim();
}
function num(values: Record<string, string>, col: string, where: string): number {
  const v = need(values, col, where);
  const n = Number(v);
  if (v === '' || !Number.isFinite(n)) throw new Error(`${where}: column "${col}" is not a number: "${v}"`);
  return n;
}
function optNum(values: Record<string, string>, col: string, where: string): number | null {
  return need(values, col, where) === '' ? null : num(values, col, where);
}

// ---- zones (landmasses) -------------------------------------------------------------------------

interface IslandBox { zone: string; country: string; minLat: number; maxLat: number; minLon: number; maxLon: number }
/**
 * Islands of South Korea and Taiwan that are not road-connected to the main island, as lat/lon boxes that
 * contain the island and no part of another landmass (checked by hand against every KR and TW row).
 */
export const ISLAND_BOXES: readonly IslandBox[] = [
  { zone: 'KR-jeju', country: 'KR', minLat: 33.1, maxLat: 33.6, minLon: 126.1, maxLon: 127.0 },
  { zone: 'KR-ulleung', country: 'KR', minLat: 37.4, maxLat: 37.6, minLon: 130.75, maxLon: 131.0 },
  { zone: 'TW-kinmen', country: 'TW', minLat: 24.35, maxLat: 24.55, minLon: 118.2, maxLon: 118.5 },
  { zone: 'TW-matsu-nangan', country: 'TW', minLat: 26.13, maxLat: 26.18, minLon: 119.9, maxLon: 119.99 },
  { zone: 'TW-matsu-beigan', country: 'TW', minLat: 26.19, maxLat: 26.25, minLon: 119.96, maxLon: 120.03 },
  { zone: 'TW-penghu', country: 'TW', minLat: 23.1, maxLat: 23.8, minLon: 119.3, maxLon: 119.75 },
  { zone: 'TW-lanyu', country: 'TW', minLat: 21.95, maxLat: 22.1, minLon: 121.48, maxLon: 121.62 },
  { zone: 'TW-greenisland', country: 'TW', minLat: 22.63, maxLat: 22.7, minLon: 121.45, maxLon: 121.52 },
];

/**
 * Zones of the Japanese and staging airports, checked by hand per ident. Japanese airports are
 * reception / staging points only (nobody is evacuated from them), so their zone is informational.
 * Airports on artificial or small islands joined to a main island by road bridges (Kansai, Kobe, Centrair,
 * Kitakyushu, Nagasaki, Amakusa, Shimojishima via Irabu) take the zone of that main island.
 */
const ZONE_BY_IDENT: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['RJCB', 'RJCC', 'RJCH', 'RJCJ', 'RJCK', 'RJCM', 'RJCN', 'RJCO', 'RJCS', 'RJCT', 'RJCW', 'RJEB', 'RJEC']
    .map((id) => [id, 'JP-hokkaido'])),
  ...Object.fromEntries(['RJDA', 'RJFA', 'RJFF', 'RJFK', 'RJFM', 'RJFN', 'RJFO', 'RJFR', 'RJFS', 'RJFT', 'RJFU', 'RJFY', 'RJFZ']
    .map((id) => [id, 'JP-kyushu'])),
  ...Object.fromEntries(['RJOK', 'RJOM', 'RJOS', 'RJOT'].map((id) => [id, 'JP-shikoku'])),
  ...Object.fromEntries(['ROAH', 'RODN', 'ROTM'].map((id) => [id, 'JP-okinawa'])),
  RJEO: 'JP-okushiri', RJER: 'JP-rishiri', RJDB: 'JP-iki', RJDT: 'JP-tsushima', RJFC: 'JP-yakushima',
  RJFE: 'JP-fukue', RJFG: 'JP-tanegashima', RJKA: 'JP-amami', RJKB: 'JP-okinoerabu', RJKI: 'JP-kikai',
  RJKN: 'JP-tokunoshima', RORY: 'JP-yoron', RJNO: 'JP-oki', RJSD: 'JP-sado', RJAN: 'JP-niijima',
  RJAW: 'JP-iwoto', RJTH: 'JP-hachijojima', RJTO: 'JP-izuoshima', RJTQ: 'JP-miyakejima',
  RORE: 'JP-iejima', ROKJ: 'JP-kumejima', RORA: 'JP-aguni', ROMD: 'JP-minamidaito', RORK: 'JP-kitadaito',
  ROMY: 'JP-miyako', RORS: 'JP-miyako', RORT: 'JP-tarama', ROIG: 'JP-ishigaki', ROYN: 'JP-yonaguni',
  PGUM: 'GU-main', PGUA: 'GU-main', PGSN: 'MP-saipan', RPUO: 'PH-batan', RPVM: 'PH-cebu', VHHH: 'HK-main',
};
const DEFAULT_ZONE: Readonly<Record<string, string>> = { JP: 'JP-honshu', PH: 'PH-luzon', MP: 'MP-saipan' };

/** The landmass at a point: an island box of ISLAND_BOXES, else the country's main landmass. */
export function zoneAt(country: string, lat: number, lon: number): string {
  const box = ISLAND_BOXES.find((b) => b.country === country
    && lat >= b.minLat && lat <= b.maxLat && lon >= b.minLon && lon <= b.maxLon);
  return box?.zone ?? DEFAULT_ZONE[country] ?? `${country}-main`;
}

function airportZone(ident: string, country: string, lat: number, lon: number): string {
  return ZONE_BY_IDENT[ident] ?? zoneAt(country, lat, lon);
}

// ---- airports -----------------------------------------------------------------------------------

/** Slack on the runway thresholds: OurAirports lengths are feet, a 3,000 m runway reads 2,999 m. */
export const RUNWAY_TOLERANCE_M = 10;

/**
 * Evacuation departures per hour (judgement): limited in practice by ramp space, passenger processing and
 * slots long before the runway, so these are a fraction of commercial capacity.
 * no runway record or < 1,000 m → 0 (and the airport is closed); 1,000–1,799 m → 2; 1,800–2,499 m → 4;
 * 2,500–2,999 m → 6 (10 for a large_airport); ≥ 3,000 m → 12 (20 for a large_airport). Thresholds are
 * met within RUNWAY_TOLERANCE_M (feet-to-metre rounding).
 */
export function departuresPerHourRule(runwayM: number | null, type: string): number {
  if (runwayM === null) return 0;
  const m = runwayM + RUNWAY_TOLERANCE_M;
  if (m < 1000) return 0;
  const large = type === 'large_airport';
  if (m >= 3000) return large ? 20 : 12;
  if (m >= 2500) return large ? 10 : 6;
  if (m >= 1800) return 4;
  return 2;
}

function buildAirports(csv: string): Airport[] {
  const { rows } = parseCsvTable(csv);
  const seen = new Set<string>();
  return rows.map(({ row, values }) => {
    const where = `airports.csv row ${row}`;
    const id = need(values, 'ident', where);
    if (seen.has(id)) throw new Error(`${where}: duplicate ident ${id}`);
    seen.add(id);
    const country = need(values, 'country', where);
    const lat = num(values, 'lat', where);
    const lon = num(values, 'lon', where);
    const runway = optNum(values, 'longest_runway_m', where);
    const runwayM = runway === null ? null : Math.round(runway);
    const type = need(values, 'type', where);
    const iata = need(values, 'iata', where);
    const icaoCode = need(values, 'icao_code', where);
    const gps = need(values, 'gps_code', where);
    const icao = /^[A-Z0-9]{4}$/.test(icaoCode) ? icaoCode : /^[A-Z]{4}$/.test(gps) ? gps : null;
    const departuresPerHour = departuresPerHourRule(runwayM, type);
    return {
      id, iata: /^[A-Z0-9]{3}$/.test(iata) ? iata : null, icao,
      name: need(values, 'name', where), country, zone: airportZone(id, country, lat, lon), lat, lon,
      runwayM, departuresPerHour, status: departuresPerHour === 0 ? 'closed' : 'open',
      role: need(values, 'role', where) || null,
    } satisfies Airport;
  });
}

// ---- seaports ----------------------------------------------------------------------------------

/**
 * Seaports are departure points like airports (mode `sea`): ports.csv gives each one's position (with the
 * page it was read from), UN/LOCODE where a source names it, passenger berths and evacuation departures per
 * hour (both judgements, DATA_SOURCES.md §1.4).
 */
function buildPorts(csv: string): Airport[] {
  const { rows } = parseCsvTable(csv);
  return rows.map(({ row, values }) => {
    const where = `ports.csv row ${row}`;
    const unlocode = need(values, 'unlocode', where);
    const departuresPerHour = num(values, 'departures_per_hour', where);
    return {
      id: need(values, 'id', where), iata: null, icao: null, name: need(values, 'name', where),
      country: need(values, 'country', where), zone: need(values, 'zone', where),
      lat: num(values, 'lat', where), lon: num(values, 'lon', where), runwayM: null, departuresPerHour,
      status: departuresPerHour === 0 ? 'closed' : 'open', role: need(values, 'role', where) || null,
      mode: 'sea', berths: optNum(values, 'berths', where), unlocode: unlocode || null,
    } satisfies Airport;
  });
}

// ---- assembly areas -----------------------------------------------------------------------------

/** Share of residents with medical / special needs (priority 1) — judgement. */
export const PRIORITY1_SHARE = 0.03;
/** Share of residents in families with children, elderly or pregnant (priority 2) — judgement. */
export const PRIORITY2_SHARE = 0.30;
/**
 * Short-term Japanese travellers still in the area when the evacuation starts, as a share of its
 * residents (judgement; MOFA figures exclude stays under three months): capital regions 15 %, the main
 * tourist destinations Busan, Jeju and Kaohsiung 10 %, elsewhere 5 %. All visitors count as priority 3.
 */
export const VISITOR_SHARE: Readonly<Record<string, number>> = {
  'kr-seoul-capital-area': 0.15, 'tw-taipei-city': 0.15,
  'kr-busan': 0.10, 'kr-jeju': 0.10, 'tw-kaohsiung-city': 0.10,
};
export const DEFAULT_VISITOR_SHARE = 0.05;

/** Area id: country + slug of the region's name before the consular district and any parenthesis. */
function areaId(country: string, region: string): string {
  const head = (region.split(' - ')[0] ?? region).replace(/\(.*?\)/g, '').replace(/\bexcl\..*$/, '');
  return `${country.toLowerCase()}-${slugify(head)}`;
}

function buildAreas(csv: string): AssemblyArea[] {
  const { rows } = parseCsvTable(csv);
  const parsed = rows.map(({ row, values }) => {
    const where = `residents.csv row ${row}`;
    const country = need(values, 'country', where);
    const region = need(values, 'region', where);
    const residents = num(values, 'residents', where);
    if (!Number.isInteger(residents) || residents < 0) throw new Error(`${where}: residents must be a whole number ≥ 0`);
    return { country, region, lat: num(values, 'lat', where), lon: num(values, 'lon', where), residents };
  });
  const scaled = new Map<(typeof parsed)[number], number>();
  for (const country of [...new Set(parsed.map((p) => p.country))]) {
    const group = parsed.filter((p) => p.country === country);
    const target = RESIDENT_TARGETS[country];
    const counts = target === undefined ? group.map((p) => p.residents) : largestRemainder(group.map((p) => p.residents), target);
    group.forEach((p, i) => scaled.set(p, counts[i] ?? 0));
  }
  const ids = new Set<string>();
  return parsed.map((p) => {
    const id = areaId(p.country, p.region);
    if (ids.has(id)) throw new Error(`residents.csv: two regions give the area id ${id}`);
    ids.add(id);
    const residents = scaled.get(p) ?? 0;
    const visitors = Math.round(residents * (VISITOR_SHARE[id] ?? DEFAULT_VISITOR_SHARE));
    return {
      id, country: p.country, zone: zoneAt(p.country, p.lat, p.lon), name: p.region, lat: p.lat, lon: p.lon,
      residents, visitors,
      priority1: Math.round(residents * PRIORITY1_SHARE),
      priority2: Math.round(residents * PRIORITY2_SHARE),
    };
  });
}

// ---- aircraft catalogue -------------------------------------------------------------------------

function buildAircraft(csv: string): AircraftType[] {
  const { rows } = parseCsvTable(csv);
  return rows.map(({ row, values }) => {
    const where = `aircraft.csv row ${row}`;
    const category = need(values, 'operator_category', where);
    if (category !== 'sdf' && category !== 'foreign_military' && category !== 'civil') {
      throw new Error(`${where}: unknown operator_category "${category}"`);
    }
    const int = (col: string) => { const v = optNum(values, col, where); return v === null ? null : Math.round(v); };
    return {
      type: need(values, 'type', where), category,
      seats: int('typical_pax'), maxPaxEvac: int('max_pax_evac'),
      cruiseKmh: optNum(values, 'cruise_kmh', where), rangeKm: optNum(values, 'range_km', where),
      minRunwayM: int('min_runway_m'), mode: 'air',
    };
  });
}

/** The ship types (mode sea) of ships.csv, in the shape of the aircraft catalogue. */
function buildShips(csv: string): AircraftType[] {
  const { rows } = parseCsvTable(csv);
  return rows.map(({ row, values }) => {
    const where = `ships.csv row ${row}`;
    const category = need(values, 'operator_category', where);
    if (category !== 'sdf' && category !== 'foreign_military' && category !== 'civil') {
      throw new Error(`${where}: unknown operator_category "${category}"`);
    }
    const int = (col: string) => { const v = optNum(values, col, where); return v === null ? null : Math.round(v); };
    return {
      type: need(values, 'type', where), category, seats: int('typical_pax'), maxPaxEvac: int('max_pax_evac'),
      cruiseKmh: optNum(values, 'cruise_kmh', where), rangeKm: null, minRunwayM: null, mode: 'sea',
    };
  });
}

// ---- partners and lift offers -------------------------------------------------------------------

/** Each partner offers the operator category of what it is: an air force foreign_military, an airline civil, the JASDF sdf. */
const PARTNERS: Partner[] = [
  { id: 'us-usaf', name: 'United States Air Force (Air Mobility Command)', nation: 'US', categories: ['foreign_military'], version: 1 },
  { id: 'gb-raf', name: 'Royal Air Force', nation: 'GB', categories: ['foreign_military'], version: 1 },
  { id: 'au-raaf', name: 'Royal Australian Air Force', nation: 'AU', categories: ['foreign_military'], version: 1 },
  { id: 'ca-rcaf', name: 'Royal Canadian Air Force', nation: 'CA', categories: ['foreign_military'], version: 1 },
  { id: 'sg-rsaf', name: 'Republic of Singapore Air Force', nation: 'SG', categories: ['foreign_military'], version: 1 },
  { id: 'de-luftwaffe', name: 'German Air Force (Luftwaffe)', nation: 'DE', categories: ['foreign_military'], version: 1 },
  { id: 'jp-jal', name: 'Japan Airlines (government charter)', nation: 'JP', categories: ['civil'], version: 1 },
  { id: 'jp-ana', name: 'All Nippon Airways (government charter)', nation: 'JP', categories: ['civil'], version: 1 },
  { id: 'jp-jasdf', name: 'Japan Air Self-Defense Force', nation: 'JP', categories: ['sdf'], version: 1 },
  // Sea lift (issue 15): the Maritime SDF, and the ferry lines of the Korea Strait (their real operators).
  { id: 'jp-jmsdf', name: 'Japan Maritime Self-Defense Force', nation: 'JP', categories: ['sdf'], version: 1 },
  { id: 'jp-camellia', name: 'Camellia Line (Hakata–Busan ferry)', nation: 'JP', categories: ['civil'], version: 1 },
  { id: 'jp-kampu', name: 'Kampu Ferry (Shimonoseki–Busan)', nation: 'JP', categories: ['civil'], version: 1 },
  { id: 'kr-pukwan', name: 'Pukwan Ferry (Busan–Shimonoseki)', nation: 'KR', categories: ['civil'], version: 1 },
  { id: 'kr-panstar', name: 'Panstar Line (Busan–Tsushima)', nation: 'KR', categories: ['civil'], version: 1 },
  { id: 'jp-jrkyushu-jetferry', name: 'JR Kyushu Jet Ferry (Hakata–Busan)', nation: 'JP', categories: ['civil'], version: 1 },
];

/** Cruise speed assumed where aircraft.csv has none (A330 MRTT / KC-30A, B787): a jet transport at ~Mach 0.8 — judgement. */
export const DEFAULT_CRUISE_KMH = 850;
/** Per leg: taxi, climb and approach on top of cruise time — judgement. */
export const LEG_OVERHEAD_HOURS = 0.5;
/** Per round trip: boarding at the origin plus unloading and refuelling at the destination — judgement. */
export const GROUND_HOURS = 3;

/**
 * Turnaround (hours between two departures of one aircraft from its origins): a round trip from the
 * offer's farthest origin at cruise speed, plus LEG_OVERHEAD_HOURS per leg and GROUND_HOURS, rounded up to
 * the half hour.
 */
export function turnaroundRule(distanceKm: number, cruiseKmh: number | null): number {
  const leg = distanceKm / (cruiseKmh ?? DEFAULT_CRUISE_KMH) + LEG_OVERHEAD_HOURS;
  return Math.ceil((2 * leg + GROUND_HOURS) * 2) / 2;
}

interface OfferSpec {
  id: string; partnerId: string; aircraftType: string; aircraftCount: number; sorties: number;
  /** window, hours after DEMO_START */
  fromH: number; toH: number;
  origins: string[]; destination: string; status: LiftOffer['status']; note: string;
}

const C17_USAF = 'Boeing C-17A Globemaster III (USAF)';
const C17_UK_AU = 'Boeing C-17A Globemaster III (RAF; RAAF)';
const C130J = 'Lockheed Martin C-130J-30 Super Hercules (USAF; RAAF; RAF)';
const A400M = 'Airbus A400M Atlas (RAF Atlas C1; Luftwaffe; French AF)';
const C17_NOTE = 'Seats = typical 102 (aircraft.csv); a C-17 carried 823 in one emergency sortie from Kabul (2021) — not planned on.';

/**
 * The seeded offers. KR-only, TW-only and "either theatre" offers are sized so that one theatre alone is
 * mostly served within ~5 days while the concurrent contingency leaves people behind (DATA_SOURCES.md).
 */
const OFFERS: OfferSpec[] = [
  // United States: C-130J shuttles from day 0, C-17s from H+12
  { id: 'offer-us-c130j-1', partnerId: 'us-usaf', aircraftType: C130J, aircraftCount: 4, sorties: 66, fromH: 6, toH: 144,
    origins: ['RKSO', 'RKSG', 'RKPK', 'RKPC'], destination: 'RJFF', status: 'accepted',
    note: 'USFK-based shuttle Osan / Humphreys / Gimhae / Jeju → Fukuoka.' },
  { id: 'offer-us-c17-1', partnerId: 'us-usaf', aircraftType: C17_USAF, aircraftCount: 3, sorties: 48, fromH: 12, toH: 144,
    origins: ['RKSO', 'RKSI'], destination: 'RJTY', status: 'accepted', note: `Osan / Incheon → Yokota. ${C17_NOTE}` },
  { id: 'offer-us-c130j-2', partnerId: 'us-usaf', aircraftType: C130J, aircraftCount: 3, sorties: 42, fromH: 12, toH: 144,
    origins: ['RCMQ', 'RCKH', 'RCNN'], destination: 'RODN', status: 'accepted',
    note: 'Taichung (Ching Chuang Kang) / Kaohsiung / Tainan → Kadena.' },
  { id: 'offer-us-c17-2', partnerId: 'us-usaf', aircraftType: C17_USAF, aircraftCount: 2, sorties: 24, fromH: 24, toH: 144,
    origins: ['RCTP', 'RCKH'], destination: 'RODN', status: 'accepted', note: `Taoyuan / Kaohsiung → Kadena. ${C17_NOTE}` },
  // United Kingdom
  { id: 'offer-gb-a400m-1', partnerId: 'gb-raf', aircraftType: A400M, aircraftCount: 2, sorties: 20, fromH: 36, toH: 168,
    origins: ['RKSI', 'RKSS', 'RCTP'], destination: 'RJFF', status: 'accepted',
    note: 'Either theatre: Incheon / Gimpo / Taoyuan → Fukuoka.' },
  { id: 'offer-gb-c17-1', partnerId: 'gb-raf', aircraftType: C17_UK_AU, aircraftCount: 1, sorties: 10, fromH: 48, toH: 168,
    origins: ['RKSI', 'RKPK'], destination: 'RJFF', status: 'submitted',
    note: `Awaiting the planner's decision. ${C17_NOTE}` },
  // Australia
  { id: 'offer-au-kc30a-1', partnerId: 'au-raaf', aircraftType: 'Airbus KC-30A MRTT (RAAF)', aircraftCount: 2, sorties: 20, fromH: 36, toH: 168,
    origins: ['RKSI', 'RKPK', 'RCTP', 'RCKH'], destination: 'ROAH', status: 'accepted',
    note: 'Either theatre → Naha. 270 seats in RAAF passenger configuration.' },
  { id: 'offer-au-c17-1', partnerId: 'au-raaf', aircraftType: C17_UK_AU, aircraftCount: 1, sorties: 10, fromH: 48, toH: 168,
    origins: ['RCTP', 'RCKH'], destination: 'RPLC', status: 'submitted',
    note: `Taoyuan / Kaohsiung → Clark; awaiting the planner's decision. ${C17_NOTE}` },
  // Canada
  { id: 'offer-ca-cc177-1', partnerId: 'ca-rcaf', aircraftType: 'Boeing CC-177 Globemaster III (RCAF)', aircraftCount: 1, sorties: 14, fromH: 36, toH: 168,
    origins: ['RKSI', 'RKSS'], destination: 'RJFF', status: 'accepted', note: `Incheon / Gimpo → Fukuoka. ${C17_NOTE}` },
  { id: 'offer-ca-cc130j-1', partnerId: 'ca-rcaf', aircraftType: 'Lockheed Martin CC-130J Hercules (RCAF)', aircraftCount: 1, sorties: 4, fromH: 132, toH: 168,
    origins: ['RKSI'], destination: 'RJFF', status: 'declined',
    note: 'Declined: available only from day 6, after the planned peak; crews and ramp space better spent on the CC-177.' },
  // Singapore
  { id: 'offer-sg-mrtt-1', partnerId: 'sg-rsaf', aircraftType: 'Airbus A330 MRTT (Republic of Singapore Air Force)', aircraftCount: 1, sorties: 10, fromH: 24, toH: 168,
    origins: ['RCTP', 'RCKH'], destination: 'RPLL', status: 'accepted', note: 'Taoyuan / Kaohsiung → Manila.' },
  // Germany
  { id: 'offer-de-a400m-1', partnerId: 'de-luftwaffe', aircraftType: A400M, aircraftCount: 1, sorties: 8, fromH: 72, toH: 168,
    origins: ['RKSI', 'RCTP'], destination: 'RJFF', status: 'submitted',
    note: "Either theatre → Fukuoka; awaiting the planner's decision." },
  // Japanese airlines: government charters (civil)
  { id: 'offer-jp-jal-b787-1', partnerId: 'jp-jal', aircraftType: 'Boeing 787-8 (civil charter)', aircraftCount: 3, sorties: 48, fromH: 24, toH: 144,
    origins: ['RKSI', 'RKSS', 'RKPK', 'RKPC'], destination: 'RJFF', status: 'accepted',
    note: 'Government charter: Incheon / Gimpo / Gimhae / Jeju → Fukuoka.' },
  { id: 'offer-jp-jal-b787-2', partnerId: 'jp-jal', aircraftType: 'Boeing 787-8 (civil charter)', aircraftCount: 2, sorties: 20, fromH: 24, toH: 144,
    origins: ['RCTP', 'RCSS', 'RCKH'], destination: 'ROAH', status: 'accepted',
    note: 'Government charter: Taoyuan / Songshan / Kaohsiung → Naha.' },
  { id: 'offer-jp-ana-b777-1', partnerId: 'jp-ana', aircraftType: 'Boeing 777-300ER (civil charter)', aircraftCount: 2, sorties: 28, fromH: 24, toH: 168,
    origins: ['RKSI', 'RCTP'], destination: 'RJBB', status: 'accepted',
    note: 'Government charter, either theatre: Incheon / Taoyuan → Kansai.' },
  { id: 'offer-jp-ana-b787-1', partnerId: 'jp-ana', aircraftType: 'Boeing 787-9 (civil charter)', aircraftCount: 1, sorties: 8, fromH: 48, toH: 168,
    origins: ['RCTP', 'RCSS'], destination: 'ROAH', status: 'submitted',
    note: "Additional charter, awaiting the planner's decision." },
  // Japan's own SDF: offered and accepted by Japan, but denied landing in KR and TW by every seeded scenario
  { id: 'offer-jp-c2-1', partnerId: 'jp-jasdf', aircraftType: 'Kawasaki C-2 (JASDF)', aircraftCount: 2, sorties: 16, fromH: 12, toH: 168,
    origins: ['RKPK', 'RKSI', 'RCKH', 'RCTP'], destination: 'RJFF', status: 'accepted',
    note: 'Ready from H+12; cannot be planned while the host nation denies SDF landings (see the scenarios\' access rules).' },
  { id: 'offer-jp-c130h-1', partnerId: 'jp-jasdf', aircraftType: 'Lockheed C-130H Hercules (JASDF)', aircraftCount: 2, sorties: 16, fromH: 12, toH: 168,
    origins: ['RKPK', 'RCKH', 'RCTP'], destination: 'ROAH', status: 'accepted',
    note: 'Ready from H+12; cannot be planned while the host nation denies SDF landings.' },
  { id: 'offer-jp-kc767-1', partnerId: 'jp-jasdf', aircraftType: 'Boeing KC-767J tanker-transport (JASDF)', aircraftCount: 1, sorties: 8, fromH: 24, toH: 168,
    origins: ['RKSI', 'RCTP'], destination: 'RJTT', status: 'accepted',
    note: 'Ready from H+24; cannot be planned while the host nation denies SDF landings.' },
  // Sea lift across the Korea Strait: the real ferry lines (ships.csv names each ship's source), chartered
  // for the evacuation; windows are judgements, sailings at the lines' normal cadence (the Hakata and Tsushima
  // ships one round trip a day, each Shimonoseki ship one every other day). A sailing is planned like a sortie.
  { id: 'offer-jp-camellia-1', partnerId: 'jp-camellia', aircraftType: 'New Camellia (Camellia Line ferry, Hakata–Busan)', aircraftCount: 1, sorties: 7, fromH: 12, toH: 168,
    origins: ['port-busan'], destination: 'port-hakata', status: 'accepted',
    note: 'Chartered sailings of the Busan–Hakata ferry line (Camellia Line, daily in normal service).' },
  { id: 'offer-jp-kampu-1', partnerId: 'jp-kampu', aircraftType: 'Hamayuu (Kampu Ferry, Shimonoseki–Busan)', aircraftCount: 1, sorties: 4, fromH: 24, toH: 168,
    origins: ['port-busan'], destination: 'port-shimonoseki', status: 'accepted',
    note: 'Chartered sailings of the Kampu ferry line Busan–Shimonoseki (overnight in normal service).' },
  { id: 'offer-kr-pukwan-1', partnerId: 'kr-pukwan', aircraftType: 'Seong Hee (Pukwan Ferry, Busan–Shimonoseki)', aircraftCount: 1, sorties: 4, fromH: 24, toH: 168,
    origins: ['port-busan'], destination: 'port-shimonoseki', status: 'accepted',
    note: "The Korean partner ship of the Busan–Shimonoseki line (Pukwan Ferry)." },
  { id: 'offer-kr-panstar-1', partnerId: 'kr-panstar', aircraftType: 'Panstar Tsushima Link (high-speed catamaran, Busan–Tsushima)', aircraftCount: 1, sorties: 7, fromH: 6, toH: 168,
    origins: ['port-busan'], destination: 'port-hitakatsu', status: 'accepted',
    note: 'Busan–Hitakatsu high-speed line (about 1 h 10 min); Tsushima is a staging point, not the end of the journey.' },
  { id: 'offer-jp-jrkyushu-1', partnerId: 'jp-jrkyushu-jetferry', aircraftType: 'Queen Beetle (JR Kyushu Jet Ferry, Hakata–Busan)', aircraftCount: 1, sorties: 7, fromH: 48, toH: 168,
    origins: ['port-busan'], destination: 'port-hakata', status: 'submitted',
    note: "Charter of the former Hakata–Busan high-speed ship; awaiting the planner's decision." },
  { id: 'offer-jp-osumi-1', partnerId: 'jp-jmsdf', aircraftType: 'Ōsumi-class tank landing ship (JMSDF)', aircraftCount: 1, sorties: 6, fromH: 24, toH: 168,
    origins: ['port-busan'], destination: 'port-hakata', status: 'accepted',
    note: 'Ready from H+24; a Maritime SDF ship faces the same host-nation question as SDF aircraft: not planned while SDF is denied.' },
];

function buildOffers(aircraft: AircraftType[], airports: Airport[]): LiftOffer[] {
  // One catalogue of lift: an offer names an aircraft or a ship type, and one rule gives its turnaround.
  const byType = new Map(aircraft.map((a) => [a.type, a]));
  const byId = new Map(airports.map((a) => [a.id, a]));
  const partners = new Map(PARTNERS.map((p) => [p.id, p]));
  return OFFERS.map((o) => {
    const type = byType.get(o.aircraftType);
    if (!type) throw new Error(`offer ${o.id}: aircraft type "${o.aircraftType}" is not in aircraft.csv`);
    if (type.seats === null) throw new Error(`offer ${o.id}: aircraft.csv has no typical_pax for "${o.aircraftType}"`);
    const partner = partners.get(o.partnerId);
    if (!partner) throw new Error(`offer ${o.id}: unknown partner ${o.partnerId}`);
    if (!partner.categories.includes(type.category)) throw new Error(`offer ${o.id}: ${partner.id} does not offer ${type.category} aircraft`);
    const dest = byId.get(o.destination);
    if (!dest) throw new Error(`offer ${o.id}: unknown destination airport ${o.destination}`);
    const farthest = Math.max(...o.origins.map((id) => {
      const a = byId.get(id);
      if (!a) throw new Error(`offer ${o.id}: unknown origin airport ${id}`);
      return greatCircleKm(a, dest);
    }));
    return {
      id: o.id, partnerId: o.partnerId, category: type.category, aircraftType: o.aircraftType,
      seatsPerSortie: type.seats, sorties: o.sorties, aircraftCount: o.aircraftCount,
      availableFrom: hoursAfter(DEMO_START, o.fromH), availableTo: hoursAfter(DEMO_START, o.toH),
      originAirportIds: o.origins, destinationAirportId: o.destination,
      turnaroundHours: turnaroundRule(farthest, type.cruiseKmh), status: o.status, note: o.note, version: 1,
    };
  });
}

// ---- scenarios ----------------------------------------------------------------------------------

const GROUND = { roadFactor: 1.3, groundSpeedKmh: 50, maxGroundKm: 400, processingHours: 2 };
const HORIZON_HOURS = 168;

const SDF_KR_REASON = 'Host nation has not granted landing rights to SDF aircraft (South Korea is unlikely to permit Japanese SDF aircraft to land).';
const SDF_TW_REASON = 'SDF aircraft may not be sent to Taiwan: it would meet strong opposition from the PRC, and consent might have to be sought from Beijing rather than Taipei.';
const VHHH_REASON = 'Hong Kong is PRC territory: reference only, no clearance assumed for military evacuation flights.';

function rule(id: string, scope: AccessRule['scope'], scopeId: string, category: OperatorCategory, reason: string,
  extra: Partial<Pick<AccessRule, 'nation' | 'effect' | 'validFrom' | 'validTo'>> = {}): AccessRule {
  return { id, scope, scopeId, category, nation: null, effect: 'deny', validFrom: null, validTo: null, reason, ...extra };
}

/** A closed GeoJSON ring from [lon, lat] corners (the first corner is repeated at the end). */
function polygon(id: string, name: string, corners: [number, number][]): HazardZone {
  const first = corners[0];
  if (!first) throw new Error(`hazard zone ${id}: no corners`);
  return { id, name, geometry: { type: 'Polygon', coordinates: [[...corners, first]] } };
}

function hazardForwardArea(prefix: string) {
  return polygon(`${prefix}-hz-forward-area`, 'Forward area north of Seoul (Paju–Yeoncheon–Cheorwon): no movement (illustrative)',
    [[126.65, 37.75], [127.45, 37.75], [127.45, 38.3], [126.65, 38.3]]);
}
function hazardsBlockade(prefix: string) {
  return [
    polygon(`${prefix}-hz-closure-ne`, 'Declared PLA closure area off north-east Taiwan (illustrative, sea only)',
      [[121.9, 25.3], [122.4, 25.3], [122.4, 25.7], [121.9, 25.7]]),
    polygon(`${prefix}-hz-closure-sw`, 'Declared PLA closure area off Kaohsiung (illustrative, sea only)',
      [[119.9, 22.2], [120.15, 22.2], [120.15, 22.45], [119.9, 22.45]]),
  ];
}

function buildScenarios(): Scenario[] {
  const base = { startsAt: DEMO_START, horizonHours: HORIZON_HOURS, ground: { ...GROUND }, version: 1 };
  return [
    {
      ...base, id: 'korea', name: 'Korean Peninsula contingency', countries: ['KR'],
      description: 'Armed conflict on the Korean Peninsula. About 41,000 Japanese residents and several thousand short-term '
        + 'visitors in South Korea must leave within a week. South Korea does not grant landing rights to SDF aircraft, so '
        + 'the evacuation relies on Japanese airline charters, the US forces in Korea and partner air forces. Movement in '
        + 'the forward area north of Seoul is impossible. Destinations: Fukuoka, Kansai, Yokota, Naha.',
      airportStatus: {},
      accessRules: [
        rule('korea-sdf-kr', 'country', 'KR', 'sdf', SDF_KR_REASON),
        rule('korea-sdf-vhhh', 'airport', 'VHHH', 'sdf', VHHH_REASON),
        rule('korea-mil-vhhh', 'airport', 'VHHH', 'foreign_military', VHHH_REASON),
      ],
      hazardZones: [hazardForwardArea('korea')],
    },
    {
      ...base, id: 'taiwan-blockade', name: 'Taiwan — blockade of the main island', countries: ['TW'],
      description: 'The PRC declares a blockade ("quarantine") of Taiwan\'s main island with closure areas at sea. Airports stay '
        + 'open and civil charters can still fly, but sending SDF aircraft would meet strong PRC opposition, so SDF is denied '
        + 'in Taiwan. About 25,000 Japanese residents plus visitors; destinations Okinawa (Naha, Kadena), Kansai, Fukuoka and '
        + 'the Philippines (Clark, Manila). Hong Kong is closed to this plan.',
      airportStatus: { VHHH: 'closed' },
      accessRules: [rule('taiwan-blockade-sdf-tw', 'country', 'TW', 'sdf', SDF_TW_REASON)],
      hazardZones: hazardsBlockade('taiwan-blockade'),
    },
    {
      ...base, id: 'taiwan-invasion', name: 'Taiwan — invasion', countries: ['TW'],
      description: 'An amphibious assault on Taiwan. Kinmen, Matsu and Penghu airports are closed; the coast at the likely '
        + 'landing areas (Taoyuan, Taichung harbour, Tainan) is a hazard zone that ground routes may not cross. SDF is denied '
        + 'in Taiwan, and Taiwan\'s airspace is assumed closed to civil traffic from H+96, so airline charters must fly early. '
        + 'Destinations Okinawa, Kansai, Fukuoka and the Philippines; Hong Kong is closed.',
      airportStatus: { RCBS: 'closed', RCFG: 'closed', RCMT: 'closed', RCQC: 'closed', VHHH: 'closed' },
      accessRules: [
        rule('taiwan-invasion-sdf-tw', 'country', 'TW', 'sdf', SDF_TW_REASON),
        rule('taiwan-invasion-civil-tw', 'country', 'TW', 'civil',
          'Taiwan airspace closed to civil traffic from H+96 (assumed NOTAM in an invasion; judgement).',
          { validFrom: hoursAfter(DEMO_START, 96) }),
      ],
      hazardZones: [
        polygon('taiwan-invasion-hz-taoyuan-coast', 'Taoyuan coast (Guanyin–Dayuan): amphibious landing area',
          [[121.0, 24.95], [121.13, 24.98], [121.2, 25.1], [121.1, 25.13], [120.98, 25.02]]),
        polygon('taiwan-invasion-hz-taichung-harbour', 'Taichung harbour and coast: amphibious landing area',
          [[120.42, 24.15], [120.56, 24.2], [120.56, 24.36], [120.45, 24.36]]),
        polygon('taiwan-invasion-hz-tainan-coast', 'Tainan coast (Anping): amphibious landing area',
          [[120.05, 22.85], [120.15, 22.9], [120.15, 23.12], [120.05, 23.12]]),
      ],
    },
    {
      ...base, id: 'concurrent', name: 'Concurrent Taiwan and Korean Peninsula contingency', countries: ['KR', 'TW'],
      description: 'A blockade of Taiwan and a conflict on the Korean Peninsula at the same time: both theatres compete for '
        + 'the same partner and charter lift (offers that list origins in both countries can serve only one sortie at a '
        + 'time). SDF is denied in both countries. The accepted lift does not suffice for everyone within the week: the '
        + 'plan must show who is left behind and why.',
      airportStatus: { VHHH: 'closed' },
      accessRules: [
        rule('concurrent-sdf-kr', 'country', 'KR', 'sdf', SDF_KR_REASON),
        rule('concurrent-sdf-tw', 'country', 'TW', 'sdf', SDF_TW_REASON),
      ],
      hazardZones: [hazardForwardArea('concurrent'), ...hazardsBlockade('concurrent')],
    },
  ];
}

// ---- countries ----------------------------------------------------------------------------------

export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  KR: 'South Korea', TW: 'Taiwan', JP: 'Japan', US: 'United States', GU: 'Guam', MP: 'Northern Mariana Islands',
  PH: 'Philippines', HK: 'Hong Kong', GB: 'United Kingdom', AU: 'Australia', CA: 'Canada', SG: 'Singapore',
  DE: 'Germany', FR: 'France',
};

function buildCountries(codes: Iterable<string>) {
  return [...new Set(codes)].sort().map((code) => {
    const name = COUNTRY_NAMES[code];
    if (!name) throw new Error(`no country name for ${code}`);
    return { code, name };
  });
}

// ---- entry point --------------------------------------------------------------------------------

/** Builds the demo data from the three reference CSV files (their text). Throws on malformed input. */
export function buildDemoData(files: DemoFiles): DemoData {
  const airports = [...buildAirports(files.airportsCsv), ...buildPorts(files.portsCsv)];
  const areas = buildAreas(files.residentsCsv);
  const aircraft = buildAircraft(files.aircraftCsv);
  const ships = buildShips(files.shipsCsv);
  const partners = PARTNERS.map((p) => ({ ...p, categories: [...p.categories] }));
  const offers = buildOffers([...aircraft, ...ships], airports);
  const scenarios = buildScenarios();
  const countries = buildCountries([
    ...airports.map((a) => a.country), ...areas.map((a) => a.country), ...partners.map((p) => p.nation),
    ...scenarios.flatMap((s) => s.countries),
  ]);
  return { countries, airports, areas, partners, offers, scenarios, aircraft, ships };
}

// ---- a rough capacity bound (for tests and DATA_SOURCES.md) ------------------------------------

/**
 * Whether an operator may use an airport at a time under a scenario's rules: the most specific matching
 * rule wins (airport over country, a named nation over every nation); between equally specific rules deny
 * wins; no rule means allowed.
 */
export function accessAllowed(rules: readonly AccessRule[], airport: Pick<Airport, 'id' | 'country'>,
  category: OperatorCategory, nation: string | null, atMs: number): boolean {
  let best: { rank: number; allow: boolean } | null = null;
  for (const r of rules) {
    if (r.category !== category) continue;
    if (r.nation !== null && r.nation !== nation) continue;
    if (r.scope === 'airport' ? r.scopeId !== airport.id : r.scopeId !== airport.country) continue;
    if (r.validFrom !== null && atMs < Date.parse(r.validFrom)) continue;
    if (r.validTo !== null && atMs >= Date.parse(r.validTo)) continue;
    const rank = (r.scope === 'airport' ? 2 : 0) + (r.nation !== null ? 1 : 0);
    const allow = r.effect === 'allow';
    if (!best || rank > best.rank || (rank === best.rank && !allow)) best = { rank, allow };
  }
  return best?.allow ?? true;
}

/**
 * An upper bound on the seats the accepted offers can fly out of a scenario's countries within its
 * horizon. Per offer, each aircraft departs as early as it can — at the first hour when one of the offer's
 * origins in the theatre is open and allowed for the offer's category and nation — and again one
 * turnaround later; seats = seatsPerSortie × min(sorties, aircraftCount × those departures). Ignores
 * ground movement, departure slots, hazard zones and people: the matcher's result can only be lower.
 */
export function seatsOffered(data: Pick<DemoData, 'offers' | 'airports' | 'partners'>, scenario: Scenario): number {
  const airports = new Map(data.airports.map((a) => [a.id, a]));
  const nations = new Map(data.partners.map((p) => [p.id, p.nation]));
  const start = Date.parse(scenario.startsAt);
  const end = start + scenario.horizonHours * 3_600_000;
  let seats = 0;
  for (const o of data.offers) {
    if (o.status !== 'accepted') continue;
    const nation = nations.get(o.partnerId) ?? null;
    const origins = o.originAirportIds.map((id) => airports.get(id))
      .filter((a): a is Airport => !!a && scenario.countries.includes(a.country)
        && (scenario.airportStatus[a.id] ?? a.status) === 'open');
    const usableAt = (t: number) => origins.some((a) => accessAllowed(scenario.accessRules, a, o.category, nation, t));
    const to = Math.min(end, Date.parse(o.availableTo));
    let perAircraft = 0;
    for (let t = Math.max(start, Date.parse(o.availableFrom)); t <= to;) {
      if (usableAt(t)) { perAircraft += 1; t += o.turnaroundHours * 3_600_000; } else t += 3_600_000;
    }
    seats += o.seatsPerSortie * Math.min(o.sorties, o.aircraftCount * perAircraft);
  }
  return seats;
}
