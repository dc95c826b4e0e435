import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { Role } from '../../shared/schemas/session.ts';
import { apiRoutes, isRequestFor } from '../support/routes.ts';

/**
 * Every API route × every role, as a table. The routes are read from the app itself, so a route added
 * without a row here fails the "covers every route" test until someone decides who may call it.
 * The liaison is the RAF's (gb-raf); "another partner" is the USAF (us-usaf).
 */

type Who = 'anonymous' | Role;
type Outcome = '2xx' | 401 | 403 | 404 | 409;
const WHO: Who[] = ['anonymous', 'liaison', 'reader', 'planner']; // planner last: its writes change the targets

interface Row {
  route: string; // "METHOD /api/pattern", as Fastify registered it
  note?: string;
  expect: Record<Who, Outcome>;
  /** Builds the request; runs once per caller (planner last), so writes get fresh targets. */
  request: (who: Who) => InjectOptions | Promise<InjectOptions>;
  /** Each caller uses a session of its own that the request may end (sign-in, sign-out). */
  freshSession?: boolean;
}

const everyone: Record<Who, Outcome> = { anonymous: '2xx', liaison: '2xx', reader: '2xx', planner: '2xx' };
const signedIn: Record<Who, Outcome> = { anonymous: 401, liaison: '2xx', reader: '2xx', planner: '2xx' };
const staff: Record<Who, Outcome> = { anonymous: 401, liaison: 403, reader: '2xx', planner: '2xx' };
const plannerOnly: Record<Who, Outcome> = { anonymous: 401, liaison: 403, reader: 403, planner: '2xx' };
const offerUsers: Record<Who, Outcome> = { anonymous: 401, liaison: '2xx', reader: 403, planner: '2xx' };
const hiddenFromLiaison: Record<Who, Outcome> = { anonymous: 401, liaison: 404, reader: '2xx', planner: '2xx' };
const othersOffer: Record<Who, Outcome> = { anonymous: 401, liaison: 404, reader: 403, planner: '2xx' };
/** First-run setup is public, and refuses everyone once any account exists. */
const setUpAlready: Record<Who, Outcome> = { anonymous: 409, liaison: 409, reader: 409, planner: 409 };

let t: TestApp;
const sessions = {} as Record<Role, Session>;
let draftPlanId: string;
let jobId: string;
let approvedPlanId: string;
let fresh = 0;


let opId: string;
let opClock: string;
type OpSortie = { sortieId: string; version: number; partnerId: string; state: string; inForce: boolean; planned: { assemblyAreaId: string }[] };
const firstArea = async () => (await get<{ id: string }[]>('/api/assembly-areas?country=KR'))[0]!.id;
/** A sortie of another partner than the RAF; for the planner, one brought to the state the step needs. */
async function sortieFor(who: Who, action: string): Promise<OpSortie> {
  const all = (await get<{ sorties: OpSortie[] }>(`/api/operations/${opId}`)).sorties.filter((s) => s.partnerId !== 'gb-raf' && s.inForce);
  const planned = all.filter((s) => s.state === 'planned');
  if (who !== 'planner') return all[0]!;
  let s = planned[0]!;
  const advance = async (step: string, payload: unknown) => {
    const res = await t.as(planner(), { method: 'POST', url: `/api/operations/${opId}/sorties/${s.sortieId}/${step}`, headers: { 'if-match': `"${s.version}"` }, payload: payload as InjectOptions['payload'] });
    if (res.statusCode !== 200) throw new Error(`setup ${step}: ${res.statusCode} ${res.body}`);
    s = res.json() as OpSortie;
  };
  if (action !== 'task') await advance('task', {});
  if (action === 'arrive') await advance('depart', stepBody('depart', s));
  return s;
}
function stepBody(action: string, s: OpSortie): Record<string, unknown> {
  if (action === 'decline' || action === 'cancel') return { reason: 'roles table' };
  if (action === 'depart') return { departedAt: opClock, manifest: s.planned[0] ? [{ assemblyAreaId: s.planned[0].assemblyAreaId, priority: 3, passengers: 1 }] : [] };
  if (action === 'arrive') return { arrivedAt: opClock };
  return {};
}

