import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { Plan } from '../../shared/schemas/api.ts';
import type { LiftOffer } from '../../shared/schemas/domain.ts';

type Violation = { rule: string; message: string; sortieId?: string };
type PlanBody = Omit<Plan, 'violations'> & { violations: Violation[]; metrics: { peopleOut: number; peopleLeft: number } };

describe('plans: matcher, edits, conflicts, approval', () => {
  let t: TestApp;
  let planner: Session;
  let plan: PlanBody;
  let offers: LiftOffer[];
  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    offers = (await t.as(planner, { method: 'GET', url: '/api/lift-offers' })).json() as LiftOffer[];
    const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'Korea plan A' } });
    expect(res.statusCode, res.body).toBe(201);
    plan = res.json() as PlanBody;
  });
  afterAll(async () => { await t?.close(); });

  it('stores an optimal plan that breaks no rule and never flies SDF from Korea', async () => {
    expect(plan.status).toBe('draft');
    expect(plan.version).toBe(1);
    expect(plan.violations).toEqual([]);
    expect((plan.solve as { status: string }).status).toBe('optimal');
    expect(plan.metrics.peopleOut).toBeGreaterThan(30_000);
    const sdf = new Set(offers.filter((o) => o.category === 'sdf').map((o) => o.id));
    expect(plan.sorties.some((s) => sdf.has(s.offerId))).toBe(false);
    const got = await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}` });
    expect(got.json()).toMatchObject({ id: plan.id, version: 1 });
    const list = (await t.as(planner, { method: 'GET', url: '/api/plans?scenarioId=korea' })).json() as { id: string; peopleOut: number }[];
    expect(list.find((p) => p.id === plan.id)?.peopleOut).toBe(plan.metrics.peopleOut);
  });

  it('saves an edit that puts an SDF aircraft at a Korean airport as a draft, listing the violation', async () => {
    const sdfOffer = offers.find((o) => o.category === 'sdf' && o.status === 'accepted')!;
    const area = plan.sorties[0]!.allocations[0]!.assemblyAreaId;
    const edited = [...plan.sorties, {
      offerId: sdfOffer.id, originAirportId: 'RKSI', destinationAirportId: sdfOffer.destinationAirportId,
      departAt: '2027-04-02T10:00:00.000Z', allocations: [{ assemblyAreaId: area, passengers: 1, locked: false }],
    }];
    const res = await t.as(planner, { method: 'PUT', url: `/api/plans/${plan.id}`, headers: { 'if-match': '1' }, payload: { sorties: edited } });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json() as PlanBody;
    expect(saved.version).toBe(2);
    expect(saved.violations.some((v) => v.rule === 'access_denied' && /SDF|sdf/.test(v.message))).toBe(true);
    const approve = await t.as(planner, { method: 'POST', url: `/api/plans/${plan.id}/approve` });
    expect(approve.statusCode).toBe(422);
    expect(JSON.stringify(approve.json())).toContain('access_denied');
    expect(((await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}` })).json() as PlanBody).status).toBe('draft');
  });

  it('answers 409 to a save based on a stale version and keeps the newer one', async () => {
    const res = await t.as(planner, { method: 'PUT', url: `/api/plans/${plan.id}`, headers: { 'if-match': '1' }, payload: { sorties: [] } });
    expect(res.statusCode).toBe(409);
    expect((res.json() as { details: { currentVersion: number } }).details.currentVersion).toBe(2);
    const current = (await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}` })).json() as PlanBody;
    expect(current.sorties.length).toBe(plan.sorties.length + 1);
  });

  it('rejects a save naming an unknown offer or area with a 400 naming the field', async () => {
    const bad = [{ ...plan.sorties[0]!, offerId: 'no-such-offer' }];
    const res = await t.as(planner, { method: 'PUT', url: `/api/plans/${plan.id}`, headers: { 'if-match': '2' }, payload: { sorties: bad } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ details: [{ field: 'body.sorties[0].offerId' }] });
  });

  it('re-optimizes keeping a locked allocation, then approves the clean plan', async () => {
    const current = (await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}` })).json() as PlanBody;
    // Drop the SDF sortie, and lock one allocation of a late sortie with fewer people than it carried.
    const sdf = new Set(offers.filter((o) => o.category === 'sdf').map((o) => o.id));
    const sorties = current.sorties.filter((s) => !sdf.has(s.offerId));
    const late = [...sorties].sort((a, b) => b.departAt.localeCompare(a.departAt))[0]!;
    const lockedAlloc = { ...late.allocations[0]!, passengers: Math.max(1, late.allocations[0]!.passengers - 5), locked: true };
    late.allocations[0] = lockedAlloc;
    const put = await t.as(planner, { method: 'PUT', url: `/api/plans/${plan.id}`, headers: { 'if-match': String(current.version) }, payload: { sorties } });
    expect(put.statusCode, put.body).toBe(200);
    const opt = await t.as(planner, { method: 'POST', url: `/api/plans/${plan.id}/optimize?wait=true`, payload: {} });
    expect(opt.statusCode, opt.body).toBe(200);
    const optimized = opt.json() as PlanBody;
    expect(optimized.violations).toEqual([]);
    const kept = optimized.sorties.find((s) => s.offerId === late.offerId && s.originAirportId === late.originAirportId && s.departAt === late.departAt
      && s.allocations.some((a) => a.locked && a.assemblyAreaId === lockedAlloc.assemblyAreaId && a.passengers === lockedAlloc.passengers));
    expect(kept).toBeDefined();
    const approved = await t.as(planner, { method: 'POST', url: `/api/plans/${plan.id}/approve`, headers: { 'if-match': String(optimized.version) } });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', approvedBy: 't-planner' });
    const audit = (await t.as(planner, { method: 'GET', url: `/api/audit?entityType=plan&entityId=${plan.id}` })).json() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'update', 'optimize', 'approve']));
  });

  it('stores given sorties as a new plan without running the matcher (keep mine as a copy)', async () => {
    const current = (await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}` })).json() as PlanBody;
    const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'Copy', sorties: current.sorties.slice(0, 3) } });
    expect(res.statusCode, res.body).toBe(201);
    const copy = res.json() as PlanBody;
    expect(copy.id).not.toBe(plan.id);
    expect(copy.sorties).toEqual(current.sorties.slice(0, 3));
    expect((copy.solve as { status: string }).status).toBe('edited');
    const bad = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'Bad', sorties: [{ ...current.sorties[0]!, originAirportId: 'NOPE' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ details: [{ field: 'body.sorties[0].originAirportId' }] });
  });

  it('keeps answering other requests while a solve runs in the worker', async () => {
    const order: string[] = [];
    const solving = t.as(planner, { method: 'POST', url: '/api/scenarios/concurrent/plans?wait=true', payload: { name: 'Concurrent' } }).then((r) => { order.push('solve'); return r; });
    await new Promise((r) => setTimeout(r, 50));
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    order.push('health');
    expect(health.statusCode).toBe(200);
    const res = await solving;
    expect(res.statusCode, res.body).toBe(201);
    expect(order).toEqual(['health', 'solve']);
    const concurrent = res.json() as PlanBody;
    // Both theatres compete for the same lift: not everyone gets out, and the plan says why.
    expect(concurrent.metrics.peopleLeft).toBeGreaterThan(0);
    expect(JSON.stringify(concurrent.leftBehind)).toMatch(/left/);
  });
});
