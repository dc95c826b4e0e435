import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testApp, type Session, type TestApp } from '../support/app.ts';

/** Row counts of every table: a rejected request must leave all of them as they were. */
async function snapshotCounts(t: TestApp) {
  const tables = ['assembly_areas', 'airports', 'partners', 'lift_offers', 'lift_offer_origins', 'scenarios', 'access_rules', 'hazard_zones', 'plans', 'sorties', 'allocations', 'audit_events'] as const;
  const out: Record<string, number> = {};
  for (const table of tables) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.database.db);
    out[table] = Number(r.rows[0]?.n);
  }
  return out;
}

const validArea = { country: 'KR', zone: 'KR-main', name: 'Area', lat: 37, lon: 127, residents: 100 };
const closedSquare = [[126.9, 37.8], [127.3, 37.8], [127.3, 38.1], [126.9, 38.1], [126.9, 37.8]];

describe('bad input: a clear 4xx naming the field, and nothing written', () => {
  let t: TestApp;
  let planner: Session;
  let reader: Session;
  let before: Record<string, number>;
  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    reader = await t.signIn('reader');
    before = await snapshotCounts(t);
  });
  afterAll(async () => {
    // After every bad request of this file the database holds exactly what it held before.
    expect(await snapshotCounts(t)).toEqual(before);
    await t?.close();
  });

  const cases: { name: string; method: 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; payload?: unknown; raw?: string; status: number; field?: RegExp; headers?: Record<string, string> }[] = [
    { name: 'wrong type', method: 'POST', url: '/api/assembly-areas', payload: { ...validArea, residents: 'many' }, status: 400, field: /residents/ },
    { name: 'unknown field', method: 'POST', url: '/api/assembly-areas', payload: { ...validArea, colour: 'red' }, status: 400, field: /colour/ },
    { name: 'missing field', method: 'POST', url: '/api/assembly-areas', payload: { ...validArea, name: undefined }, status: 400, field: /name/ },
    { name: 'latitude of 200', method: 'POST', url: '/api/assembly-areas', payload: { ...validArea, lat: 200 }, status: 400, field: /lat/ },
    { name: 'negative count', method: 'POST', url: '/api/assembly-areas', payload: { ...validArea, residents: -5 }, status: 400, field: /residents/ },
    { name: 'fractional count', method: 'POST', url: '/api/assembly-areas', payload: { ...validArea, residents: 10.5 }, status: 400, field: /residents/ },
    { name: 'priorities above the total', method: 'POST', url: '/api/assembly-areas', payload: { ...validArea, priority1: 80, priority2: 80 }, status: 400, field: /priority/ },
    { name: 'unknown country', method: 'POST', url: '/api/assembly-areas', payload: { ...validArea, country: 'QQ', zone: 'QQ-main' }, status: 400, field: /country/ },
    { name: 'zone of another country', method: 'POST', url: '/api/assembly-areas', payload: { ...validArea, zone: 'TW-main' }, status: 400, field: /zone/ },
    { name: 'broken JSON', method: 'POST', url: '/api/assembly-areas', raw: '{"country": "KR", ', status: 400 },
    { name: 'a body of 10 MB', method: 'POST', url: '/api/assembly-areas', raw: JSON.stringify({ ...validArea, name: 'x'.repeat(10 * 1024 * 1024) }), status: 413 },
    { name: 'empty patch', method: 'PATCH', url: '/api/assembly-areas/kr-seoul-capital', headers: { 'if-match': '"1"' }, payload: {}, status: 400 },
    { name: 'patch of an unknown id', method: 'PATCH', url: '/api/assembly-areas/no-such-area', headers: { 'if-match': '"1"' }, payload: { residents: 3 }, status: 404 },
    { name: 'patch without If-Match', method: 'PATCH', url: '/api/assembly-areas/kr-seoul-capital', payload: { residents: 3 }, status: 428 },
    { name: 'delete of an unknown id', method: 'DELETE', url: '/api/airports/NOPE', status: 404 },
    { name: 'malformed id', method: 'DELETE', url: '/api/airports/%20%3Cscript%3E', status: 400 },
    { name: 'airport with a bad status', method: 'POST', url: '/api/airports', payload: { name: 'x', country: 'KR', zone: 'KR-main', lat: 36, lon: 127, departuresPerHour: 2, status: 'maybe' }, status: 400, field: /status/ },
    { name: 'offer ending before it starts', method: 'POST', url: '/api/lift-offers', payload: { partnerId: 'us-usaf', category: 'foreign_military', aircraftType: 'x', seatsPerSortie: 100, sorties: 1, aircraftCount: 1, availableFrom: '2027-04-03T00:00:00Z', availableTo: '2027-04-01T00:00:00Z', originAirportIds: ['RKSI'], destinationAirportId: 'RJFF', turnaroundHours: 5 }, status: 400, field: /availableTo/ },
    { name: 'offer with zero seats', method: 'POST', url: '/api/lift-offers', payload: { partnerId: 'us-usaf', category: 'foreign_military', aircraftType: 'x', seatsPerSortie: 0, sorties: 1, aircraftCount: 1, availableFrom: '2027-04-01T00:00:00Z', availableTo: '2027-04-03T00:00:00Z', originAirportIds: ['RKSI'], destinationAirportId: 'RJFF', turnaroundHours: 5 }, status: 400, field: /seatsPerSortie/ },
    { name: 'offer to an unknown airport', method: 'POST', url: '/api/lift-offers', payload: { partnerId: 'us-usaf', category: 'foreign_military', aircraftType: 'x', seatsPerSortie: 10, sorties: 1, aircraftCount: 1, availableFrom: '2027-04-01T00:00:00Z', availableTo: '2027-04-03T00:00:00Z', originAirportIds: ['RKSI'], destinationAirportId: 'XXXX', turnaroundHours: 5 }, status: 400, field: /destinationAirportId/ },
    { name: 'offer with a bad category', method: 'POST', url: '/api/lift-offers', payload: { partnerId: 'us-usaf', category: 'navy', aircraftType: 'x', seatsPerSortie: 10, sorties: 1, aircraftCount: 1, availableFrom: '2027-04-01T00:00:00Z', availableTo: '2027-04-03T00:00:00Z', originAirportIds: ['RKSI'], destinationAirportId: 'RJFF', turnaroundHours: 5 }, status: 400, field: /category/ },
    { name: 'offer with a time that is not ISO-8601', method: 'POST', url: '/api/lift-offers', payload: { partnerId: 'us-usaf', category: 'foreign_military', aircraftType: 'x', seatsPerSortie: 10, sorties: 1, aircraftCount: 1, availableFrom: 'tomorrow', availableTo: '2027-04-03T00:00:00Z', originAirportIds: ['RKSI'], destinationAirportId: 'RJFF', turnaroundHours: 5 }, status: 400, field: /availableFrom/ },
    { name: 'decision with an unknown status', method: 'POST', url: '/api/lift-offers/anything/decision', payload: { status: 'maybe' }, status: 400, field: /status/ },
    { name: 'polygon that does not close', method: 'PATCH', url: '/api/scenarios/korea', payload: { version: 1, hazardZones: [{ name: 'z', geometry: { type: 'Polygon', coordinates: [closedSquare.slice(0, 4).concat([[126.95, 37.9]])] } }] }, status: 400, field: /coordinates/ },
    { name: 'polygon that crosses itself', method: 'PATCH', url: '/api/scenarios/korea', payload: { version: 1, hazardZones: [{ name: 'z', geometry: { type: 'Polygon', coordinates: [[[126.9, 37.8], [127.3, 38.1], [127.3, 37.8], [126.9, 38.1], [126.9, 37.8]]] } }] }, status: 400, field: /crosses/ },
    { name: 'polygon of a wrong GeoJSON type', method: 'PATCH', url: '/api/scenarios/korea', payload: { version: 1, hazardZones: [{ name: 'z', geometry: { type: 'Point', coordinates: [127, 37] } }] }, status: 400 },
    { name: 'polygon with a longitude of 500', method: 'PATCH', url: '/api/scenarios/korea', payload: { version: 1, hazardZones: [{ name: 'z', geometry: { type: 'Polygon', coordinates: [[[500, 37.8], [127.3, 37.8], [127.3, 38.1], [500, 37.8]]] } }] }, status: 400 },
    { name: 'access rule for an unknown airport', method: 'POST', url: '/api/scenarios/korea/access-rules', payload: { scope: 'airport', scopeId: 'NOPE', category: 'sdf', effect: 'deny', reason: 'x' }, status: 400, field: /scopeId/ },
    { name: 'access rule with a bad effect', method: 'POST', url: '/api/scenarios/korea/access-rules', payload: { scope: 'country', scopeId: 'KR', category: 'sdf', effect: 'perhaps', reason: 'x' }, status: 400, field: /effect/ },
    { name: 'scenario in an unknown country', method: 'POST', url: '/api/scenarios', payload: { name: 'x', countries: ['XX'], startsAt: '2027-04-01T00:00:00Z' }, status: 400, field: /countries/ },
    { name: 'plan for an unknown scenario', method: 'POST', url: '/api/scenarios/nope/plans?wait=true', payload: { name: 'x' }, status: 404 },
    { name: 'plan save without If-Match', method: 'PUT', url: '/api/plans/nope', payload: { sorties: [] }, status: 400, field: /if-match/ },
  ];

  for (const c of cases) {
    it(`${c.name} → ${c.status}`, async () => {
      const res = await t.as(planner, {
        method: c.method, url: c.url,
        ...(c.raw !== undefined ? { payload: c.raw, headers: { 'content-type': 'application/json', ...(c.headers ?? {}) } } : c.payload !== undefined ? { payload: c.payload as object, headers: c.headers ?? {} } : { headers: c.headers ?? {} }),
      });
      expect(res.statusCode, res.body).toBe(c.status);
      const body = res.json() as { code: string; message: string; details?: unknown };
      expect(typeof body.code).toBe('string');
      expect(body.message.length).toBeGreaterThan(3);
      if (c.field) expect(`${body.message} ${JSON.stringify(body.details ?? '')}`).toMatch(c.field);
    });
  }

  it('answers 401/403 where a session is missing or the CSRF token is wrong, without writing', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/countries' })).statusCode).toBe(401);
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/assembly-areas', payload: validArea, headers: { cookie: planner.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect((await t.as(reader, { method: 'POST', url: '/api/assembly-areas', payload: validArea })).statusCode).toBe(403);
  });
});
