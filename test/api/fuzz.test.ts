import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TObject } from 'typebox';
import { Value } from 'typebox/value';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { apiRoutes, isRequestFor } from '../support/routes.ts';
import { fingerprint as fingerprintOf } from '../support/fingerprint.ts';
import {
  AccessRuleCreate, AirportCreate, AirportPatch, AssemblyAreaCreate, AssemblyAreaPatch, LiftOfferCreate, LiftOfferPatch,
  OfferDecision, PartnerCreate, PartnerPatch, PlanCreate, PlanOptimize, PlanPut, ScenarioCreate, ScenarioDuplicate, ScenarioPatch,
} from '../../shared/schemas/api.ts';
import { SignInBody } from '../../shared/schemas/session.ts';
import { PreferencesPatch } from '../../shared/i18n/languages.ts';
import { AccountCreate, AccountPatch, PasswordReset, SetupBody } from '../../shared/schemas/accounts.ts';
import { LIMITS } from '../../shared/limits.ts';
import { SeatRequestCreate, SeatRequestDecision, SeatRequestPatch } from '../../shared/schemas/seat-requests.ts';
import { AdoptBody, ArriveBody, CancelBody, CheckinCreate, CheckinCsv, DeclineBody, DepartBody, LogCreate, OperationCreate, ReplanBody } from '../../shared/schemas/operation.ts';

