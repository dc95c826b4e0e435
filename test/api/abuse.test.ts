import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { apiRoutes } from '../support/routes.ts';
import { fingerprint } from '../support/fingerprint.ts';
import { LIMITS } from '../../shared/limits.ts';
import { polygonZone, scribble, wobblyCircle } from '../support/shapes.ts';

/**
 * The reproductions of issue 9 that crashed, froze or 500'd the server, at their exact sizes: each now a
 * 4xx naming the field (and the limit), nothing stored changes, and the server answers /api/health after.
 */

const circle = (n: number, lon: number, lat: number, r: number) => wobblyCircle(n, lon, lat, r);
const zone = polygonZone;
const deepJson = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

let t: TestApp;
let planner: Session;
let before: Record<string, string>;
let korea: { version: number };

interface Answer { statusCode: number; body: string; json(): unknown }
/** A 4xx with `{ code, message, details }` whose text names `field` (and `limit`, when given). */
function expectRefused(res: Answer, status: number, field: RegExp, limit?: RegExp) {
  expect(res.statusCode, res.body.slice(0, 500)).toBe(status);
  const body = res.json() as { code: string; message: string; details?: unknown };
  expect(body.code).toBe('bad_request');
  const text = `${body.message} ${JSON.stringify(body.details ?? '')}`;
  expect(text).toMatch(field);
  if (limit) expect(text).toMatch(limit);
}

beforeAll(async () => {
  // Matcher runs may overrun by 0 s here, so a tiny time limit makes one overrun for real.
  t = await testApp({ demo: true, graceSeconds: 0 });
  planner = await t.signIn('planner');
  korea = (await t.as(planner, { method: 'GET', url: '/api/scenarios/korea' })).json() as { version: number };
  before = await fingerprint(t.database.db);
});
afterAll(async () => { await t?.close(); });

