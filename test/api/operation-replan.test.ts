import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { newOperation, step } from '../support/operation.ts';
import type { OperationSortie, OperationView } from '../../shared/schemas/operation.ts';
import type { Sortie } from '../../shared/schemas/domain.ts';
import type { Proposal } from '../../server/operation/replan-now.service.ts';

const H = 3_600_000;
const pax = (s: Sortie, area?: string) => s.allocations.filter((a) => !area || a.assemblyAreaId === area).reduce((n, a) => n + a.passengers, 0);

describe('re-plan from now with actuals (POST /api/operations/:id/replan, /adopt)', () => {
  let t: TestApp;
  let planner: Session;
  let liaisonA: Session;
  let op: Awaited<ReturnType<typeof newOperation>>;
  let opId: string;
  let departed: OperationSortie;
  let confirmed: OperationSortie;
  let declined: OperationSortie;
  let proposal: Proposal;
  let planBefore: Sortie[];

  beforeAll(async () => {
    t = await testApp();
    planner = await t.signIn('planner');
    // 2 offers × 8 sorties × 15 seats = 240 seats for 180 registered: room for walk-ins.
    op = await newOperation(t, planner, { sorties: 8, clock: (d) => d[0]! + H });
    opId = op.view.operation.id;
    liaisonA = await t.signIn('liaison', { partnerId: op.partners[0] });
    planBefore = ((await t.as(planner, { method: 'GET', url: `/api/plans/${op.planId}` })).json() as { sorties: Sortie[] }).sorties;
    await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/task-all`, payload: {} });
    const view = (await t.as(planner, { method: 'GET', url: `/api/operations/${opId}` })).json() as OperationView;
    const now = Date.parse(view.operation.now);
    const first = view.sorties[0]!;
    // The first sortie left with fewer people than planned; a later one is confirmed; another declined.
    const area = first.planned[0]!.assemblyAreaId;
    departed = (await step(t, planner, opId, first, 'depart', { departedAt: new Date(now - 30 * 60_000).toISOString(), manifest: [{ assemblyAreaId: area, priority: 1, passengers: 5 }] })).json() as OperationSortie;
    expect(departed.state).toBe('departed');
    const later = view.sorties.filter((s) => Date.parse(s.plannedDepartAt) > now + H);
    const own = later.find((s) => s.partnerId === op.partners[0])!;
    confirmed = (await step(t, liaisonA, opId, own, 'confirm')).json() as OperationSortie;
    expect(confirmed.state).toBe('confirmed');
    const other = later.find((s) => s.sortieId !== own.sortieId)!;
    declined = (await step(t, planner, opId, other, 'decline', { reason: 'no landing slot at Haneda' })).json() as OperationSortie;
    expect(declined.state).toBe('declined');
    // Suwon: 30 walk-ins above its registry of 60.
    const checkin = await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/checkins`, payload: { assemblyAreaId: op.areas[1], at: new Date(now - H).toISOString(), priority1: 10, priority2: 20, priority3: 60 } });
    expect(checkin.statusCode, checkin.body).toBe(201);
    const res = await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/replan`, payload: { timeLimitSeconds: 10 } });
    expect(res.statusCode, res.body).toBe(200);
    proposal = res.json() as Proposal;
  });
  afterAll(async () => { await t?.close(); });

  it('keeps departed and confirmed sorties unchanged, drops the declined one with its reason, and plans the actual counts', async () => {
    const next = (await t.as(planner, { method: 'GET', url: `/api/plans/${proposal.planId}` })).json() as { status: string; sorties: Sortie[] };
    expect(next.status).toBe('draft');
    const byId = new Map(next.sorties.map((s) => [s.id, s]));
    for (const id of [departed.sortieId, confirmed.sortieId]) {
      const before = planBefore.find((s) => s.id === id)!;
      const after = byId.get(id);
      expect(after, id).toBeDefined();
      expect({ ...after!, departAt: Date.parse(after!.departAt) }).toEqual({ ...before, departAt: Date.parse(before.departAt) });
    }
    expect(proposal.changes.kept).toEqual(expect.arrayContaining([departed.sortieId, confirmed.sortieId]));
    expect(byId.has(declined.sortieId)).toBe(false);
    expect(proposal.changes.dropped).toContainEqual({ sortieId: declined.sortieId, reason: expect.stringMatching(/declined.*no landing slot/), code: 'out', params: { state: 'declined', note: expect.stringMatching(/^no landing slot/) } });
    const now = Date.parse(proposal.from);
    for (const s of next.sorties) if (!proposal.changes.kept.includes(s.id)) expect(Date.parse(s.departAt)).toBeGreaterThanOrEqual(now);
    // Suwon's 90 actual people (not the registry's 60) are planned for: all of them, as seats allow.
    const suwon = op.areas[1]!;
    const plannedSuwon = next.sorties.filter((s) => s.id !== departed.sortieId).reduce((n, s) => n + pax(s, suwon), 0);
    const flownSuwon = departed.manifest.filter((m) => m.assemblyAreaId === suwon).reduce((n, m) => n + m.passengers, 0);
    expect(plannedSuwon + flownSuwon).toBe(90);
    // The people the half-empty first sortie left behind are planned again.
    const seoul = departed.manifest[0]!.assemblyAreaId;
    const seoulPlanned = next.sorties.filter((s) => s.id !== departed.sortieId).reduce((n, s) => n + pax(s, seoul), 0);
    expect(seoulPlanned + 5).toBe(120);
    expect(proposal.changes.added.length + proposal.changes.moved.length).toBeGreaterThan(0);
  });

  it('adopting needs If-Match; then the new plan is in force, approved, and partners see their changed tasking', async () => {
    const view = (await t.as(planner, { method: 'GET', url: `/api/operations/${opId}` })).json() as OperationView;
    expect(view.operation.proposalPlanId).toBe(proposal.planId);
    expect((await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/adopt`, payload: { planId: proposal.planId } })).statusCode).toBe(428);
    expect((await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/adopt`, headers: { 'if-match': `"${view.operation.version - 1}"` }, payload: { planId: proposal.planId } })).statusCode).toBe(409);
    expect((await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/adopt`, headers: { 'if-match': `"${view.operation.version}"` }, payload: { planId: op.planId } })).statusCode).toBe(409);
    expect((await t.as(liaisonA, { method: 'POST', url: `/api/operations/${opId}/adopt`, headers: { 'if-match': `"${view.operation.version}"` }, payload: { planId: proposal.planId } })).statusCode).toBe(403);
    const res = await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/adopt`, headers: { 'if-match': `"${view.operation.version}"` }, payload: { planId: proposal.planId } });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as OperationView;
    expect(after.operation).toMatchObject({ planId: proposal.planId, proposalPlanId: null, version: view.operation.version + 1 });
    const plan = (await t.as(planner, { method: 'GET', url: `/api/plans/${proposal.planId}` })).json() as { status: string };
    expect(plan.status).toBe('approved');
    const byId = new Map(after.sorties.map((s) => [s.sortieId, s]));
    expect(byId.get(departed.sortieId)).toMatchObject({ state: 'departed', inForce: true, version: departed.version });
    expect(byId.get(confirmed.sortieId)).toMatchObject({ state: 'confirmed', inForce: true });
    expect(byId.get(declined.sortieId)).toMatchObject({ state: 'declined', inForce: false });
    for (const a of proposal.changes.added) expect(byId.get(a.sortieId)).toMatchObject({ state: 'tasked', change: 'added', inForce: true });
    const mine = (await t.as(liaisonA, { method: 'GET', url: `/api/operations/${opId}` })).json() as OperationView;
    expect(mine.sorties.every((s) => s.partnerId === op.partners[0])).toBe(true);
    expect(mine.sorties.some((s) => s.change !== null || !s.inForce) || proposal.changes.added.length + proposal.changes.moved.length === 0).toBe(true);
    // Adopted once: the proposal is gone.
    const again = await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/adopt`, headers: { 'if-match': `"${after.operation.version}"` }, payload: { planId: proposal.planId } });
    expect(again.statusCode).toBe(409);
  });

  it('hostile input to replan and adopt: 400 naming the field; unknown operation 404', async () => {
    for (const payload of [{ timeLimitSeconds: 0 }, { timeLimitSeconds: 'x' }, { from: '2027-04-01T00:00:00Z' }, { timeLimitSeconds: 1e9 }]) {
      expect((await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/replan`, payload })).statusCode, JSON.stringify(payload)).toBe(400);
    }
    for (const payload of [{}, { planId: 5 }, { planId: 'bad id!' }, { planId: 'x', more: 1 }]) {
      expect((await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/adopt`, headers: { 'if-match': '"1"' }, payload })).statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await t.as(planner, { method: 'POST', url: '/api/operations/nope/replan', payload: {} })).statusCode).toBe(404);
    expect((await t.as(planner, { method: 'GET', url: '/api/operations/nope/proposal' })).statusCode).toBe(404);
  });
});
