import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createPlanSolver } from '../../server/services/plan-solver.ts';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { Plan, PlanSummaryRow } from '../../shared/schemas/api.ts';
import type { LiftOffer } from '../../shared/schemas/domain.ts';
import type { PlanSummary } from '../../shared/schemas/summary.ts';

// "A plan is always judged against today's data": every read re-validates the plan, recomputes its
// figures and explanations when the data changed, and lists what changed since it was planned.

// On the shared 2-core machine a first matcher solve plus the derivation pool's start can take a minute.
describe('plans judged on today\'s data', { timeout: 240_000 }, () => {
  let t: TestApp;
  let planner: Session;
  let reader: Session;
  const get = async (s: Session, url: string) => {
    const res = await t.as(s, { method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as unknown;
  };
  const plan = (id: string, s: Session = planner) => get(s, `/api/plans/${id}`) as Promise<Plan>;
  const offer = async (id: string) => (await get(planner, `/api/lift-offers/${id}`)) as LiftOffer;
  const create = async (body: object, scenario = 'korea') => {
    const res = await t.as(planner, { method: 'POST', url: `/api/scenarios/${scenario}/plans?wait=true`, payload: body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Plan;
  };
  const withdraw = async (offerId: string, partnerId: string) => {
    const liaison = await t.signIn('liaison', { partnerId });
    const res = await t.as(liaison, { method: 'PATCH', url: `/api/lift-offers/${offerId}`, payload: { version: (await offer(offerId)).version, status: 'withdrawn' } });
    expect(res.statusCode, res.body).toBe(200);
  };

  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    reader = await t.signIn('reader');
  });
  afterAll(async () => { await t?.close(); });

  it('a withdrawn offer shows as a violation and as the change that breaks the plan, and blocks approval', async () => {
    const p = await create({ name: 'before the withdrawal' });
    expect(p.violations).toEqual([]);
    expect(p.plannedOn).toMatchObject({ known: true, basis: 'saved', changed: false, breaks: false, changes: [] });
    // A read on unchanged data is served from the cache: the derivation is not recomputed.
    expect((await plan(p.id)).plannedOn.checkedAt).toBe(p.plannedOn.checkedAt);
    const used = p.sorties.find((s) => s.offerId === 'offer-jp-jal-b787-1') ?? p.sorties[0]!;
    const o = await offer(used.offerId);
    await withdraw(o.id, o.partnerId);

    const after = await plan(p.id);
    expect(after.violations.some((v) => v.rule === 'offer_not_accepted' && v.offerId === o.id)).toBe(true);
    expect(after.plannedOn).toMatchObject({ changed: true, breaks: true });
    expect(after.plannedOn.newViolations).toBe(after.violations.length);
    expect(after.plannedOn.changes).toContainEqual(expect.objectContaining({
      code: 'offer_status_changed', kind: 'offer', id: o.id, breaksPlan: true, params: expect.objectContaining({ from: 'accepted', to: 'withdrawn' }),
    }));
    expect(after.plannedOn.checkedAt > p.plannedOn.checkedAt).toBe(true);
    const list = (await get(reader, '/api/plans?scenarioId=korea')) as PlanSummaryRow[];
    expect(list.find((r) => r.id === p.id)).toMatchObject({ violationCount: after.violations.length, inputsChanged: true, breaks: true });
    const summary = (await get(reader, `/api/plans/${p.id}/summary`)) as PlanSummary;
    expect(summary.header.violations).toBe(after.violations.length);
    expect(summary.header.plannedOn.breaks).toBe(true);
    const approve = await t.as(planner, { method: 'POST', url: `/api/plans/${p.id}/approve` });
    expect(approve.statusCode).toBe(422);
    expect((approve.json() as { details: { violations: { rule: string }[] } }).details.violations.map((v) => v.rule)).toContain('offer_not_accepted');
    expect((await plan(p.id)).status).toBe('draft');
  });

  it('an accepted offer makes the left-behind explanations be worked out again', async () => {
    const p = await create({ name: 'nothing planned yet', sorties: [] });
    const mentions = (x: Plan) => x.leftBehind.areas.filter((a) => `${a.reason} ${a.remedy}`.includes('offer-gb-c17-1')).length;
    expect(mentions(p)).toBeGreaterThan(0);
    const res = await t.as(planner, { method: 'POST', url: '/api/lift-offers/offer-gb-c17-1/decision', payload: { status: 'accepted' } });
    expect(res.statusCode, res.body).toBe(200);
    const after = await plan(p.id);
    expect(mentions(after)).toBe(0);
    expect(after.plannedOn.changes).toContainEqual(expect.objectContaining({ code: 'offer_status_changed', id: 'offer-gb-c17-1', breaksPlan: false, params: expect.objectContaining({ to: 'accepted' }) }));
    expect(after.plannedOn.breaks).toBe(false);
    const summary = (await get(planner, `/api/plans/${p.id}/summary`)) as PlanSummary;
    expect(summary.leftBehind?.areas.some((a) => a.remedy.includes('offer-gb-c17-1'))).toBe(false);
  });

  it('a rule added since the plan was saved ("SDF denied at KR") shows on the plan', async () => {
    const del = await t.as(planner, { method: 'DELETE', url: '/api/scenarios/korea/access-rules/korea-sdf-kr' });
    expect(del.statusCode, del.body).toBe(204);
    const area = (await get(planner, '/api/assembly-areas?country=KR') as { id: string; zone: string; name: string }[]).find((a) => a.name.startsWith('Busan'))!;
    const p = await create({
      name: 'SDF from Busan while allowed',
      sorties: [{ offerId: 'offer-jp-c2-1', originAirportId: 'RKPK', destinationAirportId: 'RJFF', departAt: '2027-04-02T10:00:00.000Z', allocations: [{ assemblyAreaId: area.id, passengers: 50, locked: false }] }],
    });
    expect(p.violations.filter((v) => v.rule === 'access_denied')).toEqual([]);
    const add = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/access-rules', payload: { scope: 'country', scopeId: 'KR', category: 'sdf', effect: 'deny', reason: 'host nation has not granted landing rights to SDF aircraft' } });
    expect(add.statusCode, add.body).toBe(201);
    const after = await plan(p.id);
    expect(after.violations).toContainEqual(expect.objectContaining({ rule: 'access_denied', airportId: 'RKPK' }));
    expect(after.plannedOn.changes).toContainEqual(expect.objectContaining({
      code: 'rule_added', kind: 'rule', breaksPlan: true, params: expect.objectContaining({ category: 'sdf', scopeId: 'KR', effect: 'deny' }),
    }));
    const csv = await t.as(reader, { method: 'GET', url: `/api/plans/${p.id}/export.csv` });
    expect(csv.statusCode).toBe(200);
  });

  it('an approved plan whose inputs change says so on GET, the list, the summary, the tasking and to its liaisons', async () => {
    const p = await create({ name: 'approved, then the count changes' });
    const approve = await t.as(planner, { method: 'POST', url: `/api/plans/${p.id}/approve` });
    expect(approve.statusCode, approve.body).toBe(200);
    const approved = approve.json() as Plan;
    expect(approved.plannedOn).toMatchObject({ basis: 'approved', changed: false, breaks: false });
    const alloc = approved.sorties.flatMap((s) => s.allocations)[0]!;
    const area = (await get(planner, `/api/assembly-areas/${alloc.assemblyAreaId}`)) as { residents: number; visitors: number; name: string; priority1: number; priority2: number; version: number };
    const patch = await t.as(planner, { method: 'PATCH', url: `/api/assembly-areas/${alloc.assemblyAreaId}`, headers: { 'if-match': `"${area.version}"` }, payload: { residents: 0, visitors: 0, priority1: 0, priority2: 0 } });
    expect(patch.statusCode, patch.body).toBe(200);

    const after = await plan(approved.id, reader);
    expect(after.status).toBe('approved');
    expect(after.violations).toContainEqual(expect.objectContaining({ rule: 'area_over_allocated', assemblyAreaId: alloc.assemblyAreaId }));
    expect(after.plannedOn).toMatchObject({ basis: 'approved', changed: true, breaks: true });
    expect(after.plannedOn.changes).toContainEqual(expect.objectContaining({
      code: 'area_count_changed', id: alloc.assemblyAreaId, breaksPlan: true, params: expect.objectContaining({ from: area.residents + area.visitors, to: 0 }),
    }));
    const summary = (await get(reader, `/api/plans/${approved.id}/summary`)) as PlanSummary;
    expect(summary.header).toMatchObject({ status: 'approved', plannedOn: { changed: true, breaks: true } });
    const row = ((await get(reader, '/api/plans?status=approved')) as PlanSummaryRow[]).find((r) => r.id === approved.id);
    expect(row).toMatchObject({ inputsChanged: true, breaks: true });
    const partnerId = (await offer(approved.sorties[0]!.offerId)).partnerId;
    const liaison = await t.signIn('liaison', { partnerId });
    const theirs = await plan(approved.id, liaison);
    expect(theirs.plannedOn).toMatchObject({ changed: true, breaks: true, changes: [] });
    expect(theirs.plannedOn.moreChanges).toBeGreaterThan(0);
    const tasking = (await get(liaison, '/api/tasking')) as { planId: string; inputsChanged: boolean; breaks: boolean }[];
    expect(tasking.find((x) => x.planId === approved.id)).toMatchObject({ inputsChanged: true, breaks: true });
  });

  it('a second server on the same database never serves the first one\'s stale figures', async () => {
    const p = await create({ name: 'two servers' });
    expect((await plan(p.id)).violations).toEqual([]);
    const solver = createPlanSolver();
    const other = await buildApp({ database: t.database, config: loadConfig({ DEMO_DATA: 'off', CLIENT_DIST: '/nonexistent' }), solver });
    try {
      // The other server withdraws an offer of the plan (as its liaison would) …
      const o = await offer(p.sorties[0]!.offerId);
      const liaison = await t.signIn('liaison', { partnerId: o.partnerId });
      const res = await other.inject({ method: 'PATCH', url: `/api/lift-offers/${o.id}`, headers: liaison.headers, payload: { version: o.version, status: 'withdrawn' } });
      expect(res.statusCode, res.body).toBe(200);
      // … and both servers judge the plan on it.
      expect((await plan(p.id)).violations.some((v) => v.offerId === o.id)).toBe(true);
      const there = (await other.inject({ method: 'GET', url: `/api/plans/${p.id}`, headers: planner.headers })).json() as Plan;
      expect(there.violations.some((v) => v.offerId === o.id)).toBe(true);
    } finally {
      await other.close();
      await solver.close();
    }
  });
});