const planner = () => sessions.planner;
async function post<T>(url: string, payload: unknown): Promise<T> {
  const res = await t.as(planner(), { method: 'POST', url, payload: payload as InjectOptions['payload'] });
  if (res.statusCode >= 300) throw new Error(`setup POST ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}
async function get<T>(url: string): Promise<T> {
  return (await t.as(planner(), { method: 'GET', url })).json() as T;
}
const uid = () => `r${Date.now().toString(36)}${(fresh++).toString(36)}`;

const newScenario = () => post<{ id: string; version: number }>('/api/scenarios', {
  name: `Roles ${uid()}`, countries: ['KR'], startsAt: '2027-04-01T00:00:00Z',
  accessRules: [{ scope: 'country', scopeId: 'KR', category: 'sdf', effect: 'deny', reason: 'test' }],
});
const newArea = () => post<{ id: string }>('/api/assembly-areas', { country: 'KR', zone: 'KR-main', name: 'Roles area', lat: 37.5, lon: 127, residents: 10 });
const newAirport = () => post<{ id: string }>('/api/airports', { name: 'Roles field', country: 'KR', zone: 'KR-main', lat: 36, lon: 128, departuresPerHour: 2 });
const newPartner = () => post<{ id: string }>('/api/partners', { name: `Roles Air ${uid()}`, nation: 'NZ', categories: ['civil'] });
const newAccount = () => post<{ username: string }>('/api/users', { username: uid(), password: 'a-long-password', role: 'reader' });
const offerBody = (partnerId?: string) => ({
  ...(partnerId ? { partnerId } : {}), category: 'foreign_military', aircraftType: 'Airbus A400M Atlas (RAF Atlas C1; Luftwaffe; French AF)', seatsPerSortie: 116, sorties: 2,
  aircraftCount: 1, availableFrom: '2027-04-02T00:00:00Z', availableTo: '2027-04-06T00:00:00Z',
  originAirportIds: ['RKSO'], destinationAirportId: 'RJTY', turnaroundHours: 8,
});
/** A submitted offer of the given partner (created by the planner). */
const newOffer = (partnerId: string) => post<{ id: string; version: number }>('/api/lift-offers', offerBody(partnerId));
const seatRequestBody = (partnerId: string) => ({ partnerId, places: [{ kind: 'airport', id: 'RKSO', seats: 20 }], windowFrom: '2027-04-02T00:00:00Z', windowTo: '2027-04-04T00:00:00Z' });
/** A submitted seat request of the given partner (created by the planner). */
const newSeatRequest = (partnerId: string) => post<{ id: string; version: number }>('/api/seat-requests', seatRequestBody(partnerId));
const seatPatch = async (partnerId: string) => {
  const r = await newSeatRequest(partnerId);
  return { method: 'PATCH' as const, url: `/api/seat-requests/${r.id}`, headers: { 'if-match': `"${r.version}"` }, payload: { note: 'roles table' } };
};
/** A job that stays queued (a long time limit, cancelled by the row before a worker gets far). */
const newJob = async () => (await post<{ job: { id: string } }>('/api/scenarios/korea/plans', { name: 'Job for the table', timeLimitSeconds: 300 })).job.id;
// Short runs: the table needs plans, not good ones (a loaded machine makes a 20 s run last minutes).
const newPlan = async (name: string) => (await post<{ id: string }>('/api/scenarios/korea/plans?wait=true', { name, timeLimitSeconds: 5 })).id;

/** Writes need real targets only for the planner; the others are refused before the handler runs. */
const forPlanner = async <T,>(who: Who, make: () => Promise<T>, fallback: T): Promise<T> => (who === 'planner' ? make() : fallback);

const rows: Row[] = [
  { route: 'GET /api/health', expect: everyone, request: () => ({ method: 'GET', url: '/api/health' }) },
  { route: 'GET /api/error-codes', expect: everyone, request: () => ({ method: 'GET', url: '/api/error-codes' }) },
  { route: 'GET /api/ready', expect: everyone, request: () => ({ method: 'GET', url: '/api/ready' }) },
  // Guarded by address or METRICS_TOKEN, not by role: inject's client is loopback (test/api/operations.test.ts covers the rest).
  { route: 'GET /api/metrics', expect: everyone, request: () => ({ method: 'GET', url: '/api/metrics' }) },
  { route: 'POST /api/session', expect: everyone, freshSession: true,
    request: () => ({ method: 'POST', url: '/api/session', payload: { username: 'roles-user', password: 'test-password' } }) },
  { route: 'GET /api/session', expect: signedIn, request: () => ({ method: 'GET', url: '/api/session' }) },
  { route: 'GET /api/session/preferences', expect: signedIn, request: () => ({ method: 'GET', url: '/api/session/preferences' }) },
  { route: 'PATCH /api/session/preferences', note: 'each role its own account', expect: signedIn,
    request: () => ({ method: 'PATCH', url: '/api/session/preferences', payload: { language: 'ja' } }) },
  { route: 'DELETE /api/session', expect: everyone, freshSession: true, request: () => ({ method: 'DELETE', url: '/api/session' }) },

  { route: 'GET /api/setup', expect: everyone, request: () => ({ method: 'GET', url: '/api/setup' }) },
  { route: 'POST /api/setup', expect: setUpAlready, request: () => ({ method: 'POST', url: '/api/setup', payload: { username: 'intruder', password: 'a-long-password' } }) },
  { route: 'GET /api/users', expect: plannerOnly, request: () => ({ method: 'GET', url: '/api/users' }) },
  { route: 'GET /api/users/:username', expect: plannerOnly, request: () => ({ method: 'GET', url: '/api/users/t-reader' }) },
  { route: 'POST /api/users', expect: plannerOnly,
    request: () => ({ method: 'POST', url: '/api/users', payload: { username: uid(), password: 'a-long-password', role: 'reader' } }) },
  { route: 'PATCH /api/users/:username', expect: plannerOnly,
    request: async (who) => ({ method: 'PATCH', url: `/api/users/${(await forPlanner(who, newAccount, { username: 't-reader' })).username}`, payload: { disabled: true } }) },
  { route: 'PUT /api/users/:username/password', expect: plannerOnly,
    request: async (who) => ({ method: 'PUT', url: `/api/users/${(await forPlanner(who, newAccount, { username: 't-reader' })).username}/password`, payload: { password: 'another-long-password' } }) },

  { route: 'GET /api/imports', expect: plannerOnly, request: () => ({ method: 'GET', url: '/api/imports' }) },
  { route: 'POST /api/imports/preview', expect: plannerOnly,
    request: () => ({ method: 'POST', url: '/api/imports/preview', payload: { csv: `country,zone,name,lat,lon,residents,id\nKR,KR-main,Import,37,127,5,${uid()}\n` } }) },
  { route: 'POST /api/imports', expect: plannerOnly,
    request: () => ({ method: 'POST', url: '/api/imports', payload: { csv: `country,zone,name,lat,lon,residents,id\nKR,KR-main,Import,37,127,5,${uid()}\n` } }) },

  { route: 'GET /api/countries', expect: staff, request: () => ({ method: 'GET', url: '/api/countries' }) },
  { route: 'GET /api/aircraft', expect: signedIn, request: () => ({ method: 'GET', url: '/api/aircraft' }) },
  { route: 'GET /api/audit', expect: plannerOnly, request: () => ({ method: 'GET', url: '/api/audit?entityType=lift_offer' }) },
  { route: 'GET /api/tasking', expect: signedIn, request: () => ({ method: 'GET', url: '/api/tasking' }) },

  { route: 'GET /api/assembly-areas', expect: staff, request: () => ({ method: 'GET', url: '/api/assembly-areas' }) },
  { route: 'GET /api/assembly-areas/:id', expect: staff, request: async () => ({ method: 'GET', url: `/api/assembly-areas/${(await get<{ id: string }[]>('/api/assembly-areas'))[0]!.id}` }) },
  { route: 'POST /api/assembly-areas', expect: plannerOnly,
    request: () => ({ method: 'POST', url: '/api/assembly-areas', payload: { country: 'KR', zone: 'KR-main', name: 'A', lat: 37, lon: 127, residents: 1 } }) },
  { route: 'PATCH /api/assembly-areas/:id', expect: plannerOnly,
    request: async (who) => ({ method: 'PATCH', url: `/api/assembly-areas/${(await forPlanner(who, newArea, { id: 'x' })).id}`, headers: { 'if-match': '"1"' }, payload: { residents: 20 } }) },
  { route: 'DELETE /api/assembly-areas/:id', expect: plannerOnly,
    request: async (who) => ({ method: 'DELETE', url: `/api/assembly-areas/${(await forPlanner(who, newArea, { id: 'x' })).id}` }) },

  { route: 'GET /api/airports', expect: signedIn, request: () => ({ method: 'GET', url: '/api/airports' }) },
  { route: 'GET /api/airports/:id', expect: signedIn, request: () => ({ method: 'GET', url: '/api/airports/RKSO' }) },
  { route: 'POST /api/airports', expect: plannerOnly,
    request: () => ({ method: 'POST', url: '/api/airports', payload: { name: 'New field', country: 'KR', zone: 'KR-main', lat: 36, lon: 128, departuresPerHour: 2 } }) },
  { route: 'PATCH /api/airports/:id', expect: plannerOnly,
    request: async (who) => ({ method: 'PATCH', url: `/api/airports/${(await forPlanner(who, newAirport, { id: 'x' })).id}`, headers: { 'if-match': '"1"' }, payload: { status: 'closed' } }) },
  { route: 'DELETE /api/airports/:id', expect: plannerOnly,
    request: async (who) => ({ method: 'DELETE', url: `/api/airports/${(await forPlanner(who, newAirport, { id: 'x' })).id}` }) },

  { route: 'GET /api/partners', expect: signedIn, request: () => ({ method: 'GET', url: '/api/partners' }) },
  { route: 'GET /api/partners/:id', note: 'own partner', expect: signedIn, request: () => ({ method: 'GET', url: '/api/partners/gb-raf' }) },
  { route: 'GET /api/partners/:id', note: 'another partner', expect: hiddenFromLiaison, request: () => ({ method: 'GET', url: '/api/partners/us-usaf' }) },
  { route: 'POST /api/partners', expect: plannerOnly, request: () => ({ method: 'POST', url: '/api/partners', payload: { name: 'P', nation: 'NZ', categories: ['civil'] } }) },
  { route: 'PATCH /api/partners/:id', expect: plannerOnly,
    request: async (who) => ({ method: 'PATCH', url: `/api/partners/${(await forPlanner(who, newPartner, { id: 'gb-raf' })).id}`, headers: { 'if-match': '"1"' }, payload: { name: 'Renamed' } }) },
  { route: 'DELETE /api/partners/:id', expect: plannerOnly,
    request: async (who) => ({ method: 'DELETE', url: `/api/partners/${(await forPlanner(who, newPartner, { id: 'gb-raf' })).id}` }) },

  { route: 'GET /api/lift-offers', expect: offerUsers, request: () => ({ method: 'GET', url: '/api/lift-offers' }) },
  { route: 'GET /api/lift-offers/:id', note: 'own offer', expect: offerUsers, request: () => ({ method: 'GET', url: '/api/lift-offers/offer-gb-a400m-1' }) },
  { route: 'GET /api/lift-offers/:id', note: "another partner's offer", expect: othersOffer, request: () => ({ method: 'GET', url: '/api/lift-offers/offer-us-c17-1' }) },
  { route: 'POST /api/lift-offers', expect: offerUsers, request: () => ({ method: 'POST', url: '/api/lift-offers', payload: offerBody('gb-raf') }) },
  { route: 'PATCH /api/lift-offers/:id', note: 'own offer', expect: offerUsers,
    request: async (who) => {
      const o = await forPlanner(who === 'liaison' ? 'planner' : who, () => newOffer('gb-raf'), { id: 'offer-gb-a400m-1', version: 1 });
      return { method: 'PATCH', url: `/api/lift-offers/${o.id}`, payload: { version: o.version, sorties: 3 } };
    } },
  { route: 'PATCH /api/lift-offers/:id', note: "another partner's offer", expect: othersOffer,
    request: async (who) => {
      const o = await forPlanner(who === 'liaison' ? 'planner' : who, () => newOffer('us-usaf'), { id: 'offer-us-c17-1', version: 1 });
      return { method: 'PATCH', url: `/api/lift-offers/${o.id}`, payload: { version: o.version, status: 'withdrawn' } };
    } },
  { route: 'POST /api/lift-offers/:id/decision', expect: plannerOnly,
    request: async (who) => ({ method: 'POST', url: `/api/lift-offers/${(await forPlanner(who, () => newOffer('gb-raf'), { id: 'offer-gb-a400m-1', version: 1 })).id}/decision`, payload: { status: 'declined', note: 'no' } }) },
  { route: 'DELETE /api/lift-offers/:id', expect: plannerOnly,
    request: async (who) => ({ method: 'DELETE', url: `/api/lift-offers/${(await forPlanner(who, () => newOffer('gb-raf'), { id: 'offer-gb-a400m-1', version: 1 })).id}` }) },

  { route: 'GET /api/scenarios', expect: staff, request: () => ({ method: 'GET', url: '/api/scenarios' }) },
  { route: 'GET /api/scenarios/:id', expect: staff, request: () => ({ method: 'GET', url: '/api/scenarios/korea' }) },
  { route: 'POST /api/scenarios', expect: plannerOnly,
    request: () => ({ method: 'POST', url: '/api/scenarios', payload: { name: 'S', countries: ['KR'], startsAt: '2027-04-01T00:00:00Z' } }) },
  { route: 'PATCH /api/scenarios/:id', expect: plannerOnly,
    request: async (who) => {
      const s = await forPlanner(who, newScenario, { id: 'korea', version: 1 });
      return { method: 'PATCH', url: `/api/scenarios/${s.id}`, payload: { version: s.version, name: 'Renamed' } };
    } },
  { route: 'DELETE /api/scenarios/:id', expect: plannerOnly,
    request: async (who) => ({ method: 'DELETE', url: `/api/scenarios/${(await forPlanner(who, newScenario, { id: 'korea', version: 1 })).id}` }) },
  { route: 'POST /api/scenarios/:id/duplicate', expect: plannerOnly, request: () => ({ method: 'POST', url: '/api/scenarios/korea/duplicate', payload: { name: 'Copy' } }) },
  { route: 'GET /api/scenarios/:id/access-rules', expect: staff, request: () => ({ method: 'GET', url: '/api/scenarios/korea/access-rules' }) },
  { route: 'POST /api/scenarios/:id/access-rules', expect: plannerOnly,
    request: async (who) => ({ method: 'POST', url: `/api/scenarios/${(await forPlanner(who, newScenario, { id: 'korea', version: 1 })).id}/access-rules`,
      payload: { scope: 'airport', scopeId: 'RKSO', category: 'civil', effect: 'deny', reason: 'runway damaged' } }) },
  { route: 'DELETE /api/scenarios/:id/access-rules/:ruleId', expect: plannerOnly,
    request: async (who) => {
      const s = await forPlanner(who, newScenario, { id: 'korea', version: 1 });
      const rule = who === 'planner' ? (await get<{ id: string }[]>(`/api/scenarios/${s.id}/access-rules`))[0]!.id : 'some-rule';
      return { method: 'DELETE', url: `/api/scenarios/${s.id}/access-rules/${rule}` };
    } },
  { route: 'POST /api/scenarios/:id/plans', expect: plannerOnly,
    request: () => ({ method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'Made by the table', timeLimitSeconds: 5 } }) },

  { route: 'GET /api/plans', expect: staff, request: () => ({ method: 'GET', url: '/api/plans' }) },
  { route: 'GET /api/plans/:id', note: 'draft', expect: hiddenFromLiaison, request: () => ({ method: 'GET', url: `/api/plans/${draftPlanId}` }) },
  { route: 'GET /api/plans/:id', note: 'approved (a liaison sees their own sorties)', expect: signedIn, request: () => ({ method: 'GET', url: `/api/plans/${approvedPlanId}` }) },
  { route: 'PUT /api/plans/:id', expect: plannerOnly,
    request: async () => {
      const { version } = await get<{ version: number }>(`/api/plans/${draftPlanId}`);
      return { method: 'PUT', url: `/api/plans/${draftPlanId}`, headers: { 'if-match': String(version) }, payload: { name: 'Edited draft', sorties: [] } };
    } },
  { route: 'POST /api/plans/:id/optimize', expect: plannerOnly, request: () => ({ method: 'POST', url: `/api/plans/${draftPlanId}/optimize?wait=true`, payload: { timeLimitSeconds: 5 } }) },
  { route: 'POST /api/plans/:id/approve', expect: plannerOnly,
    request: async (who) => ({ method: 'POST', url: `/api/plans/${await forPlanner(who, () => newPlan('To approve'), draftPlanId)}/approve` }) },
  { route: 'DELETE /api/plans/:id', expect: plannerOnly,
    request: async (who) => ({ method: 'DELETE', url: `/api/plans/${await forPlanner(who, () => newPlan('To delete'), draftPlanId)}` }) },
  { route: 'GET /api/plans/:id/summary', note: 'draft', expect: hiddenFromLiaison, request: () => ({ method: 'GET', url: `/api/plans/${draftPlanId}/summary` }) },
  { route: 'GET /api/plans/:id/summary', note: 'approved', expect: signedIn, request: () => ({ method: 'GET', url: `/api/plans/${approvedPlanId}/summary` }) },
  { route: 'GET /api/plans/:id/export.csv', note: 'draft', expect: hiddenFromLiaison, request: () => ({ method: 'GET', url: `/api/plans/${draftPlanId}/export.csv` }) },
  { route: 'GET /api/plans/:id/export.csv', note: 'approved', expect: signedIn, request: () => ({ method: 'GET', url: `/api/plans/${approvedPlanId}/export.csv` }) },
  // Exports (issue 16): GeoJSON, KML and CSV, for the roles that may read what they hold.
  ...(['geojson', 'kml'] as const).flatMap((f) => [
    { route: `GET /api/scenarios/:id/export.${f}`, expect: staff, request: () => ({ method: 'GET' as const, url: `/api/scenarios/korea/export.${f}` }) },
    { route: `GET /api/plans/:id/export.${f}`, note: 'draft', expect: hiddenFromLiaison, request: () => ({ method: 'GET' as const, url: `/api/plans/${draftPlanId}/export.${f}` }) },
    { route: `GET /api/plans/:id/export.${f}`, note: 'approved (own sorties)', expect: signedIn, request: () => ({ method: 'GET' as const, url: `/api/plans/${approvedPlanId}/export.${f}` }) },
    { route: `GET /api/airports/export.${f}`, expect: signedIn, request: () => ({ method: 'GET' as const, url: `/api/airports/export.${f}` }) },
    { route: `GET /api/assembly-areas/export.${f}`, expect: staff, request: () => ({ method: 'GET' as const, url: `/api/assembly-areas/export.${f}` }) },
  ]),
  { route: 'GET /api/assembly-areas/export.csv', expect: staff, request: () => ({ method: 'GET', url: '/api/assembly-areas/export.csv' }) },
  { route: 'GET /api/airports/export.csv', expect: signedIn, request: () => ({ method: 'GET', url: '/api/airports/export.csv' }) },
  { route: 'GET /api/lift-offers/export.csv', note: 'a liaison gets their own', expect: offerUsers, request: () => ({ method: 'GET', url: '/api/lift-offers/export.csv' }) },
  { route: 'GET /api/partners/export.csv', note: 'a liaison gets their own', expect: signedIn, request: () => ({ method: 'GET', url: '/api/partners/export.csv' }) },
  { route: 'GET /api/scenarios/export.csv', expect: staff, request: () => ({ method: 'GET', url: '/api/scenarios/export.csv' }) },
  { route: 'GET /api/plans/export.csv', expect: staff, request: () => ({ method: 'GET', url: '/api/plans/export.csv' }) },
  { route: 'GET /api/users/export.csv', expect: plannerOnly, request: () => ({ method: 'GET', url: '/api/users/export.csv' }) },
  // Execution (issue 12). The sortie steps target another partner's sortie: the RAF liaison gets 404, a reader 403.
  { route: 'GET /api/jobs/:id', expect: plannerOnly, request: () => ({ method: 'GET', url: `/api/jobs/${jobId}` }) },
  { route: 'GET /api/jobs/:id/events', note: 'unknown job (the live stream: test/api/jobs.test.ts)', expect: { anonymous: 401, liaison: 403, reader: 403, planner: 404 },
    request: () => ({ method: 'GET', url: '/api/jobs/00000000-0000-4000-8000-000000000000/events' }) },
  { route: 'DELETE /api/jobs/:id', note: 'a job of the planner\'s, still queued', expect: plannerOnly,
    request: async (who) => ({ method: 'DELETE', url: `/api/jobs/${await forPlanner(who, newJob, jobId)}` }) },
  { route: 'POST /api/jobs/:id/cancel', note: 'a job of the planner\'s, still queued', expect: plannerOnly,
    request: async (who) => ({ method: 'POST', url: `/api/jobs/${await forPlanner(who, newJob, jobId)}/cancel` }) },
  // Reciprocity (issue 15): the RAF liaison asks for and edits its own requests; another partner's is a 404.
  { route: 'GET /api/seat-requests', expect: offerUsers, request: () => ({ method: 'GET', url: '/api/seat-requests' }) },
  { route: 'GET /api/seat-requests/:id', note: 'own request', expect: offerUsers, request: async () => ({ method: 'GET', url: `/api/seat-requests/${(await newSeatRequest('gb-raf')).id}` }) },
  { route: 'GET /api/seat-requests/:id', note: "another partner's request", expect: othersOffer, request: async () => ({ method: 'GET', url: `/api/seat-requests/${(await newSeatRequest('us-usaf')).id}` }) },
  { route: 'POST /api/seat-requests', expect: offerUsers, request: () => ({ method: 'POST', url: '/api/seat-requests', payload: seatRequestBody('gb-raf') }) },
  { route: 'PATCH /api/seat-requests/:id', note: 'own request', expect: offerUsers, request: () => seatPatch('gb-raf') },
  { route: 'PATCH /api/seat-requests/:id', note: "another partner's request", expect: othersOffer, request: () => seatPatch('us-usaf') },
  { route: 'POST /api/seat-requests/:id/decision', expect: plannerOnly, request: async () => {
    const r = await newSeatRequest('gb-raf');
    return { method: 'POST', url: `/api/seat-requests/${r.id}/decision`, headers: { 'if-match': `"${r.version}"` }, payload: { acceptedSeats: 10 } };
  } },
  { route: 'GET /api/ledger', note: 'a liaison gets their own partner\'s', expect: signedIn, request: () => ({ method: 'GET', url: '/api/ledger' }) },
  { route: 'GET /api/partners/:id/ledger', note: 'own partner', expect: signedIn, request: () => ({ method: 'GET', url: '/api/partners/gb-raf/ledger' }) },
  { route: 'GET /api/partners/:id/ledger', note: 'another partner', expect: hiddenFromLiaison, request: () => ({ method: 'GET', url: '/api/partners/us-usaf/ledger' }) },
  { route: 'GET /api/operations', note: 'a liaison: operations with a sortie tasked to their partner', expect: signedIn, request: () => ({ method: 'GET', url: '/api/operations' }) },
  { route: 'POST /api/operations', expect: plannerOnly, request: () => ({ method: 'POST', url: '/api/operations', payload: { planId: approvedPlanId, clockAt: opClock } }) },
  { route: 'GET /api/operations/:id', note: 'a liaison sees their own sorties', expect: signedIn, request: () => ({ method: 'GET', url: `/api/operations/${opId}` }) },
  ...(['task', 'confirm', 'decline', 'depart', 'arrive', 'cancel'] as const).map((action) => ({
    route: `POST /api/operations/:id/sorties/:sortieId/${action}`, note: "another partner's sortie", expect: othersOffer,
    request: async (who: Who) => {
      const s = await sortieFor(who, action);
      return { method: 'POST' as const, url: `/api/operations/${opId}/sorties/${s.sortieId}/${action}`, headers: { 'if-match': `"${s.version}"` }, payload: stepBody(action, s) };
    },
  })),
  { route: 'POST /api/operations/:id/task-all', expect: plannerOnly, request: () => ({ method: 'POST', url: `/api/operations/${opId}/task-all`, payload: {} }) },
  { route: 'GET /api/operations/:id/checkins', expect: staff, request: () => ({ method: 'GET', url: `/api/operations/${opId}/checkins` }) },
  { route: 'POST /api/operations/:id/checkins', expect: plannerOnly,
    request: async () => ({ method: 'POST', url: `/api/operations/${opId}/checkins`, payload: { assemblyAreaId: await firstArea(), at: opClock, priority1: 1, priority2: 2, priority3: 3 } }) },
  { route: 'POST /api/operations/:id/checkins/import', expect: plannerOnly,
    request: async () => ({ method: 'POST', url: `/api/operations/${opId}/checkins/import`, payload: { csv: `assemblyAreaId,at,priority1,priority2,priority3\n${await firstArea()},${opClock},1,2,3\n` } }) },
  { route: 'GET /api/operations/:id/board', expect: staff, request: () => ({ method: 'GET', url: `/api/operations/${opId}/board` }) },
  { route: 'GET /api/operations/:id/log', expect: signedIn, request: () => ({ method: 'GET', url: `/api/operations/${opId}/log` }) },
  { route: 'POST /api/operations/:id/log', expect: signedIn, request: () => ({ method: 'POST', url: `/api/operations/${opId}/log`, payload: { kind: 'note', text: 'Roles table' } }) },
  { route: 'GET /api/operations/:id/proposal', expect: staff, request: () => ({ method: 'GET', url: `/api/operations/${opId}/proposal` }) },
  { route: 'POST /api/operations/:id/replan', expect: plannerOnly, request: () => ({ method: 'POST', url: `/api/operations/${opId}/replan`, payload: { timeLimitSeconds: 10 } }) },
  { route: 'POST /api/operations/:id/adopt', note: 'a plan that is not the pending re-plan', expect: { anonymous: 401, liaison: 403, reader: 403, planner: 409 },
    request: async () => ({ method: 'POST', url: `/api/operations/${opId}/adopt`, headers: { 'if-match': `"${(await get<{ operation: { version: number } }>(`/api/operations/${opId}`)).operation.version}"` }, payload: { planId: approvedPlanId } }) },
  { route: 'GET /api/operations/:id/events', note: 'unknown operation (the live stream: test/api/operation-live.test.ts)', expect: { anonymous: 401, liaison: 403, reader: 404, planner: 404 },
    request: () => ({ method: 'GET', url: '/api/operations/no-such-operation/events' }) },
];

const outcome = (status: number): Outcome | number => (status >= 200 && status < 300 ? '2xx' : status);

describe('every route × every role', () => {
  beforeAll(async () => {
    t = await testApp({ demo: true });
    sessions.planner = await t.signIn('planner');
    sessions.reader = await t.signIn('reader');
    sessions.liaison = await t.signIn('liaison', { partnerId: 'gb-raf' });
    await t.signIn('reader', { username: 'roles-user' });
    draftPlanId = await newPlan('Draft for the table');
    approvedPlanId = await newPlan('Approved for the table');
    jobId = await newJob();
    expect((await t.as(planner(), { method: 'DELETE', url: `/api/jobs/${jobId}` })).statusCode).toBe(200);
    const approve = await t.as(planner(), { method: 'POST', url: `/api/plans/${approvedPlanId}/approve` });
    expect(approve.statusCode, approve.body).toBe(200);
    const korea = await get<{ startsAt: string }>('/api/scenarios/korea');
    opClock = new Date(Date.parse(korea.startsAt) + 24 * 3_600_000).toISOString();
    opId = (await post<{ operation: { id: string } }>('/api/operations', { planId: approvedPlanId, clockAt: opClock })).operation.id;
  }, 300_000);
  afterAll(async () => { await t?.close(); });

  it('covers every route the app serves, and no route it does not', () => {
    const served = apiRoutes(t.app);
    expect(served.length).toBeGreaterThan(40);
    expect([...new Set(rows.map((r) => r.route))].sort()).toEqual(served);
  });

  for (const row of rows) {
    it(`${row.route}${row.note ? ` (${row.note})` : ''}`, async () => {
      const got: Record<string, Outcome | number> = {};
      for (const who of WHO) {
        let session: Session | null = who === 'anonymous' ? null : sessions[who];
        if (row.freshSession && who !== 'anonymous') {
          session = await t.signIn(who, { username: `roles-${who}-${fresh++}`, ...(who === 'liaison' ? { partnerId: 'gb-raf' } : {}) });
        }
        const req = await row.request(who);
        expect(isRequestFor(row.route, req.method as string, req.url as string), `${req.method} ${req.url} is not ${row.route}`).toBe(true);
        const res = await t.as(session, req);
        got[who] = outcome(res.statusCode);
        if (got[who] !== row.expect[who]) got[`${who} said`] = res.body.slice(0, 200) as unknown as number;
      }
      expect(got).toEqual(row.expect);
    });
  }
});