/**
 * Hundreds of generated malformed bodies to every write route, as a planner (who may call them all):
 * every answer is a 4xx, never a 5xx or a success, and no table changes (row counts and contents).
 * Each body is a valid one with one to three mutations that each make it invalid on their own.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
let t: TestApp;
let planner: Session;
let planId: string;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const fingerprint = () => fingerprintOf(t.database.db);

interface Target { url: string; headers?: Record<string, string>; body?: Record<string, Json>; schema?: TObject }

async function targets(): Promise<Record<string, Target>> {
  const plan = (await t.as(planner, { method: 'GET', url: `/api/plans/${planId}` })).json() as { version: number; sorties: Json[] };
  const scenario = (await t.as(planner, { method: 'GET', url: '/api/scenarios/korea' })).json() as { version: number };
  const offer = (await t.as(planner, { method: 'GET', url: '/api/lift-offers/offer-gb-a400m-1' })).json() as { version: number };
  const firstArea = ((await t.as(planner, { method: 'GET', url: '/api/assembly-areas' })).json() as { id: string; version: number }[])[0]!;
  const area = firstArea.id;
  const airport = (await t.as(planner, { method: 'GET', url: '/api/airports/RKSO' })).json() as { version: number };
  return {
    'POST /api/session': { url: '/api/session', body: { username: 'planner', password: 'planner-demo' }, schema: SignInBody },
    'DELETE /api/session': { url: '/api/session' },
    'PATCH /api/session/preferences': { url: '/api/session/preferences', schema: PreferencesPatch, body: { language: 'ja' } },
    'POST /api/assembly-areas': { url: '/api/assembly-areas', schema: AssemblyAreaCreate,
      body: { country: 'KR', zone: 'KR-main', name: 'Fuzz area', lat: 37.5, lon: 127, residents: 100, visitors: 5, priority1: 1, priority2: 10 } },
    'PATCH /api/assembly-areas/:id': { url: `/api/assembly-areas/${area}`, headers: { 'if-match': `"${firstArea.version}"` }, schema: AssemblyAreaPatch, body: { name: 'Renamed', residents: 99 } },
    'DELETE /api/assembly-areas/:id': { url: `/api/assembly-areas/${area}` },
    'POST /api/airports': { url: '/api/airports', schema: AirportCreate,
      body: { name: 'Fuzz field', iata: 'FZZ', icao: 'RKFZ', country: 'KR', zone: 'KR-main', lat: 36, lon: 128, runwayM: 2000, departuresPerHour: 4, status: 'open' } },
    'PATCH /api/airports/:id': { url: '/api/airports/RKSO', headers: { 'if-match': `"${airport.version}"` }, schema: AirportPatch, body: { status: 'closed', departuresPerHour: 3 } },
    'DELETE /api/airports/:id': { url: '/api/airports/RKSO' },
    'POST /api/partners': { url: '/api/partners', schema: PartnerCreate, body: { name: 'Fuzz Air', nation: 'NZ', categories: ['civil'] } },
    'PATCH /api/partners/:id': { url: '/api/partners/gb-raf', headers: { 'if-match': '"1"' }, schema: PartnerPatch, body: { name: 'Renamed', nation: 'GB', categories: ['foreign_military'] } },
    'DELETE /api/partners/:id': { url: '/api/partners/gb-raf' },
    'POST /api/lift-offers': { url: '/api/lift-offers', schema: LiftOfferCreate, body: {
      partnerId: 'gb-raf', category: 'foreign_military', aircraftType: 'Airbus A400M Atlas (RAF Atlas C1; Luftwaffe; French AF)', seatsPerSortie: 116, sorties: 2, aircraftCount: 1,
      availableFrom: '2027-04-02T00:00:00Z', availableTo: '2027-04-06T00:00:00Z', originAirportIds: ['RKSO', 'RKSI'], destinationAirportId: 'RJTY',
      turnaroundHours: 8, note: 'fuzz' } },
    'PATCH /api/lift-offers/:id': { url: '/api/lift-offers/offer-gb-a400m-1', schema: LiftOfferPatch,
      body: { version: offer.version, sorties: 3, originAirportIds: ['RKSO'], status: 'withdrawn' } },
    'POST /api/lift-offers/:id/decision': { url: '/api/lift-offers/offer-gb-a400m-1/decision', schema: OfferDecision,
      body: { status: 'declined', note: 'fuzz', version: offer.version } },
    'DELETE /api/lift-offers/:id': { url: '/api/lift-offers/offer-gb-a400m-1' },
    'POST /api/scenarios': { url: '/api/scenarios', schema: ScenarioCreate, body: {
      name: 'Fuzz scenario', description: 'd', countries: ['KR'], startsAt: '2027-04-01T00:00:00Z', horizonHours: 72,
      ground: { roadFactor: 1.3, groundSpeedKmh: 50, maxGroundKm: 400, processingHours: 2 }, airportStatus: { RKSO: 'closed' },
      accessRules: [{ scope: 'country', scopeId: 'KR', category: 'sdf', effect: 'deny', reason: 'no landing rights' }],
      hazardZones: [{ name: 'Zone', geometry: { type: 'Polygon', coordinates: [[[127, 37], [127.5, 37], [127.5, 37.5], [127, 37]]] } }] } },
    'PATCH /api/scenarios/:id': { url: '/api/scenarios/korea', schema: ScenarioPatch, body: { version: scenario.version, name: 'Renamed', horizonHours: 96 } },
    'DELETE /api/scenarios/:id': { url: '/api/scenarios/korea' },
    'POST /api/scenarios/:id/duplicate': { url: '/api/scenarios/korea/duplicate', schema: ScenarioDuplicate, body: { name: 'Copy' } },
    'POST /api/scenarios/:id/access-rules': { url: '/api/scenarios/korea/access-rules', schema: AccessRuleCreate,
      body: { scope: 'airport', scopeId: 'RKSO', category: 'civil', nation: 'JP', effect: 'deny', validFrom: null, validTo: null, reason: 'runway' } },
    'DELETE /api/scenarios/:id/access-rules/:ruleId': { url: '/api/scenarios/korea/access-rules/no-such-rule' },
    'POST /api/scenarios/:id/plans': { url: '/api/scenarios/korea/plans?wait=true', schema: PlanCreate, body: { name: 'Fuzz plan', timeLimitSeconds: 5 } },
    'PUT /api/plans/:id': { url: `/api/plans/${planId}`, headers: { 'if-match': String(plan.version) }, schema: PlanPut, body: { name: 'Edited', sorties: plan.sorties } },
    'POST /api/plans/:id/optimize': { url: `/api/plans/${planId}/optimize?wait=true`, schema: PlanOptimize, body: { timeLimitSeconds: 5 } },
    'POST /api/plans/:id/approve': { url: `/api/plans/${planId}/approve` },
    'DELETE /api/plans/:id': { url: `/api/plans/${planId}` },
    'POST /api/users': { url: '/api/users', schema: AccountCreate, body: { username: 'fuzz-user', password: 'a-long-password-1', role: 'reader' } },
    'PATCH /api/users/:username': { url: '/api/users/reader', schema: AccountPatch, body: { role: 'reader', disabled: false } },
    'PUT /api/users/:username/password': { url: '/api/users/reader/password', schema: PasswordReset, body: { password: 'another-long-password' } },
    // Public; set up already (409), and rate-limited per address (429): every answer must still be a 4xx.
    'POST /api/setup': { url: '/api/setup', schema: SetupBody, body: { username: 'first-planner', password: 'a-long-password-1' } },
    ...(await operationTargets(area)),
    ...(await jobTargets()),
    ...(await seatRequestTargets(area)),
  };
}

/** Reciprocity (issue 15): a partner's request for seats, to edit and decide. */
async function seatRequestTargets(area: string): Promise<Record<string, Target>> {
  const body = { partnerId: 'gb-raf', places: [{ kind: 'area', id: area, seats: 40 }, { kind: 'airport', id: 'RKSO', seats: 10 }],
    priority1: 5, priority2: 10, windowFrom: '2027-04-02T00:00:00Z', windowTo: '2027-04-04T00:00:00Z', note: 'fuzz' };
  const created = await t.as(planner, { method: 'POST', url: '/api/seat-requests', payload: body });
  expect(created.statusCode, created.body).toBe(201);
  const r = created.json() as { id: string; version: number };
  const at = { 'if-match': `"${r.version}"` };
  return {
    'POST /api/seat-requests': { url: '/api/seat-requests', schema: SeatRequestCreate, body },
    'PATCH /api/seat-requests/:id': { url: `/api/seat-requests/${r.id}`, headers: at, schema: SeatRequestPatch,
      body: { places: [{ kind: 'area', id: area, seats: 30 }], priority1: 2, windowTo: '2027-04-05T00:00:00Z', note: 'edited' } },
    'POST /api/seat-requests/:id/decision': { url: `/api/seat-requests/${r.id}/decision`, headers: at, schema: SeatRequestDecision,
      body: { acceptedSeats: 20, note: 'fuzz' } },
  };
}

