import type { Header } from './csv-headers.ts';

const h = (en: string, ja: string): Header => ({ en, ja });

/** The plan export's columns (one row per allocation), in file order; English is the snake_case name it always had. */
export const PLAN_CSV_HEADERS = {
  plan_id: h('plan_id', '計画ID'), plan_version: h('plan_version', '計画の版'), sortie_id: h('sortie_id', '便ID'),
  depart_at_utc: h('depart_at_utc', '出発日時(UTC)'), origin_airport_id: h('origin_airport_id', '出発空港ID'), origin: h('origin', '出発空港'),
  destination_airport_id: h('destination_airport_id', '到着空港ID'), destination: h('destination', '到着空港'),
  partner_id: h('partner_id', 'パートナーID'), partner: h('partner', 'パートナー'), offer_id: h('offer_id', '提供ID'),
  category: h('category', '区分'), aircraft_type: h('aircraft_type', '機種'), seats: h('seats', '座席数'),
  sortie_passengers: h('sortie_passengers', '便の搭乗者数'), assembly_area_id: h('assembly_area_id', '集合地点ID'),
  assembly_area: h('assembly_area', '集合地点'), country: h('country', '国'), passengers: h('passengers', '搭乗者数'),
  priority1: h('priority1', '優先度1'), priority2: h('priority2', '優先度2'), priority3: h('priority3', '優先度3'),
  locked: h('locked', '固定'), move_at_utc: h('move_at_utc', '移動開始日時(UTC)'),
} as const;
