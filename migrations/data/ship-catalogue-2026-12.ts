// Frozen in time: the ship types of the lift catalogue as server/seed/data/ships.csv held them on
// 2026-12-02, copied here so that migration 20261202080000_sea_lift always loads the same rows. `source` and
// `notes` keep each row's attribution (see DATA_SOURCES.md §ships). A later change to the CSV needs a new
// migration.

export interface ShipRow {
  type: string; category: 'sdf' | 'foreign_military' | 'civil';
  typicalPax: number | null; maxPaxEvac: number | null; cruiseKmh: number | null;
  source: string; notes: string;
}

export const SHIP_CATALOGUE_2026_12: readonly ShipRow[] = [
  {
    type: 'New Camellia (Camellia Line ferry, Hakata–Busan)', category: 'civil', typicalPax: 522, maxPaxEvac: 647, cruiseKmh: 43.5,
    source: 'Camellia Line ship profile http://www.camellia-line.co.jp/profile/ (19,961 GT; 23.5 kn; passenger capacity 647, 522 in service)',
    notes: 'cruise_kmh derived: 23.5 kn × 1.852 = 43.5 km/h. Schedule (wjsna.jp/mm/019/article02.html): Hakata 11:30 → Busan 17:00, Busan 23:00 → Hakata 06:00, one round trip a day. max_pax_evac = certified passenger capacity.',
  },
  {
    type: 'Hamayuu (Kampu Ferry, Shimonoseki–Busan)', category: 'civil', typicalPax: 460, maxPaxEvac: null, cruiseKmh: 33.3,
    source: 'http://advectionfog.net/international/kanpu.html (16,187 GT international; 18 kn; passenger capacity 460) and https://no-web.jp/motorcycle/touring/korea-touring-2006/kampuferry/ (460, citing Kampu Ferry)',
    notes: 'cruise_kmh derived: 18 kn × 1.852 = 33.3 km/h. Both Shimonoseki–Busan ships sail overnight, one departure each way a day (advectionfog.net).',
  },
  {
    type: 'Seong Hee (Pukwan Ferry, Busan–Shimonoseki)', category: 'civil', typicalPax: 562, maxPaxEvac: null, cruiseKmh: 33.3,
    source: 'http://advectionfog.net/international/kanpu.html (16,875 GT international; 18 kn; passenger capacity 562)',
    notes: 'cruise_kmh derived: 18 kn × 1.852 = 33.3 km/h. Korean-flagged partner ship of the Hamayuu on the same line.',
  },
  {
    type: 'Queen Beetle (JR Kyushu Jet Ferry, Hakata–Busan)', category: 'civil', typicalPax: 502, maxPaxEvac: null, cruiseKmh: null,
    source: 'Busan Port Authority via https://www.hapskorea.com/korea-japan-passenger-ships-resume-service-today/ (capacity 502); crossing 3 h 40 min per https://videodb.org/eng-sub-from-japan-to-korea-only-35-hr-high-speed-ferry-queen-beetle-business-class-trip-report/axKmO-TPQU8',
    notes: 'No speed figure read; planned at the default speed. JR Kyushu announced in 2024 that it would leave the route (blog.goo.ne.jp/kazusisiren/d/20241214): a charter, not a scheduled service.',
  },
  {
    type: 'Panstar Tsushima Link (high-speed catamaran, Busan–Tsushima)', category: 'civil', typicalPax: 425, maxPaxEvac: null, cruiseKmh: 74.1,
    source: 'https://ships-net.co.jp/ (Panstar Tsushima Link: 457 GT, 40 kn, 425 passengers; built 2001 as Ocean Flower) and https://japan.stripes.com/travel/number-passengers-taking-tsushima-busan-ferry-doubles-march-18 (425)',
    notes: 'cruise_kmh derived: 40 kn × 1.852 = 74.1 km/h. Busan → Hitakatsu about 1 h 10 min (chosunonline.com 2024-02-26).',
  },
  {
    type: 'Nina (Starline catamaran, Busan–Tsushima)', category: 'civil', typicalPax: 440, maxPaxEvac: null, cruiseKmh: null,
    source: 'https://ships-net.co.jp/ (Nina: 553 GT, 440 passengers, built 2016) and https://japan.stripes.com/travel/number-passengers-taking-tsushima-busan-ferry-doubles-march-18 (440)',
    notes: 'No speed figure read; Busan → Hitakatsu 1 h 30 min per Yonhap (en.yna.co.kr/view/AEN20230225001900315).',
  },
  {
    type: 'Ōsumi-class tank landing ship (JMSDF)', category: 'sdf', typicalPax: 330, maxPaxEvac: 1000, cruiseKmh: 40.7,
    source: 'https://en.wikipedia.org/wiki/Ōsumi-class_tank_landing_ship (troops 330 personnel; 22 kn) and https://military-history.fandom.com/wiki/Ōsumi-class_tank_landing_ship (troops 330/1000 long/short duration)',
    notes: 'cruise_kmh derived: 22 kn × 1.852 = 40.7 km/h. max_pax_evac = the short-duration troop figure (1000), not an evacuation record. A Maritime SDF ship: the same host-nation question as SDF aircraft.',
  },
];