/** Matcher jobs (issue 11): a job that has ended, so cancelling it is a 409 and nothing changes. */
async function jobTargets(): Promise<Record<string, Target>> {
  const submitted = await t.as(planner, { method: 'POST', url: `/api/plans/${planId}/optimize`, payload: { timeLimitSeconds: 5 } });
  expect(submitted.statusCode, submitted.body).toBe(202);
  const id = (submitted.json() as { job: { id: string } }).job.id;
  for (let i = 0; i < 600; i++) {
    const job = (await t.as(planner, { method: 'GET', url: `/api/jobs/${id}` })).json() as { state: string };
    if (['succeeded', 'failed', 'cancelled'].includes(job.state)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    'DELETE /api/jobs/:id': { url: `/api/jobs/${id}` },
    'POST /api/jobs/:id/cancel': { url: `/api/jobs/${id}/cancel` },
  };
}

/** Execution (issue 12): an operation of the approved fuzz plan, on the scenario's clock. */
async function operationTargets(area: string): Promise<Record<string, Target>> {
  const korea = (await t.as(planner, { method: 'GET', url: '/api/scenarios/korea' })).json() as { startsAt: string };
  const clockAt = new Date(Date.parse(korea.startsAt) + 24 * 3_600_000).toISOString();
  const started = await t.as(planner, { method: 'POST', url: '/api/operations', payload: { planId, clockAt } });
  expect(started.statusCode, started.body).toBe(201);
  const view = started.json() as { operation: { id: string; version: number }; sorties: { sortieId: string; version: number }[] };
  const op = `/api/operations/${view.operation.id}`;
  const s = view.sorties[0]!;
  const at = { 'if-match': `"${s.version}"` };
  const sortie = (step: string) => `${op}/sorties/${s.sortieId}/${step}`;
  return {
    'POST /api/operations': { url: '/api/operations', schema: OperationCreate, body: { planId, name: 'Fuzz operation', clockAt } },
    'POST /api/operations/:id/task-all': { url: `${op}/task-all` },
    'POST /api/operations/:id/sorties/:sortieId/task': { url: sortie('task'), headers: at },
    'POST /api/operations/:id/sorties/:sortieId/confirm': { url: sortie('confirm'), headers: at },
    'POST /api/operations/:id/sorties/:sortieId/decline': { url: sortie('decline'), headers: at, schema: DeclineBody, body: { reason: 'fuzz' } },
    'POST /api/operations/:id/sorties/:sortieId/cancel': { url: sortie('cancel'), headers: at, schema: CancelBody, body: { reason: 'fuzz' } },
    'POST /api/operations/:id/sorties/:sortieId/depart': { url: sortie('depart'), headers: at, schema: DepartBody,
      body: { departedAt: clockAt, manifest: [{ assemblyAreaId: area, priority: 2, passengers: 3 }] } },
    'POST /api/operations/:id/sorties/:sortieId/arrive': { url: sortie('arrive'), headers: at, schema: ArriveBody, body: { arrivedAt: clockAt } },
    'POST /api/operations/:id/checkins': { url: `${op}/checkins`, schema: CheckinCreate, body: { assemblyAreaId: area, at: clockAt, priority1: 1, priority2: 2, priority3: 3 } },
    'POST /api/operations/:id/checkins/import': { url: `${op}/checkins/import`, schema: CheckinCsv, body: { csv: `assemblyAreaId,at,priority1,priority2,priority3\n${area},${clockAt},1,2,3\n` } },
    'POST /api/operations/:id/log': { url: `${op}/log`, schema: LogCreate, body: { kind: 'decision', text: 'fuzz', at: clockAt, assemblyAreaId: area } },
    'POST /api/operations/:id/replan': { url: `${op}/replan`, schema: ReplanBody, body: { timeLimitSeconds: 5 } },
    'POST /api/operations/:id/adopt': { url: `${op}/adopt`, headers: { 'if-match': `"${view.operation.version}"` }, schema: AdoptBody, body: { planId } },
  };
}

// ---- mutations: each one alone makes a valid body invalid ------------------------------------

type Path = (string | number)[];
type Mutation =
  | { kind: 'wrongType'; pick: number; value: Json }
  | { kind: 'dropRequired'; pick: number }
  | { kind: 'unknownField'; key: string; value: Json }
  | { kind: 'nul'; pick: number; at: number }
  | { kind: 'tooLong'; pick: number }
  | { kind: 'negative'; pick: number }
  /** A value nested deeper than LIMITS.jsonDepth (up to the 10,000 levels that overflowed the stack). */
  | { kind: 'deep'; pick: number; levels: number }
  /** A time that is no real instant: leap second, Feb 30, year 0 or 99999, no offset, offset beyond ±14 h. */
  | { kind: 'badTime'; pick: number; value: string };

const typeOf = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const json = fc.jsonValue() as fc.Arbitrary<Json>;
/** A value of any JSON type but `type` (and never null, which some fields accept). */
const otherThan = (type: string) => fc.oneof(
  fc.string({ maxLength: 20 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(),
  fc.array(json, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 3 }),
).filter((v) => v !== null && typeOf(v as Json) !== type && !(type === 'number' && typeof v === 'number'));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('wrongType' as const), pick: fc.nat(), value: fc.constant(null) }),
  fc.record({ kind: fc.constant('dropRequired' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('unknownField' as const), key: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'id ', 'Version')), value: json }),
  fc.record({ kind: fc.constant('nul' as const), pick: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('tooLong' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('negative' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('deep' as const), pick: fc.nat(), levels: fc.oneof(fc.integer({ min: LIMITS.jsonDepth + 1, max: 200 }), fc.constant(10_000)) }),
  fc.record({ kind: fc.constant('badTime' as const), pick: fc.nat(), value: fc.constantFrom(
    '2027-06-30T23:59:60Z', '2027-02-30T00:00:00Z', '0000-01-01T00:00:00Z', '99999-01-01T00:00:00Z', '2027-04-01T00:00:00',
    '2027-04-01T00:00:00+15:00', '2027-04-01T24:00:00Z', '2027-04-01t00:00:00z') }),
);

/**
 * A deep value stands in the body as a marker string and is put into the JSON text only when it is sent:
 * the test's own recursive helpers (and fast-check's printing) would overflow on 10,000 levels.
 */
const deepMarker = (levels: number) => `__deep_${levels}__`;
const withDeepValues = (payload: string) => payload.replace(/"__deep_(\d+)__"/g, (_m, n: string) => `${'['.repeat(Number(n))}1${']'.repeat(Number(n))}`);

function leaves(v: Json, path: Path = []): { path: Path; value: Json }[] {
  const here = path.length > 0 ? [{ path, value: v }] : [];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => leaves(x, [...path, i]))];
  if (v !== null && typeof v === 'object') return [...here, ...Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]))];
  return here;
}
function setAt(root: Json, path: Path, value: Json | undefined): void {
  let node = root as Record<string | number, Json>;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

function getAt(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const p of path) node = node !== null && typeof node === 'object' ? (node as Record<string | number, Json>)[p] : undefined;
  return node;
}

