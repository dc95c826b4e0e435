import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { Plan } from '../../shared/schemas/api.ts';
import type { LiftOffer } from '../../shared/schemas/domain.ts';

type PlanBody = Omit<Plan, 'violations'> & { violations: { rule: string; sortieId?: string }[] };

/** Re-optimizing never keeps a locked allocation that became impossible (issue 13). */
describe('POST /api/plans/:id/optimize refuses impossible locks', () => {
  let t: TestApp;
  let planner: Session;
  let plan: PlanBody;
  let offers: LiftOffer[];
  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    offers = (await t.as(planner, { method: 'GET', url: '/api/lift-offers' })).json() as LiftOffer[];
    const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/taiwan-blockade/plans?wait=true', payload: { name: 'Locks' } });
    expect(res.statusCode, res.body).toBe(201);
    plan = res.json() as PlanBody;
  });
  afterAll(async () => { await t?.close(); });

  it('answers 422 naming the rule and the sortie when a locked row has more people than seats, and changes nothing', async () => {
    const sorties = structuredClone(plan.sorties);
    const target = sorties[0]!;
    const seats = offers.find((o) => o.id === target.offerId)!.seatsPerSortie;
    target.allocations = [{ ...target.allocations[0]!, passengers: seats + 58, locked: true }];
    const put = await t.as(planner, { method: 'PUT', url: `/api/plans/${plan.id}`, headers: { 'if-match': String(plan.version) }, payload: { sorties } });
    expect(put.statusCode, put.body).toBe(200);
    const saved = put.json() as PlanBody;
    const res = await t.as(planner, { method: 'POST', url: `/api/plans/${plan.id}/optimize`, payload: {} });
    expect(res.statusCode, res.body).toBe(422);
    const body = res.json() as { code: string; message: string; details: { violations: { rule: string; sortieId?: string }[]; lockedSortieIds: string[] } };
    expect(body.code).toBe('unprocessable');
    expect(body.message).toMatch(/locked/);
    expect(body.details.violations.map((v) => v.rule)).toContain('seats_exceeded');
    expect(body.details.lockedSortieIds).toContain(target.id);
    const after = (await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}` })).json() as PlanBody;
    expect(after.version).toBe(saved.version);
  });

  it('re-optimizes once the impossible lock is fixed', async () => {
    const current = (await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}` })).json() as PlanBody;
    const sorties = structuredClone(current.sorties);
    const target = sorties.find((s) => s.allocations.some((a) => a.locked))!;
    target.allocations = target.allocations.map((a) => ({ ...a, passengers: Math.min(a.passengers, 10) }));
    const put = await t.as(planner, { method: 'PUT', url: `/api/plans/${plan.id}`, headers: { 'if-match': String(current.version) }, payload: { sorties } });
    expect(put.statusCode, put.body).toBe(200);
    const res = await t.as(planner, { method: 'POST', url: `/api/plans/${plan.id}/optimize?wait=true`, payload: {} });
    expect(res.statusCode, res.body).toBe(200);
  });
});
