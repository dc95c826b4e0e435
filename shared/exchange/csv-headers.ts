import type { Language } from '../i18n/languages.ts';
import { PLAN_CSV_HEADERS } from './plan-csv-headers.ts';

/**
 * The header of every CSV the server writes or reads, per language: a stable column key → its words.
 * Values stay data (ids, ISO times, numbers) in every language; only the header row changes. English is
 * the key itself (the API's field names, so an English file imports again and old files still read);
 * the plan's export keeps its snake_case names. Within one table no two columns share a word in any
 * language, so a header cell names one column (test/core/csv-headers.test.ts checks it).
 */
export type Header = Readonly<Record<Language, string>>;
type Table = Readonly<Record<string, Header>>;

const h = (en: string, ja: string): Header => ({ en, ja });
const place = { id: h('id', 'ID'), country: h('country', '国'), zone: h('zone', '地域'), name: h('name', '名称'), lat: h('lat', '緯度'), lon: h('lon', '経度') };

const areas = {
  ...place, residents: h('residents', '在留者数'), visitors: h('visitors', '短期滞在者数'),
  priority1: h('priority1', '優先度1'), priority2: h('priority2', '優先度2'),
} satisfies Table;

const airports = {
  id: place.id, iata: h('iata', 'IATAコード'), icao: h('icao', 'ICAOコード'), name: place.name, country: place.country, zone: place.zone,
  lat: place.lat, lon: place.lon, runwayM: h('runwayM', '滑走路長(m)'), departuresPerHour: h('departuresPerHour', '毎時出発数'),
  status: h('status', '状態'), role: h('role', '役割'), mode: h('mode', '種別'), berths: h('berths', 'バース数'), unlocode: h('unlocode', 'UN/LOCODE'),
} satisfies Table;

const offers = {
  id: place.id, partnerId: h('partnerId', 'パートナーID'), category: h('category', '区分'), aircraftType: h('aircraftType', '機種'),
  seatsPerSortie: h('seatsPerSortie', '1便あたり座席数'), sorties: h('sorties', '便数'), aircraftCount: h('aircraftCount', '機数'),
  availableFrom: h('availableFrom', '提供開始'), availableTo: h('availableTo', '提供終了'),
  originAirportIds: h('originAirportIds', '出発空港ID'), destinationAirportId: h('destinationAirportId', '到着空港ID'),
  turnaroundHours: h('turnaroundHours', '折返し時間(時間)'), status: h('status', '状態'), note: h('note', '備考'),
  version: h('version', '版'), flags: h('flags', '注意'),
} satisfies Table;

const partners = { id: place.id, name: place.name, nation: h('nation', '国籍'), categories: h('categories', '区分'), version: offers.version } satisfies Table;

const scenarios = {
  id: place.id, name: place.name, countries: h('countries', '対象国'), startsAt: h('startsAt', '開始日時'),
  horizonHours: h('horizonHours', '計画期間(時間)'), accessRules: h('accessRules', '通行規則数'), hazardZones: h('hazardZones', '危険区域数'),
  policy: h('policy', '方針'), version: offers.version,
} satisfies Table;

const at = { createdAt: h('createdAt', '作成日時'), updatedAt: h('updatedAt', '更新日時') };
const plans = {
  id: place.id, scenarioId: h('scenarioId', 'シナリオID'), name: place.name, status: airports.status, version: offers.version, ...at,
  approvedAt: h('approvedAt', '承認日時'), approvedBy: h('approvedBy', '承認者'), peopleOut: h('peopleOut', '退避人数'),
  peopleLeft: h('peopleLeft', '残留人数'), violationCount: h('violationCount', '違反件数'), inputsChanged: h('inputsChanged', '入力変更あり'),
  breaks: h('breaks', '違反内容'),
} satisfies Table;

const accounts = {
  username: h('username', 'ユーザー名'), role: airports.role, partnerId: offers.partnerId, disabled: h('disabled', '無効'), ...at,
  passwordChangedAt: h('passwordChangedAt', 'パスワード変更日時'),
} satisfies Table;

/** An operation's check-ins (POST /api/operations/:id/checkins/import). */
const checkins = {
  assemblyAreaId: h('assemblyAreaId', '集合地点ID'), at: h('at', '日時'),
  priority1: areas.priority1, priority2: areas.priority2, priority3: h('priority3', '優先度3'),
} satisfies Table;

export const CSV_HEADERS = { areas, airports, offers, partners, scenarios, plans, accounts, plan: PLAN_CSV_HEADERS, checkins } as const;
export type CsvKind = keyof typeof CSV_HEADERS;