/**
 * Applies a mutation to `body` (a copy of `original`, maybe mutated already); returns false when it does
 * not apply (the case is then skipped). A wrong type is wrong against the original, so a second mutation
 * of the same field cannot turn it valid again.
 */
function apply(original: Record<string, Json>, body: Record<string, Json>, schema: TObject, m: Mutation, rnd: () => Json): boolean {
  const all = leaves(body);
  const strings = all.filter((l) => typeof l.value === 'string');
  const numbers = all.filter((l) => typeof l.value === 'number');
  switch (m.kind) {
    case 'wrongType': {
      const l = all[m.pick % all.length];
      if (!l) return false;
      const v = rnd();
      const was = getAt(original, l.path);
      if (was === undefined || typeOf(v) === typeOf(was) || typeOf(v) === typeOf(l.value) || v === null) return false;
      setAt(body, l.path, v);
      return true;
    }
    case 'dropRequired': {
      const required = (schema.required ?? []) as string[];
      const key = required.filter((k) => k in body)[m.pick % Math.max(1, required.length)];
      if (!key) return false;
      delete body[key];
      return true;
    }
    case 'unknownField': {
      if (m.key in (schema.properties ?? {})) return false;
      // Set as an own property even for "__proto__", as JSON.parse would.
      Object.defineProperty(body, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
      return true;
    }
    case 'nul': {
      const l = strings[m.pick % Math.max(1, strings.length)];
      if (!l) return false;
      const s = l.value as string;
      const at = m.at % (s.length + 1);
      setAt(body, l.path, `${s.slice(0, at)}\u0000${s.slice(at)}`);
      return true;
    }
    case 'tooLong': {
      const l = strings[m.pick % Math.max(1, strings.length)];
      if (!l) return false;
      setAt(body, l.path, 'x'.repeat(20_000));
      return true;
    }
    case 'deep': {
      const l = all[m.pick % Math.max(1, all.length)];
      if (!l) return false;
      setAt(body, l.path, deepMarker(m.levels));
      return true;
    }
    case 'badTime': {
      const times = strings.filter((x) => /^\d{4}-\d\d-\d\dT/.test(x.value as string));
      const l = times[m.pick % Math.max(1, times.length)];
      if (!l) return false;
      setAt(body, l.path, m.value);
      return true;
    }
    case 'negative': {
      const l = numbers[m.pick % Math.max(1, numbers.length)];
      if (!l) return false;
      setAt(body, l.path, -1e12);
      return true;
    }
  }
}

/** Text no JSON parser accepts (or that Fastify's parser refuses: prototype poisoning). */
const unparseable = fc.oneof(
  fc.constantFrom('{', '{"name":', '[1,2', 'nul', '{"a":1}}', '\u0000', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}'),
  // `{` + text, unless the text happens to close it into JSON ("{} " is a valid empty body for a route without one).
  fc.string({ minLength: 1 }).map((s) => `{${s}`).filter((s) => { try { JSON.parse(s); return false; } catch { return true; } }),
);
/** JSON that is not an object: wrong for every route that takes a body. */
const notAnObject = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(json, { maxLength: 4 })).map((v) => JSON.stringify(v));

