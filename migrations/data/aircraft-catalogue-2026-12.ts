// Frozen in time: the aircraft catalogue as server/seed/data/aircraft.csv held it on 2026-12-01
// (sha256 463a4a7d677ed3dbc1b8db0b4a01ee15ba8565244e9b036719adb58fcb683afc), copied here so that migration
// 20261201000100_offer_facts always loads the same rows. `source` and `notes` keep each row's attribution
// (see DATA_SOURCES.md). A later change to the CSV needs a new migration; test/core/aircraft-catalogue.test.ts
// fails until there is one.

export interface CatalogueRow {
  type: string; category: 'sdf' | 'foreign_military' | 'civil';
  typicalPax: number | null; maxPaxEvac: number | null; cruiseKmh: number | null; rangeKm: number | null; minRunwayM: number | null;
  source: string; notes: string;
}

export const AIRCRAFT_CATALOGUE_2026_12: readonly CatalogueRow[] = [
  {
    "type": "Kawasaki C-2 (JASDF)",
    "category": "sdf",
    "typicalPax": 110,
    "maxPaxEvac": null,
    "cruiseKmh": 850,
    "rangeKm": 7600,
    "minRunwayM": null,
    "source": "JASDF main-equipment spec as quoted at http://jsdf.client.jp/トピックス/C-2輸送機とは！？.html (crew 2-5 + 110 pax; max Mach ~0.82; range ~7600 km with 20 t); cruise Mach 0.8 per https://warwingsdaily.com/transport-planes/kawasaki-c-2",
    "notes": "cruise_kmh derived: Mach 0.8 at ~FL350 (~1062 km/h speed of sound) = ~850 km/h. Real NEO: Sudan Apr 2023, one C-2 sortie moved 45 Japanese nationals+spouses/children Port Sudan->Djibouti (boueinews.com/publications/index/248; newsdig.tbs.co.jp/articles/-/474467). Kabul Aug 2021: C-2 deployed to Islamabad hub (nippon.com/ja/news/yjj2021090300374/). min runway not found in corpora."
  },
  {
    "type": "Lockheed C-130H Hercules (JASDF)",
    "category": "sdf",
    "typicalPax": 92,
    "maxPaxEvac": null,
    "cruiseKmh": 550,
    "rangeKm": 4000,
    "minRunwayM": 1300,
    "source": "JASDF spec quoted at https://skyclear.wixsite.com/aircraftphoto/c-130h (6 crew + 64-92 pax; range ~4000 km with 5 t); cruise 550 km/h and ground roll ~400-1300 m per https://blog.goo.ne.jp/noto-web/e/f1c6e3ef68aa8baa738369a1266ed0df; 92 normal seats / 64 paratroopers per https://ameblo.jp/zero-sumwith3a/entry-12406008640.html",
    "notes": "min_runway_m = upper end of an unofficial quoted ground-roll range (400-1300 m), not a certified field length. Kabul Aug 2021: two C-130H made 4 round trips Islamabad-Kabul on 26-27 Aug and carried 14 Afghans + 1 Japanese (asahi.com/articles/ASP933C92P92UTIL041.html). Sudan Apr 2023: one C-130H deployed to Djibouti (flyteam.jp/news/article/138835)."
  },
  {
    "type": "Boeing KC-767J tanker-transport (JASDF)",
    "category": "sdf",
    "typicalPax": 200,
    "maxPaxEvac": null,
    "cruiseKmh": 874,
    "rangeKm": 12200,
    "minRunwayM": null,
    "source": "Boeing Japan KC-767 page (seats 200; max speed 874 km/h) https://www.boeing.jp/%E3%83%93%E3%82%B7%E3%83%8D%E3%82%B9%E9%83%A8%E9%96%80-%E7%B4%B9%E4%BB%8B/%E9%98%B2%E8%A1%9B%E3%83%BB%E5%AE%87%E5%AE%99%E3%83%BB%E5%AE%89%E5%85%A8%E4%BF%9D%E9%9A%9C%E9%83%A8%E9%96%80/KC-767-%E7%A9%BA%E4%B8%AD%E7%B5%A6%E6%B2%B9%E3%83%BB%E8%BC%B8%E9%80%81%E6%A9%9F.page; max range 12200 km (ferry, all fuel for own use) per https://medicines12.com/?p=1528",
    "notes": "cruise_kmh is the MAX speed quoted by Boeing Japan (no cruise figure found); range_km is ferry range, real range with 200 pax is lower. Real NEO: Israel, 19-20 Oct 2023 one KC-767 sortie carried 83 (60 Japanese, 4 foreign family, 18 Koreans, 1 family) Tel Aviv->Jordan->Haneda; 2 Nov 2023 second sortie 46 (20 Japanese+2 family, 15 Korean, 4 Vietnamese, 1 Taiwanese, 4 family) (kienai-news.com/?p=34455; arabnews.jp/article/japan/article_103787). Deployed to Djibouti for Sudan 2023."
  },
  {
    "type": "Boeing 777-300ER Japanese Government Aircraft (JASDF Special Airlift Group, 80-1111/80-1112)",
    "category": "sdf",
    "typicalPax": null,
    "maxPaxEvac": null,
    "cruiseKmh": null,
    "rangeKm": 14000,
    "minRunwayM": null,
    "source": "range ~14000 km per https://aviationwire.jp/archives/170620 and https://www.yomiuri.co.jp/stream/3/10192/250/",
    "notes": "Seat count of the VIP-configured aircraft not found in corpora (has executive suite, business-class and premium-economy style general seats per news.line.me oa-trafficnews). Role includes emergency transport of Japanese nationals abroad (ja.wikipedia 日本国政府専用機). Government aircraft was among the 4 aircraft sent for Kabul 2021 (2nn.jp/newsplus/1630076870)."
  },
  {
    "type": "Boeing KC-46A Pegasus (USAF; also ordered by JASDF)",
    "category": "foreign_military",
    "typicalPax": 58,
    "maxPaxEvac": 114,
    "cruiseKmh": null,
    "rangeKm": 11825,
    "minRunwayM": null,
    "source": "58 seats per https://www.fastaviationdata.com/boeing-kc-46-becomes-the-pegasus/; up to 114 passengers or 58 patients, range ~11825 km, top speed ~913 km/h per https://www.rightleadingfuture.com/?p=126117",
    "notes": "max_pax_evac here = configured maximum (114), not an observed event figure. cruise not found (top speed 913 km/h). Japan (JASDF) also operates/orders KC-46A, so it can be sdf."
  },
  {
    "type": "Boeing C-17A Globemaster III (USAF)",
    "category": "foreign_military",
    "typicalPax": 102,
    "maxPaxEvac": 823,
    "cruiseKmh": 720,
    "rangeKm": 4400,
    "minRunwayM": 1067,
    "source": "823 aboard REACH 871 Kabul->Al Udeid 15 Aug 2021 incl. 183 children (US Air Mobility Command via https://www.aerotime.aero/articles/28641-usaf-confirms-passenger-record-for-c-17-flight-out-of-kabul and https://simpleflying.com/american-c-17-823-afghans/); 102 troops (54 sidewall + 48 centerline seats) per https://fighterjetsworld.com/?p=2504; cruise 720 km/h and 4400 km with 74785 kg per https://explorenorthblog.com/cc-177-globemaster-in-whitehorse; 3500 ft runways per https://ravensparadox.wordpress.com/2011/04/09/the-c-17-globemaster-iii/",
    "notes": "823 was an emergency overload (floor-loaded, light fuel, tanker-refuelled after take-off); normal design figure is 102-134 troops (defbrief.com says 'designed to transport 134 troops'). range 4400 km is with max payload; ferry 6230 nm (~11500 km). min_runway 1067 m = 3500 ft austere landing; take-off at max weight needs 7740 ft (2359 m) per fighterjetsworld."
  },
  {
    "type": "Boeing C-17A Globemaster III (RAF; RAAF)",
    "category": "foreign_military",
    "typicalPax": 102,
    "maxPaxEvac": null,
    "cruiseKmh": 720,
    "rangeKm": 4400,
    "minRunwayM": 1067,
    "source": "same airframe as USAF C-17A (see USAF row sources)",
    "notes": "British C-17s flew in the Aug 2021 Kabul airlift (securykid.com/u-s-military-aircraft-safely-carrying-afghans/ caption 'Afghans board a British C-17 aircraft'). Judgement: the brief's 'UK/Australia A400M, C-17' is read as UK A400M + UK/Australian C-17 (A400M is not listed as an RAAF type in anything read here)."
  },
  {
    "type": "Boeing CC-177 Globemaster III (RCAF)",
    "category": "foreign_military",
    "typicalPax": 102,
    "maxPaxEvac": null,
    "cruiseKmh": 720,
    "rangeKm": 4400,
    "minRunwayM": 1067,
    "source": "https://explorenorthblog.com/cc-177-globemaster-in-whitehorse (74785 kg over 4400 km at 720 km/h cruise); https://www.canadaka.net/article/print/690 (3500 ft x 90 ft runways; ~5500 nm max range)",
    "notes": "Canadian designation of the C-17A; 5 in RCAF service."
  },
  {
    "type": "Lockheed Martin C-130J-30 Super Hercules (USAF; RAAF; RAF)",
    "category": "foreign_military",
    "typicalPax": 128,
    "maxPaxEvac": null,
    "cruiseKmh": 644,
    "rangeKm": 3700,
    "minRunwayM": null,
    "source": "128 combat troops / 92 paratroopers per https://ky.ng.mil/News/Article/3154997/; cruise 348 kt per https://bulgarianmilitary.com/amp/2024/05/23/usaf-will-buy-two-more-c-130js-for-airlift-in-tactical-areas/; fully loaded range 2300 miles per https://www.winonajournal.com/minnesota-air-guards-cargo-fleet-upgraded/",
    "notes": "cruise_kmh derived: 348 kt = 644 km/h. Short-fuselage C-130J: 92 passengers/64 paratroopers (winonajournal; indiatvnews). min runway not found in corpora."
  },
  {
    "type": "Lockheed Martin CC-130J Hercules (RCAF)",
    "category": "foreign_military",
    "typicalPax": 128,
    "maxPaxEvac": null,
    "cruiseKmh": 644,
    "rangeKm": 3700,
    "minRunwayM": null,
    "source": "up to 92 combat troops or 128 passengers per https://saibagotville.com/en/hercules-cc130j-en; speed/range as C-130J-30 row",
    "notes": "Canadian designation of the C-130J-30; 17 in RCAF service."
  },
  {
    "type": "Boeing KC-135R Stratotanker (USAF)",
    "category": "foreign_military",
    "typicalPax": 37,
    "maxPaxEvac": null,
    "cruiseKmh": 853,
    "rangeKm": 2414,
    "minRunwayM": null,
    "source": "37 passengers per USAF fact sheet data quoted at http://aircraft.wikia.com/wiki/Boeing_KC-135_Stratotanker; max speed 530 mph and range 1500 miles per https://www.airplanes.com/aircraft/military/kc-135/",
    "notes": "another third-party page (msfsmarket.place) states 80 personnel; 37 kept as conservative. cruise_kmh is the MAX speed (530 mph = 853 km/h); range 1500 miles is the tanker operational range with transfer fuel."
  },
  {
    "type": "Airbus A400M Atlas (RAF Atlas C1; Luftwaffe; French AF)",
    "category": "foreign_military",
    "typicalPax": 116,
    "maxPaxEvac": null,
    "cruiseKmh": 750,
    "rangeKm": 8700,
    "minRunwayM": null,
    "source": "116 seats/personnel per http://blog.avstop.com/june_2013/airbus_a400m_aircraft_successfully_demonstrates_flare_release.htm and https://flyteam.jp/news/article/31231 (also range 8700 km at up to Mach 0.72); speeds up to 750 km/h and >3300 km with 37 t per https://flight.com.gr/luftwaffe-takes-delivery-of-no52-a400m-transport",
    "notes": "cruise_kmh = quoted speed up to 750 km/h (Mach 0.72 at altitude). range 8700 km is max range (light load). Short/unpaved-strip capable; min runway figure not found in corpora."
  },
  {
    "type": "Airbus KC-30A MRTT (RAAF)",
    "category": "foreign_military",
    "typicalPax": 270,
    "maxPaxEvac": null,
    "cruiseKmh": null,
    "rangeKm": null,
    "minRunwayM": null,
    "source": "270 passengers in RAAF configuration per http://www.flightglobal.com/news/articles/a-mrtt-sets-raaf-passenger-record-370966 and https://www.flightglobal.com/news/articles/australia-accepts-last-kc-30a-tankertransport-379699/",
    "notes": "RAAF record single flight: 220 cadets + 14 crew (2012). A330-200 based; cruise/range/runway not found in corpora."
  },
  {
    "type": "Airbus A330 MRTT (Republic of Singapore Air Force)",
    "category": "foreign_military",
    "typicalPax": 266,
    "maxPaxEvac": null,
    "cruiseKmh": null,
    "rangeKm": null,
    "minRunwayM": null,
    "source": "266 passengers + 111 t fuel + 37 t cargo simultaneously per https://www.channelnewsasia.com/commentary/singapore-afghanistan-evacuation-transport-plane-refuelling-2132501",
    "notes": "Singapore offered an MRTT for the Aug 2021 Kabul airlift (same CNA article). 6 aircraft, 112 Sqn, Changi East. cruise/range not found in corpora."
  },
  {
    "type": "Airbus A320 (civil charter)",
    "category": "civil",
    "typicalPax": 150,
    "maxPaxEvac": 186,
    "cruiseKmh": 828,
    "rangeKm": 6150,
    "minRunwayM": 2090,
    "source": "150 typical / up to 186 per https://www.size-explorer.com/en/compare/airplanes/a320; two-class 156 and take-off distance 2090 m at MTOW ISA per http://viaintercity.com/airbus-a320-series/; cruise Mach 0.78 = 828 km/h and range ~6150 km per https://gzipwtf.com/why-is-the-a320-so-popular/",
    "notes": "max_pax_evac = high-density seat maximum, not an event figure. min_runway_m = TODR at MTOW (ISA); evacuation legs with short sectors need less."
  },
  {
    "type": "Boeing 737-800 (civil charter)",
    "category": "civil",
    "typicalPax": 162,
    "maxPaxEvac": 189,
    "cruiseKmh": 853,
    "rangeKm": null,
    "minRunwayM": null,
    "source": "162-189 seats and economical cruise Mach .789 (530 mph) per https://rocketroute.com/aircraft/boeing-737-800",
    "notes": "cruise_kmh derived: 530 mph = 853 km/h. max_pax_evac = 189 certified exit limit. range/runway not found in a source I trust in corpora."
  },
  {
    "type": "Boeing 787-8 (civil charter)",
    "category": "civil",
    "typicalPax": 242,
    "maxPaxEvac": null,
    "cruiseKmh": null,
    "rangeKm": 13620,
    "minRunwayM": null,
    "source": "242 seats (two-class) and 13620 km per https://ms98.xyz/?post=460 (citing Boeing figures)",
    "notes": "cruise/runway not found in corpora."
  },
  {
    "type": "Boeing 787-9 (civil charter)",
    "category": "civil",
    "typicalPax": 290,
    "maxPaxEvac": null,
    "cruiseKmh": null,
    "rangeKm": 14400,
    "minRunwayM": null,
    "source": "290 seats (two-class) and 14400 km per https://ms98.xyz/?post=460",
    "notes": "ANA says ~400 seats possible in single-class domestic layout (flightglobal.com/787-9-is-looking-very-much-like-a-777-200er/96212.article)."
  },
  {
    "type": "Boeing 777-300ER (civil charter)",
    "category": "civil",
    "typicalPax": 396,
    "maxPaxEvac": null,
    "cruiseKmh": 892,
    "rangeKm": null,
    "minRunwayM": null,
    "source": "396 (2-class) / 370 (3-class) per Boeing 777-9 vs 777-300ER comparison quoted at http://www.bueroeinrichtung.mobi/interior-arrangements; cruise Mach 0.84 per https://gzipwtf.com/why-is-the-a320-so-popular/",
    "notes": "cruise_kmh derived: Mach 0.84 at ~FL350 = ~892 km/h. range/runway not found in corpora for the civil -300ER (the government 777-300ER row gives ~14000 km)."
  },
  {
    "type": "Airbus A350-900 (civil charter)",
    "category": "civil",
    "typicalPax": 300,
    "maxPaxEvac": 440,
    "cruiseKmh": null,
    "rangeKm": 15000,
    "minRunwayM": null,
    "source": "typical three-class 300-350, certified exit limit 440 per https://ee-paper.com/the-european-aviation-safety-agency-plans-to-increase-the-number-of-seats-of-a350-1000-aircraft-by-40/ and http://avstop.com/may_2014/airbus_a350_xwb_arrives_in_florida_for_extreme_weather_tests.htm; range 15000 km per https://ms98.xyz/?post=460",
    "notes": "max_pax_evac = certified exit limit, not an event figure."
  }
];
