import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import type { Plan } from '../../shared/schemas/api.ts';
import { PlanSummary } from '../../shared/schemas/summary.ts';
import { testApp, type Session, type TestApp } from '../support/app.ts';

type PlanBody = Plan & { metrics: { peopleOut: number; peopleLeft: number } };

describe('plan summary and CSV export routes', () => {
  let t: TestApp;
  let planner: Session;
  let plan: PlanBody;
  const summaryUrl = (q = '') => `/api/plans/${plan.id}/summary${q}`;
  const csvUrl = (q = '') => `/api/plans/${plan.id}/export.csv${q}`;

  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'Korea briefing' } });
    expect(res.statusCode, res.body).toBe(201);
    plan = res.json() as PlanBody;
  });
  afterAll(async () => { await t?.close(); });

  it('gives a planner the full summary of a draft, marked as a draft, with the plan\'s own figures', async () => {
    const res = await t.as(planner, { method: 'GET', url: summaryUrl() });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json() as PlanSummary;
    expect([...Value.Errors(PlanSummary, s)].slice(0, 3)).toEqual([]);
    expect(s.header).toMatchObject({
      variant: 'full', scenarioId: 'korea', scenarioName: 'Korean Peninsula contingency', planName: 'Korea briefing',
      status: 'draft', draft: true, version: plan.version, printedBy: 't-planner', countries: [{ code: 'KR', name: 'South Korea' }],
    });
    expect(Math.abs(Date.parse(s.header.printedAt) - Date.now())).toBeLessThan(60_000);
    expect(s.totals.all.out).toBe(plan.metrics.peopleOut);
    expect(s.totals.all.left).toBe(plan.metrics.peopleLeft);
    expect(s.totals.sorties).toBe(plan.sorties.length);
    expect(s.departures!.some((d) => d.airportId === 'RKSI' && d.label === 'ICN')).toBe(true);
    expect(s.tasking.reduce((n, p) => n + p.sorties, 0)).toBe(plan.sorties.length);
    expect(s.callForward!.length).toBeGreaterThan(0);
    expect(s.leftBehind?.source).toBe('plan');
    expect(s.restrictions!.accessRules.some((r) => r.scopeId === 'KR' && r.category === 'sdf' && r.effect === 'deny' && r.reason.length > 0)).toBe(true);
  });

  it('prints one airport\'s departures by IATA code, and refuses unknown airports, partners and parameters', async () => {
    const res = await t.as(planner, { method: 'GET', url: summaryUrl('?airport=ICN') });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json() as PlanSummary;
    expect(s.header).toMatchObject({ variant: 'airport', airportId: 'RKSI' });
    expect(s.departures!.map((d) => d.airportId)).toEqual(['RKSI']);
    expect(s.tasking.flatMap((p) => p.sortieRows).every((r) => r.originId === 'RKSI')).toBe(true);

    const badAirport = await t.as(planner, { method: 'GET', url: summaryUrl('?airport=XXX') });
    expect(badAirport.statusCode).toBe(400);
    expect(badAirport.json()).toMatchObject({ code: 'bad_request', details: [{ field: 'querystring.airport' }] });
    expect((await t.as(planner, { method: 'GET', url: summaryUrl('?partner=nobody') })).statusCode).toBe(400);
    expect((await t.as(planner, { method: 'GET', url: summaryUrl('?colour=red') })).statusCode).toBe(400);
    expect((await t.as(planner, { method: 'GET', url: '/api/plans/no-such-plan/summary' })).statusCode).toBe(404);
  });

  it('lets a reader print, and nobody signed out', async () => {
    const reader = await t.signIn('reader');
    expect((await t.as(reader, { method: 'GET', url: summaryUrl() })).statusCode).toBe(200);
    expect((await t.as(reader, { method: 'GET', url: csvUrl() })).statusCode).toBe(200);
    expect((await t.as(null, { method: 'GET', url: summaryUrl() })).statusCode).toBe(401);
    expect((await t.as(null, { method: 'GET', url: csvUrl() })).statusCode).toBe(401);
  });

  it('exports sorties and allocations as CSV, one row per allocation', async () => {
    const res = await t.as(planner, { method: 'GET', url: csvUrl() });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="plan-${plan.id}-v${plan.version}.csv"`);
    const lines = res.body.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^plan_id,plan_version,sortie_id,depart_at_utc,origin_airport_id,origin,/);
    const rows = plan.sorties.reduce((n, s) => n + Math.max(1, s.allocations.length), 0);
    expect(lines).toHaveLength(1 + rows);
    const header = lines[0]!.split(',');
    const pax = header.indexOf('passengers');
    const total = lines.slice(1).reduce((n, l) => n + Number(l.match(/("[^"]*"|[^,]*)(,|$)/g)![pax]!.replace(/,$/, '') || 0), 0);
    expect(total).toBe(plan.metrics.peopleOut);

    const icn = await t.as(planner, { method: 'GET', url: csvUrl('?airport=RKSI') });
    expect(icn.body.trimEnd().split('\r\n').slice(1).every((l) => l.split(',')[4] === 'RKSI')).toBe(true);
  });

  it('shows a liaison only an approved plan, and of it only their own partner\'s tasking', async () => {
    const offers = (await t.as(planner, { method: 'GET', url: '/api/lift-offers' })).json() as { id: string; partnerId: string }[];
    const partnerOf = new Map(offers.map((o) => [o.id, o.partnerId]));
    const partnerId = partnerOf.get(plan.sorties[0]!.offerId)!;
    const otherPartner = offers.map((o) => o.partnerId).find((p) => p !== partnerId)!;
    const liaison = await t.signIn('liaison', { partnerId });
    // A draft is not theirs to see.
    expect((await t.as(liaison, { method: 'GET', url: summaryUrl() })).statusCode).toBe(404);
    expect((await t.as(liaison, { method: 'GET', url: csvUrl() })).statusCode).toBe(404);

    const approved = await t.as(planner, { method: 'POST', url: `/api/plans/${plan.id}/approve` });
    expect(approved.statusCode, approved.body).toBe(200);

    const res = await t.as(liaison, { method: 'GET', url: summaryUrl() });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json() as PlanSummary;
    expect(s.header).toMatchObject({ variant: 'partner', partnerId, status: 'approved', draft: false, printedBy: `t-liaison-${partnerId}` });
    expect(s.tasking.map((p) => p.partnerId)).toEqual([partnerId]);
    expect(s.departures).toBeNull();
    expect(s.callForward).toBeNull();
    expect(s.leftBehind).toBeNull();
    expect(s.restrictions).toBeNull();
    expect(s.map.areas).toEqual([]);
    // The same figures a planner prints for that partner (priorities come from the whole plan).
    const asPlanner = (await t.as(planner, { method: 'GET', url: summaryUrl(`?partner=${partnerId}`) })).json() as PlanSummary;
    expect(s.tasking).toEqual(asPlanner.tasking);
    expect(s.totals).toEqual(asPlanner.totals);

    expect((await t.as(liaison, { method: 'GET', url: summaryUrl(`?partner=${otherPartner}`) })).statusCode).toBe(403);
    expect((await t.as(liaison, { method: 'GET', url: csvUrl(`?partner=${otherPartner}`) })).statusCode).toBe(403);

    const csv = await t.as(liaison, { method: 'GET', url: csvUrl() });
    expect(csv.statusCode).toBe(200);
    const rows = csv.body.trimEnd().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((l) => l.split(',')[8] === partnerId)).toBe(true);
  });
});
