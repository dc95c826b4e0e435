import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';

describe('resource routes over the demo data', () => {
  let t: TestApp;
  let planner: Session;
  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
  });
  afterAll(async () => { await t?.close(); });

  it('reports the health and the database in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.database.kind });
    // Liveness never touches the database; readiness does.
    const ready = await t.app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: t.database.kind });
  });

  it('sums residents by country: KR 41,000 and TW 25,000', async () => {
    const res = await t.as(planner, { method: 'GET', url: '/api/countries' });
    expect(res.statusCode).toBe(200);
    const byCode = Object.fromEntries((res.json() as { code: string; residents: number; evacuees: number }[]).map((c) => [c.code, c]));
    expect(byCode.KR?.residents).toBe(41_000);
    expect(byCode.TW?.residents).toBe(25_000);
    expect(byCode.KR!.evacuees).toBeGreaterThanOrEqual(41_000);
  });

  it('lists airports, areas, partners, offers and the four scenarios with filters', async () => {
    const kr = (await t.as(planner, { method: 'GET', url: '/api/airports?country=KR' })).json() as { country: string; zone: string }[];
    expect(kr.length).toBeGreaterThan(10);
    expect(kr.every((a) => a.country === 'KR')).toBe(true);
    expect(kr.some((a) => a.zone === 'KR-jeju')).toBe(true);
    const areas = (await t.as(planner, { method: 'GET', url: '/api/assembly-areas?country=TW' })).json() as { country: string }[];
    expect(areas.length).toBeGreaterThan(3);
    expect(areas.every((a) => a.country === 'TW')).toBe(true);
    const partners = (await t.as(planner, { method: 'GET', url: '/api/partners' })).json() as { nation: string }[];
    expect(new Set(partners.map((p) => p.nation))).toEqual(expect.objectContaining({}));
    for (const nation of ['US', 'GB', 'AU', 'CA', 'SG', 'JP']) expect(partners.some((p) => p.nation === nation)).toBe(true);
    const accepted = (await t.as(planner, { method: 'GET', url: '/api/lift-offers?status=accepted' })).json() as { status: string; category: string }[];
    expect(accepted.length).toBeGreaterThan(5);
    expect(accepted.every((o) => o.status === 'accepted')).toBe(true);
    expect(accepted.some((o) => o.category === 'sdf')).toBe(true);
    const scenarios = (await t.as(planner, { method: 'GET', url: '/api/scenarios' })).json() as { id: string; countries: string[]; accessRules: { category: string; effect: string; scope: string; scopeId: string }[] }[];
    expect(scenarios).toHaveLength(4);
    const concurrent = scenarios.find((s) => s.countries.includes('KR') && s.countries.includes('TW'));
    expect(concurrent).toBeDefined();
    const denies = (s: typeof scenarios[number] | undefined, c: string) => s?.accessRules.some((r) => r.category === 'sdf' && r.effect === 'deny' && r.scope === 'country' && r.scopeId === c);
    expect(denies(concurrent, 'KR') && denies(concurrent, 'TW')).toBe(true);
    const korea = scenarios.find((s) => s.countries.length === 1 && s.countries[0] === 'KR');
    expect(denies(korea, 'KR')).toBe(true);
  });

  it('creates, reads, patches and deletes an assembly area, with an audit row for each write', async () => {
    const created = await t.as(planner, { method: 'POST', url: '/api/assembly-areas', payload: {
      country: 'KR', zone: 'KR-main', name: 'Test area', lat: 37.1, lon: 127.1, residents: 120, priority1: 5, priority2: 30,
    } });
    expect(created.statusCode).toBe(201);
    const area = created.json() as { id: string; visitors: number };
    expect(area.visitors).toBe(0);
    const patched = await t.as(planner, { method: 'PATCH', url: `/api/assembly-areas/${area.id}`, headers: { 'if-match': '"1"' }, payload: { residents: 150 } });
    expect(patched.statusCode).toBe(200);
    expect((patched.json() as { residents: number }).residents).toBe(150);
    const got = await t.as(planner, { method: 'GET', url: `/api/assembly-areas/${area.id}` });
    expect((got.json() as { residents: number }).residents).toBe(150);
    expect((await t.as(planner, { method: 'DELETE', url: `/api/assembly-areas/${area.id}` })).statusCode).toBe(204);
    expect((await t.as(planner, { method: 'GET', url: `/api/assembly-areas/${area.id}` })).statusCode).toBe(404);
    const audit = (await t.as(planner, { method: 'GET', url: `/api/audit?entityType=assembly_area&entityId=${area.id}` })).json() as { action: string }[];
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('creates an airport and refuses to delete one that offers still use (409)', async () => {
    const res = await t.as(planner, { method: 'POST', url: '/api/airports', payload: {
      id: 'TEST-AP', name: 'Test field', country: 'KR', zone: 'KR-main', lat: 36, lon: 127.5, departuresPerHour: 4,
    } });
    expect(res.statusCode).toBe(201);
    expect((res.json() as { status: string }).status).toBe('open');
    const offers = (await t.as(planner, { method: 'GET', url: '/api/lift-offers' })).json() as { destinationAirportId: string }[];
    const used = offers[0]!.destinationAirportId;
    const del = await t.as(planner, { method: 'DELETE', url: `/api/airports/${used}` });
    expect(del.statusCode).toBe(409);
    expect((await t.as(planner, { method: 'GET', url: `/api/airports/${used}` })).statusCode).toBe(200);
  });

  it('runs the offer life cycle: submit, stale edit 409, decision, edit sends it back to the inbox', async () => {
    const partners = (await t.as(planner, { method: 'GET', url: '/api/partners' })).json() as { id: string }[];
    const body = {
      partnerId: partners.find((p) => p.id === 'jp-ana')!.id, category: 'civil', aircraftType: 'Boeing 787-9 (civil charter)', seatsPerSortie: 250, sorties: 4, aircraftCount: 1,
      availableFrom: '2027-04-01T06:00:00Z', availableTo: '2027-04-04T00:00:00Z', originAirportIds: ['RKSI'], destinationAirportId: 'RJFF', turnaroundHours: 6,
    };
    const created = await t.as(planner, { method: 'POST', url: '/api/lift-offers', payload: body });
    expect(created.statusCode, created.body).toBe(201);
    const offer = created.json() as { id: string; status: string; version: number };
    expect(offer.status).toBe('submitted');
    const stale = await t.as(planner, { method: 'PATCH', url: `/api/lift-offers/${offer.id}`, payload: { version: 7, sorties: 5 } });
    expect(stale.statusCode).toBe(409);
    const decided = await t.as(planner, { method: 'POST', url: `/api/lift-offers/${offer.id}/decision`, payload: { status: 'accepted' } });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'accepted', version: 2 });
    const edited = await t.as(planner, { method: 'PATCH', url: `/api/lift-offers/${offer.id}`, payload: { version: 2, sorties: 6 } });
    expect(edited.json()).toMatchObject({ status: 'submitted', sorties: 6, version: 3 });
  });

  it('adds and removes access rules, and duplicates a scenario for what-if', async () => {
    const rule = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/access-rules', payload: {
      scope: 'airport', scopeId: 'RKSI', category: 'civil', effect: 'deny', reason: 'runway damaged',
    } });
    expect(rule.statusCode, rule.body).toBe(201);
    const ruleId = (rule.json() as { id: string }).id;
    const rules = (await t.as(planner, { method: 'GET', url: '/api/scenarios/korea/access-rules' })).json() as { id: string }[];
    expect(rules.some((r) => r.id === ruleId)).toBe(true);
    expect((await t.as(planner, { method: 'DELETE', url: `/api/scenarios/korea/access-rules/${ruleId}` })).statusCode).toBe(204);
    const copy = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/duplicate', payload: { name: 'What if SDF may land' } });
    expect(copy.statusCode).toBe(201);
    const c = copy.json() as { id: string; accessRules: unknown[] };
    const original = (await t.as(planner, { method: 'GET', url: '/api/scenarios/korea' })).json() as { accessRules: unknown[] };
    expect(c.accessRules).toHaveLength(original.accessRules.length);
  });

  it('stores a hazard zone drawn on the map and checks the scenario version', async () => {
    const s = (await t.as(planner, { method: 'GET', url: '/api/scenarios/korea' })).json() as { version: number };
    const zone = { name: 'Artillery range', geometry: { type: 'Polygon', coordinates: [[[126.9, 37.8], [127.3, 37.8], [127.3, 38.1], [126.9, 38.1], [126.9, 37.8]]] } };
    const res = await t.as(planner, { method: 'PATCH', url: '/api/scenarios/korea', payload: { version: s.version, hazardZones: [zone] } });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { hazardZones: unknown[]; version: number })).toMatchObject({ version: s.version + 1 });
    const again = await t.as(planner, { method: 'PATCH', url: '/api/scenarios/korea', payload: { version: s.version, hazardZones: [] } });
    expect(again.statusCode).toBe(409);
  });
});
