import type { GroundParams, HazardZone } from '../schemas/domain.ts';
import { airportLabel, effectiveAirportStatus, evacuees, type PlanningSnapshot } from './snapshot.ts';

/**
 * What a plan was planned on: the facts of its scenario's data that its validity, figures and
 * explanations depend on, stored with the plan when it is saved or approved. A later read compares
 * them with today's data to say which inputs changed since (diffInputs).
 */
export interface PlanBasis {
  v: 1;
  scenario: { version: number; startsAt: string; horizonHours: number; ground: GroundParams; countries: string[]; airportStatus: Record<string, string> };
  offers: Record<string, { version: number; status: string; category: string; partnerId: string; aircraftType: string; seats: number; sorties: number }>;
  rules: Record<string, { scope: string; scopeId: string; category: string; nation: string | null; effect: string; validFrom: string | null; validTo: string | null }>;
  airports: Record<string, { label: string; status: string; country: string; zone: string; departuresPerHour: number; lat: number; lon: number }>;
  areas: Record<string, { name: string; evacuees: number; priority1: number; priority2: number; zone: string; lat: number; lon: number }>;
  hazards: Record<string, { name: string; vertices: number; shape: string }>;
}

/** FNV-1a over the coordinates: a cheap fingerprint of a zone's shape (no crypto in the pure core). */
function shapeHash(zone: HazardZone): string {
  let h = 0x811c9dc5;
  for (const ring of zone.geometry.coordinates) {
    for (const [lon, lat] of ring) {
      for (const ch of `${lon},${lat};`) { h ^= ch.charCodeAt(0); h = Math.imul(h, 0x01000193) >>> 0; }
    }
    h ^= 0x7c; h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}

export function planBasis(s: PlanningSnapshot): PlanBasis {
  const { scenario } = s;
  const rec = <T, V>(xs: readonly T[], key: (x: T) => string, val: (x: T) => V): Record<string, V> => {
    const out: Record<string, V> = {};
    for (const x of xs) out[key(x)] = val(x);
    return out;
  };
  return {
    v: 1,
    scenario: {
      version: scenario.version, startsAt: scenario.startsAt, horizonHours: scenario.horizonHours, ground: { ...scenario.ground },
      countries: [...scenario.countries], airportStatus: { ...scenario.airportStatus },
    },
    offers: rec(s.offers, (o) => o.id, (o) => ({ version: o.version, status: o.status, category: o.category, partnerId: o.partnerId, aircraftType: o.aircraftType, seats: o.seatsPerSortie, sorties: o.sorties })),
    rules: rec(scenario.accessRules, (r) => r.id, (r) => ({ scope: r.scope, scopeId: r.scopeId, category: r.category, nation: r.nation, effect: r.effect, validFrom: r.validFrom, validTo: r.validTo })),
    airports: rec(s.airports, (a) => a.id, (a) => ({ label: airportLabel(a, a.id), status: effectiveAirportStatus(scenario, a), country: a.country, zone: a.zone, departuresPerHour: a.departuresPerHour, lat: a.lat, lon: a.lon })),
    areas: rec(s.areas, (a) => a.id, (a) => ({ name: a.name, evacuees: evacuees(a), priority1: a.priority1, priority2: a.priority2, zone: a.zone, lat: a.lat, lon: a.lon })),
    hazards: rec(scenario.hazardZones, (z) => z.id, (z) => ({ name: z.name, vertices: z.geometry.coordinates.reduce((n, r) => n + r.length, 0), shape: shapeHash(z) })),
  };
}

export type InputKind = 'scenario' | 'offer' | 'rule' | 'airport' | 'area' | 'hazard';
export type InputChangeCode =
  | 'scenario_changed'
  | 'offer_added' | 'offer_removed' | 'offer_status_changed' | 'offer_edited'
  | 'rule_added' | 'rule_removed' | 'rule_changed'
  | 'airport_added' | 'airport_removed' | 'airport_status_changed' | 'airport_changed'
  | 'area_added' | 'area_removed' | 'area_count_changed' | 'area_changed'
  | 'hazard_added' | 'hazard_removed' | 'hazard_changed';
export type ChangeParams = Record<string, string | number | boolean | null>;

/** One input that differs from what the plan was planned on: a code and its parameters (a client words it), and an English sentence. */
export interface InputChange {
  code: InputChangeCode;
  kind: InputKind;
  /** The offer, rule, airport, area or hazard zone id; the scenario id for scenario_changed. */
  id: string;
  params: ChangeParams;
  message: string;
}

const change = (c: InputChange): InputChange => c;
const CATEGORY: Record<string, string> = { sdf: 'SDF', foreign_military: 'foreign military', civil: 'civil' };
const ruleText = (r: PlanBasis['rules'][string]) =>
  `${CATEGORY[r.category] ?? r.category}${r.nation ? ` of ${r.nation}` : ''} ${r.effect === 'deny' ? 'denied' : 'allowed'} at ${r.scopeId}`;
/** JSON with object keys sorted: a basis read back from jsonb has its keys in another order. */
const canonical = (v: unknown): string => (v !== null && typeof v === 'object' && !Array.isArray(v)
  ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`
  : Array.isArray(v) ? `[${v.map(canonical).join(',')}]` : JSON.stringify(v) ?? 'null');
const changedKeys = <T extends object>(a: T, b: T): string[] =>
  (Object.keys({ ...a, ...b }) as (keyof T)[]).filter((k) => canonical(a[k]) !== canonical(b[k])).map(String);

function diffRecords<T extends object>(
  before: Record<string, T>, after: Record<string, T>, out: InputChange[],
  on: { added(id: string, x: T): InputChange; removed(id: string, x: T): InputChange; changed(id: string, a: T, b: T, keys: string[]): InputChange | undefined },
): void {
  for (const [id, a] of Object.entries(before)) {
    const b = after[id];
    if (b === undefined) { out.push(on.removed(id, a)); continue; }
    const keys = changedKeys(a, b);
    if (keys.length > 0) { const c = on.changed(id, a, b, keys); if (c) out.push(c); }
  }
  for (const [id, b] of Object.entries(after)) if (!(id in before)) out.push(on.added(id, b));
}

/** Every input that differs between `before` (what the plan was planned on) and `after` (today). */
export function diffInputs(before: PlanBasis, after: PlanBasis, scenarioId: string): InputChange[] {
  const out: InputChange[] = [];
  const sc = changedKeys(before.scenario, after.scenario).filter((k) => k !== 'version' && k !== 'airportStatus');
  if (sc.length > 0) out.push({ code: 'scenario_changed', kind: 'scenario', id: scenarioId, params: { fields: sc.join(',') }, message: `scenario ${sc.join(', ')} changed` });
  diffRecords(before.offers, after.offers, out, {
    added: (id, o) => ({ code: 'offer_added', kind: 'offer', id, params: { partnerId: o.partnerId, status: o.status, aircraftType: o.aircraftType }, message: `offer ${id} (${o.aircraftType}) added, ${o.status}` }),
    removed: (id, o) => ({ code: 'offer_removed', kind: 'offer', id, params: { partnerId: o.partnerId, aircraftType: o.aircraftType }, message: `offer ${id} (${o.aircraftType}) deleted` }),
    changed: (id, a, b, keys) => (a.status !== b.status
      ? change({ code: 'offer_status_changed', kind: 'offer', id, params: { partnerId: b.partnerId, aircraftType: b.aircraftType, from: a.status, to: b.status }, message: `offer ${id} (${b.aircraftType}) ${b.status}, was ${a.status}` })
      : change({ code: 'offer_edited', kind: 'offer', id, params: { partnerId: b.partnerId, aircraftType: b.aircraftType, fromVersion: a.version, toVersion: b.version, fields: keys.filter((k) => k !== 'version').join(',') }, message: `offer ${id} (${b.aircraftType}) edited: version ${a.version} → ${b.version}` })),
  });
  diffRecords(before.rules, after.rules, out, {
    added: (id, r) => ({ code: 'rule_added', kind: 'rule', id, params: { ...r }, message: `rule added: ${ruleText(r)}` }),
    removed: (id, r) => ({ code: 'rule_removed', kind: 'rule', id, params: { ...r }, message: `rule removed: ${ruleText(r)}` }),
    changed: (id, a, b, keys) => ({ code: 'rule_changed', kind: 'rule', id, params: { ...b, fields: keys.join(',') }, message: `rule changed: ${ruleText(a)} → ${ruleText(b)}` }),
  });
  diffRecords(before.airports, after.airports, out, {
    added: (id, a) => ({ code: 'airport_added', kind: 'airport', id, params: { label: a.label, status: a.status }, message: `airport ${a.label} added` }),
    removed: (id, a) => ({ code: 'airport_removed', kind: 'airport', id, params: { label: a.label }, message: `airport ${a.label} deleted` }),
    changed: (id, a, b, keys) => (a.status !== b.status
      ? change({ code: 'airport_status_changed', kind: 'airport', id, params: { label: b.label, from: a.status, to: b.status }, message: `airport ${b.label} ${b.status}, was ${a.status}` })
      : keys.every((k) => k === 'label') ? undefined
        : change({ code: 'airport_changed', kind: 'airport', id, params: { label: b.label, fields: keys.join(',') }, message: `airport ${b.label}: ${keys.join(', ')} changed` })),
  });
  diffRecords(before.areas, after.areas, out, {
    added: (id, a) => ({ code: 'area_added', kind: 'area', id, params: { name: a.name, evacuees: a.evacuees }, message: `area ${a.name} added (${a.evacuees} evacuees)` }),
    removed: (id, a) => ({ code: 'area_removed', kind: 'area', id, params: { name: a.name, evacuees: a.evacuees }, message: `area ${a.name} deleted` }),
    changed: (id, a, b, keys) => (a.evacuees !== b.evacuees
      ? change({ code: 'area_count_changed', kind: 'area', id, params: { name: b.name, from: a.evacuees, to: b.evacuees }, message: `area ${b.name} count ${a.evacuees} → ${b.evacuees}` })
      : change({ code: 'area_changed', kind: 'area', id, params: { name: b.name, fields: keys.join(',') }, message: `area ${b.name}: ${keys.join(', ')} changed` })),
  });
  diffRecords(before.hazards, after.hazards, out, {
    added: (id, z) => ({ code: 'hazard_added', kind: 'hazard', id, params: { name: z.name }, message: `hazard zone "${z.name}" added` }),
    removed: (id, z) => ({ code: 'hazard_removed', kind: 'hazard', id, params: { name: z.name }, message: `hazard zone "${z.name}" removed` }),
    changed: (id, _a, b) => ({ code: 'hazard_changed', kind: 'hazard', id, params: { name: b.name }, message: `hazard zone "${b.name}" changed` }),
  });
  return out;
}