describe('refused, with nothing stored changed', () => {
  afterAll(async () => {
    expect(await fingerprint(t.database.db)).toEqual(before);
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });

  it('the 137 KB, 6,001-vertex self-crossing hazard polygon (turf kinks: out of memory)', async () => {
    const payload = { version: korea.version, hazardZones: [zone('scribble', scribble(6001))] };
    expect(JSON.stringify(payload).length).toBeGreaterThan(130_000);
    const res = await t.as(planner, { method: 'PATCH', url: '/api/scenarios/korea', payload });
    expectRefused(res, 400, /body\.hazardZones\.0\.geometry\.coordinates\.0/, /6,002 items; the limit is 5,000/);
  });

  it('a self-crossing polygon at the vertex limit: the sweep finds a crossing and stops', async () => {
    const res = await t.as(planner, { method: 'PATCH', url: '/api/scenarios/korea', payload: { version: korea.version, hazardZones: [zone('scribble', scribble(LIMITS.ringVertices - 1))] } });
    expectRefused(res, 400, /body\.hazardZones\[0\]\.geometry\.coordinates\[0\]/, /crosses itself near/);
  });

  it('four 9,999-vertex zones (froze the server for 6 minutes)', async () => {
    const zones = [0, 1, 2, 3].map((i) => zone(`big ${i}`, circle(9_999, 126.5 + i * 0.4, 37, 0.15)));
    const res = await t.as(planner, { method: 'POST', url: '/api/scenarios', payload: { name: 'four big zones', countries: ['KR'], startsAt: '2027-04-01T00:00:00Z', hazardZones: zones } });
    // Over the body limit (1 MiB) before the ring limit; one such zone alone is refused by the ring limit.
    expect(res.statusCode).toBe(413);
    const one = await t.as(planner, { method: 'POST', url: '/api/scenarios', payload: { name: 'one big zone', countries: ['KR'], startsAt: '2027-04-01T00:00:00Z', hazardZones: zones.slice(0, 1) } });
    expectRefused(one, 400, /body\.hazardZones\.0\.geometry\.coordinates\.0/, /the limit is 5,000/);
  });

  it('zones whose total passes the per-polygon limit', async () => {
    const res = await t.as(planner, { method: 'PATCH', url: '/api/scenarios/korea', payload: { version: korea.version, hazardZones: [zone('outline and holes', circle(4_000, 127, 37, 0.5), circle(4_000, 127.1, 37, 0.05), circle(4_000, 126.9, 37, 0.05))] } });
    expectRefused(res, 400, /body\.hazardZones\[0\]\.geometry\.coordinates/, /12,003 positions in all; the limit is 10,000 per polygon/);
  });

  it('JSON nested 10,000 deep, anonymously on POST /api/session (a stack overflow and a 500)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload: `{"username":${deepJson(10_000)},"password":"x"}` });
    expectRefused(res, 400, /body\.username\[0\]/, /more than 32 levels deep/);
  });

  it('JSON nested 10,000 deep on every write route: 400 for a planner, 401 for nobody', async () => {
    const writes = apiRoutes(t.app).filter((r) => !r.startsWith('GET '));
    expect(writes.length).toBeGreaterThan(20);
    for (const route of writes) {
      const [method, pattern] = route.split(' ') as ['POST' | 'PUT' | 'PATCH' | 'DELETE', string];
      const url = pattern.replace(/:[a-zA-Z]+/g, 'korea');
      const payload = `{"name":${deepJson(10_000)}}`;
      const anonymous = await t.app.inject({ method, url, headers: { 'content-type': 'application/json' }, payload });
      // 401 before the body is read; public routes (sign-in, first-run setup) read it and refuse it.
      expect([400, 401], `${route} ${anonymous.body.slice(0, 200)}`).toContain(anonymous.statusCode);
      if (anonymous.statusCode === 400) expect((anonymous.json() as { message: string }).message, route).toMatch(/more than 32 levels deep/);
      if (route === 'POST /api/session') expect(anonymous.statusCode).toBe(400);
      if (route === 'DELETE /api/session') continue; // would sign the planner out
      const res = await t.as(planner, { method, url, headers: { 'content-type': 'application/json', 'if-match': '1' }, payload });
      expect(res.statusCode, `${route} ${res.body.slice(0, 300)}`).toBe(400);
      expect((res.json() as { message: string }).message, route).toMatch(/^body\.name\[0\]\[0\].* more than 32 levels deep/);
    }
  });

  const times: [string, RegExp][] = [
    ['2027-06-30T23:59:60Z', /leap second/],
    ['2027-02-30T00:00:00Z', /February 2027 has no day 30/],
    ['0000-01-01T00:00:00Z', /year 0000 is outside 1900–2999/],
    ['99999-01-01T00:00:00Z', /four digits/],
    ['2027-04-01T00:00:00', /needs a UTC offset/],
    ['2027-04-01T00:00:00+15:00', /offset \+15:00/],
  ];
  const offer = {
    partnerId: 'gb-raf', category: 'foreign_military', aircraftType: 'Airbus A400M Atlas', seatsPerSortie: 116, sorties: 2, aircraftCount: 1,
    availableFrom: '2027-04-02T00:00:00Z', availableTo: '2027-04-06T00:00:00Z', originAirportIds: ['RKSO'], destinationAirportId: 'RJTY', turnaroundHours: 8,
  };
  for (const [time, reason] of times) {
    it(`the time ${time} on offers, scenarios, rules and the audit trail`, async () => {
      const cases: { method: 'POST' | 'PATCH'; url: string; payload: object; field: RegExp }[] = [
        { method: 'POST', url: '/api/lift-offers', payload: { ...offer, availableFrom: time }, field: /body\.availableFrom/ },
        { method: 'PATCH', url: '/api/lift-offers/offer-gb-a400m-1', payload: { version: 1, availableTo: time }, field: /body\.availableTo/ },
        { method: 'POST', url: '/api/scenarios', payload: { name: 'x', countries: ['KR'], startsAt: time }, field: /body\.startsAt/ },
        { method: 'PATCH', url: '/api/scenarios/korea', payload: { version: korea.version, startsAt: time }, field: /body\.startsAt/ },
        { method: 'POST', url: '/api/scenarios/korea/access-rules', payload: { scope: 'country', scopeId: 'KR', category: 'sdf', effect: 'deny', reason: 'x', validFrom: time }, field: /body\.validFrom/ },
      ];
      for (const c of cases) expectRefused(await t.as(planner, c), 400, c.field, reason);
      const audit = await t.as(planner, { method: 'GET', url: `/api/audit?since=${encodeURIComponent(time)}` });
      expectRefused(audit, 400, /querystring\.since/, reason);
    });
  }

  it('a sortie departing at a leap second, in a plan save', async () => {
    const created = await t.as(planner, { method: 'GET', url: '/api/plans' });
    expect(created.statusCode).toBe(200);
    const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'x', sorties: [{ offerId: 'offer-gb-a400m-1', originAirportId: 'RKSO', destinationAirportId: 'RJTY', departAt: '2027-04-02T23:59:60Z', allocations: [] }] } });
    expectRefused(res, 400, /body\.sorties\.0\.departAt/, /leap second/);
  });

  it('a scenario airportStatus of 70,000 keys (one bind parameter each: a 500 past 65,535)', async () => {
    // Base-36 keys keep the body under the 1 MiB limit, so the key count is what is refused.
    const airportStatus = Object.fromEntries(Array.from({ length: 70_000 }, (_, i) => [i.toString(36), 'open']));
    for (const [method, url, extra] of [['POST', '/api/scenarios', { name: 'x', countries: ['KR'], startsAt: '2027-04-01T00:00:00Z' }], ['PATCH', '/api/scenarios/korea', { version: korea.version }]] as const) {
      const res = await t.as(planner, { method, url, payload: { ...extra, airportStatus } });
      expectRefused(res, 400, /body\.airportStatus/, /70,000 entries; the limit is 5,000/);
    }
  });

  it('an airportStatus key that is no airport id', async () => {
    const res = await t.as(planner, { method: 'PATCH', url: '/api/scenarios/korea', payload: { version: korea.version, airportStatus: { 'not an id': 'closed' } } });
    expectRefused(res, 400, /body\.airportStatus\.not an id/);
  });

  it('plan bodies: up to 8 MiB of sorties, no more than 5,000 of them', async () => {
    const sortie = { offerId: 'no-such-offer', originAirportId: 'RKSO', destinationAirportId: 'RJTY', departAt: '2027-04-02T06:00:00Z', allocations: [] };
    const over = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'x', sorties: Array.from({ length: LIMITS.planSorties + 1 }, () => sortie) } });
    expectRefused(over, 400, /body\.sorties/, /5,001 items; the limit is 5,000/);
    // 2 MB: past the 1 MiB of other routes, within a plan's 8 MiB; refused for what it says, not for its size.
    const padded = { ...sortie, allocations: Array.from({ length: 900 }, (_, i) => ({ assemblyAreaId: `area-${i}`, passengers: 1, locked: false })) };
    const big = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'x', sorties: Array.from({ length: 30 }, () => padded) } });
    expectRefused(big, 400, /body\.sorties\[0\]\.offerId/, /unknown lift offer/);
    const huge = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', headers: { 'content-type': 'application/json' }, payload: `{"name":"${'x'.repeat(9 * 1024 * 1024)}"}` });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/8,388,608 bytes/) });
  });

  it('lists over their limits: origins of an offer, countries, rules and zones of a scenario', async () => {
    const many = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));
    expectRefused(await t.as(planner, { method: 'POST', url: '/api/lift-offers', payload: { ...offer, originAirportIds: many(LIMITS.offerOrigins + 1, (i) => `A${i}`) } }), 400, /body\.originAirportIds/, /101 items; the limit is 100/);
    expectRefused(await t.as(planner, { method: 'POST', url: '/api/scenarios', payload: { name: 'x', startsAt: '2027-04-01T00:00:00Z', countries: many(21, () => 'KR') } }), 400, /body\.countries/, /the limit is 20/);
    expectRefused(await t.as(planner, { method: 'POST', url: '/api/scenarios', payload: { name: 'x', startsAt: '2027-04-01T00:00:00Z', countries: ['KR'], accessRules: many(501, () => ({ scope: 'country', scopeId: 'KR', category: 'sdf', effect: 'deny', reason: 'x' })) } }), 400, /body\.accessRules/, /the limit is 500/);
    expectRefused(await t.as(planner, { method: 'POST', url: '/api/scenarios', payload: { name: 'x', startsAt: '2027-04-01T00:00:00Z', countries: ['KR'], hazardZones: many(201, (i) => zone(`z${i}`, circle(4, 127, 37, 0.01))) } }), 400, /body\.hazardZones/, /the limit is 200/);
    expectRefused(await t.as(planner, { method: 'POST', url: '/api/scenarios', payload: { name: 'x'.repeat(201), startsAt: '2027-04-01T00:00:00Z', countries: ['KR'] } }), 400, /body\.name/, /201 characters; the limit is 200/);
  });
});