describe('malformed bodies to every write route', () => {
  let all: Record<string, Target>;
  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'Fuzz target', timeLimitSeconds: 20 } });
    expect(res.statusCode, res.body).toBe(201);
    planId = (res.json() as { id: string }).id;
    // Approved, so an operation can execute it (issue 12); PUT, optimize and approve still take it.
    const approve = await t.as(planner, { method: 'POST', url: `/api/plans/${planId}/approve` });
    expect(approve.statusCode, approve.body).toBe(200);
    all = await targets();
  });
  afterAll(async () => { await t?.close(); });

  it('has a target for every write route', () => {
    // CSV imports answer a malformed file with a row-by-row report, not a mutation-shaped 4xx: their hostile
    // input (wrong types, extra fields, broken quotes, huge files, concurrent imports) is test/api/imports.test.ts.
    const imports = new Set(['POST /api/imports', 'POST /api/imports/preview']);
    const writes = apiRoutes(t.app).filter((r) => !r.startsWith('GET ') && !imports.has(r));
    expect(Object.keys(all).sort()).toEqual(writes);
    for (const [route, target] of Object.entries(all)) {
      expect(isRequestFor(route, route.split(' ')[0]!, target.url), route).toBe(true);
      // The bodies the mutations start from are valid: each mutation is what makes them wrong.
      if (target.body) expect([...Value.Errors(target.schema!, target.body)], route).toEqual([]);
    }
  });

  const routesUnderTest = [
    'POST /api/session', 'DELETE /api/session', 'PATCH /api/session/preferences', 'POST /api/assembly-areas', 'PATCH /api/assembly-areas/:id', 'DELETE /api/assembly-areas/:id',
    'POST /api/airports', 'PATCH /api/airports/:id', 'DELETE /api/airports/:id', 'POST /api/partners', 'PATCH /api/partners/:id',
    'DELETE /api/partners/:id', 'POST /api/lift-offers', 'PATCH /api/lift-offers/:id', 'POST /api/lift-offers/:id/decision',
    'DELETE /api/lift-offers/:id', 'POST /api/scenarios', 'PATCH /api/scenarios/:id', 'DELETE /api/scenarios/:id',
    'POST /api/scenarios/:id/duplicate', 'POST /api/scenarios/:id/access-rules', 'DELETE /api/scenarios/:id/access-rules/:ruleId',
    'POST /api/scenarios/:id/plans', 'PUT /api/plans/:id', 'POST /api/plans/:id/optimize', 'POST /api/plans/:id/approve', 'DELETE /api/plans/:id',
    'POST /api/users', 'PATCH /api/users/:username', 'PUT /api/users/:username/password', 'POST /api/setup',
    'POST /api/operations', 'POST /api/operations/:id/task-all', 'POST /api/operations/:id/sorties/:sortieId/task',
    'POST /api/operations/:id/sorties/:sortieId/confirm', 'POST /api/operations/:id/sorties/:sortieId/decline',
    'POST /api/operations/:id/sorties/:sortieId/cancel', 'POST /api/operations/:id/sorties/:sortieId/depart',
    'POST /api/operations/:id/sorties/:sortieId/arrive', 'POST /api/operations/:id/checkins', 'POST /api/operations/:id/checkins/import',
    'POST /api/operations/:id/log', 'POST /api/operations/:id/replan', 'POST /api/operations/:id/adopt',
    'DELETE /api/jobs/:id', 'POST /api/jobs/:id/cancel',
    'POST /api/seat-requests', 'PATCH /api/seat-requests/:id', 'POST /api/seat-requests/:id/decision',
  ];

  for (const route of routesUnderTest) {
    it(route, async () => {
      const target = all[route]!;
      const method = route.split(' ')[0] as 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      const before = await fingerprint();
      const seen = new Map<number, string>();
      const send = async (payload: string, contentType = 'application/json') => {
        const res = await t.as(planner, { method, url: target.url, headers: { ...target.headers, 'content-type': contentType }, payload });
        if (!seen.has(res.statusCode)) seen.set(res.statusCode, `${payload.slice(0, 300)} → ${res.body.slice(0, 300)}`);
        return res.statusCode;
      };
      // Every write route: text that is not JSON, or a media type the API does not take. Routes that take a
      // body also get JSON that is not an object, and text/plain (routes without a body ignore both).
      const raw = target.body ? fc.oneof(unparseable, notAnObject) : unparseable;
      const types = target.body ? ['application/json', 'text/plain', 'application/x-www-form-urlencoded'] : ['application/json', 'application/x-www-form-urlencoded'];
      await fc.assert(fc.asyncProperty(raw, fc.constantFrom(...types), async (text, type) => {
        const status = await send(text, type);
        return status >= 400 && status < 500;
      }), { numRuns: Math.ceil(RUNS / 3) });
      // Valid bodies broken in one to three ways: for the routes that take a body.
      if (target.body && target.schema) {
        const { body, schema } = target;
        await fc.assert(fc.asyncProperty(fc.array(fc.tuple(mutation, otherThan('')), { minLength: 1, maxLength: 3 }), fc.context(), async (muts, ctx) => {
          const copy = structuredClone(body);
          let applied = 0;
          for (const [m, value] of muts) if (apply(body, copy, schema, m, () => value as Json)) applied++;
          fc.pre(applied > 0);
          const payload = withDeepValues(JSON.stringify(copy));
          ctx.log(payload.slice(0, 500));
          const status = await send(payload);
          return status >= 400 && status < 500;
        }), { numRuns: RUNS });
      }
      expect([...seen.keys()].every((s) => s >= 400 && s < 500), JSON.stringify(Object.fromEntries(seen), null, 1)).toBe(true);
      expect(await fingerprint()).toEqual(before);
    });
  }
});