describe('accepted at the limits', () => {
  it('a polygon at the per-polygon limit (outline and hole of 5,000 positions each) on a what-if copy', async () => {
    const copy = (await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/duplicate', payload: { name: 'abuse: big zone' } })).json() as { id: string; version: number };
    const payload = { version: copy.version, hazardZones: [zone('at the limit', circle(LIMITS.ringVertices - 1, 127, 37.2, 0.3), circle(LIMITS.ringVertices - 1, 127, 37.2, 0.1))] };
    const res = await t.as(planner, { method: 'PATCH', url: `/api/scenarios/${copy.id}`, payload });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});

describe('a matcher run that overruns fails alone', () => {
  it('504 matcher_timeout for it, 201 for the plans queued behind it, and only theirs stored', async () => {
    const plansBefore = ((await t.as(planner, { method: 'GET', url: '/api/plans' })).json() as unknown[]).length;
    const post = (name: string, timeLimitSeconds: number) => t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name, timeLimitSeconds } });
    // The queued runs may take their whole time limit (no grace here): a generous one, as a planner would give.
    const [overrun, a, b] = await Promise.all([post('overruns', 0.001), post('queued 1', 60), post('queued 2', 60)]);
    expect(overrun.statusCode, overrun.body).toBe(504);
    expect(overrun.json()).toMatchObject({ code: 'matcher_timeout', message: expect.stringMatching(/did not finish within 0\.001 s .*other runs are not affected/) });
    expect(a.statusCode, a.body.slice(0, 300)).toBe(201);
    expect(b.statusCode, b.body.slice(0, 300)).toBe(201);
    const names = ((await t.as(planner, { method: 'GET', url: '/api/plans' })).json() as { name: string }[]).map((p) => p.name);
    expect(names.length).toBe(plansBefore + 2);
    expect(names).not.toContain('overruns');
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  }, 180_000);
});
