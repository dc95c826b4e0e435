import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { Plan } from '../../shared/schemas/api.ts';
import type { Scenario, Sortie } from '../../shared/schemas/domain.ts';
import type { TaskingPlan } from '../../shared/schemas/tasking.ts';

type PlanBody = Plan & { solve: { status: string; replannedFrom?: string; keptSorties?: number }; violations: { rule: string; sortieId?: string }[] };
const HOUR = 3_600_000;

describe('re-plan from an instant (POST /api/plans/:id/optimize {from}), and aircraft rotations', () => {
  let t: TestApp;
  let planner: Session;
  let scenario: Scenario;
  let plan: PlanBody;
  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    // A what-if copy of Korea, so closing an airport changes nobody else's scenario.
    const copy = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/duplicate', payload: { name: 'Korea replan test' } });
    expect(copy.statusCode, copy.body).toBe(201);
    scenario = copy.json() as Scenario;
    const res = await t.as(planner, { method: 'POST', url: `/api/scenarios/${scenario.id}/plans?wait=true`, payload: { name: 'Replan A' } });
    expect(res.statusCode, res.body).toBe(201);
    plan = res.json() as PlanBody;
  });
  afterAll(async () => { await t?.close(); });

  const optimize = (payload: unknown, id = plan.id) => t.as(planner, { method: 'POST', url: `/api/plans/${id}/optimize?wait=true`, payload: payload as Record<string, unknown> });
  const get = async (id = plan.id) => (await t.as(planner, { method: 'GET', url: `/api/plans/${id}` })).json() as PlanBody;
  const middle = () => {
    const times = plan.sorties.map((s) => Date.parse(s.departAt)).sort((a, b) => a - b);
    return new Date(times[Math.floor(times.length / 2)]! + 30 * 60_000).toISOString();
  };

  it('stores the rotations: every sortie on one airframe of its offer, none double-booked', () => {
    expect(plan.violations).toEqual([]);
    const legs = plan.rotations.flatMap((r) => r.tails.flatMap((x) => x.legs.map((l) => ({ ...l, offerId: r.offerId, tail: x.tail }))));
    expect(legs.map((l) => l.sortieId).sort()).toEqual(plan.sorties.map((s) => s.id).sort());
    expect(plan.rotations.every((r) => r.unassigned.length === 0)).toBe(true);
    for (const r of plan.rotations) {
      for (const x of r.tails) {
        expect(x.tail).toBeLessThanOrEqual(r.aircraftCount);
        for (let i = 1; i < x.legs.length; i++) expect(Date.parse(x.legs[i]!.departAt)).toBeGreaterThanOrEqual(Date.parse(x.legs[i - 1]!.departAt) + r.turnaroundHours * HOUR);
      }
    }
  });

  it('answers 400 naming body.from for hostile instants, and changes nothing', async () => {
    const end = new Date(Date.parse(scenario.startsAt) + scenario.horizonHours * HOUR);
    const cases: unknown[] = [
      { from: 'yesterday' }, { from: '2027-02-30T10:00:00Z' }, { from: '2027-04-01T25:00:00Z' }, { from: 5 }, { from: null },
      { from: ['2027-04-01T10:00:00Z'] }, { from: { at: 'now' } }, { from: 'x'.repeat(100_000) },
      { from: new Date(Date.parse(scenario.startsAt) - 60_000).toISOString() },
      { from: new Date(end.getTime() + 60_000).toISOString() }, { from: '+275760-09-13T00:00:00Z' },
    ];
    for (const payload of cases) {
      const res = await optimize(payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      const body = res.json() as { code: string; details: { field: string }[] };
      expect(body.code).toBe('bad_request');
      expect(body.details[0]!.field).toBe('body.from');
    }
    const extra = await optimize({ from: middle(), keep: 'all' });
    expect(extra.statusCode).toBe(400);
    expect((extra.json() as { details: { field: string }[] }).details[0]!.field).toBe('body.keep');
    expect(await t.as(planner, { method: 'POST', url: '/api/plans/no-such-plan/optimize?wait=true', payload: { from: middle() } }).then((r) => r.statusCode)).toBe(404);
    expect((await get()).version).toBe(plan.version);
  });

  it('keeps every sortie departed before `from` identical and departs nothing new before it', async () => {
    const from = middle();
    const fromMs = Date.parse(from);
    const departed = plan.sorties.filter((s) => Date.parse(s.departAt) < fromMs);
    expect(departed.length).toBeGreaterThan(0);
    const res = await optimize({ from });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as PlanBody;
    expect(after.version).toBe(plan.version + 1);
    expect(after.solve).toMatchObject({ replannedFrom: new Date(fromMs).toISOString(), keptSorties: departed.length });
    const byId = new Map(after.sorties.map((s) => [s.id, s]));
    for (const s of departed) expect(byId.get(s.id)).toEqual(s);
    const kept = new Set(departed.map((s) => s.id));
    expect(after.sorties.filter((s) => !kept.has(s.id)).every((s) => Date.parse(s.departAt) >= fromMs)).toBe(true);
    expect(after.violations).toEqual([]);
    plan = after;
  });

  it('after an airport closes, moves only future sorties: none from it after `from`, the departed ones as they were', async () => {
    const from = middle();
    const fromMs = Date.parse(from);
    const count = new Map<string, number>();
    for (const s of plan.sorties) if (Date.parse(s.departAt) >= fromMs) count.set(s.originAirportId, (count.get(s.originAirportId) ?? 0) + 1);
    const busiest = [...count].sort((a, b) => b[1] - a[1])[0]![0];
    const current = (await t.as(planner, { method: 'GET', url: `/api/scenarios/${scenario.id}` })).json() as Scenario;
    const patch = await t.as(planner, { method: 'PATCH', url: `/api/scenarios/${scenario.id}`, payload: { version: current.version, airportStatus: { ...current.airportStatus, [busiest]: 'closed' } } });
    expect(patch.statusCode, patch.body).toBe(200);
    const departed = plan.sorties.filter((s) => Date.parse(s.departAt) < fromMs);
    const res = await optimize({ from });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as PlanBody;
    const byId = new Map(after.sorties.map((s) => [s.id, s]));
    for (const s of departed) expect(byId.get(s.id)).toEqual(s);
    const future = after.sorties.filter((s) => Date.parse(s.departAt) >= fromMs);
    expect(future.length).toBeGreaterThan(0);
    expect(future.some((s) => s.originAirportId === busiest)).toBe(false);
    // What is still flagged belongs to the departed sorties only: the airport was open when they left.
    const departedIds = new Set(departed.map((s) => s.id));
    expect(after.violations.every((v) => v.rule === 'airport_closed' && v.sortieId !== undefined && departedIds.has(v.sortieId))).toBe(true);
    plan = after;
  });

  it('without `from` re-plans from now (before this scenario starts, so nothing counts as departed)', async () => {
    const res = await optimize({});
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as PlanBody;
    expect(after.solve.keptSorties).toBe(0);
    expect(Date.parse(after.solve.replannedFrom!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('gives a liaison the rotations of their own offers in the tasking, each sortie with its tail', async () => {
    const latest = await get();
    const fixed = latest.sorties.filter((s) => !latest.violations.some((v) => v.sortieId === s.id));
    const put = await t.as(planner, { method: 'PUT', url: `/api/plans/${plan.id}`, headers: { 'if-match': String(latest.version) }, payload: { sorties: fixed } });
    expect(put.statusCode, put.body).toBe(200);
    const approve = await t.as(planner, { method: 'POST', url: `/api/plans/${plan.id}/approve` });
    expect(approve.statusCode, approve.body).toBe(200);
    const offers = (await t.as(planner, { method: 'GET', url: '/api/lift-offers' })).json() as { id: string; partnerId: string }[];
    const partnerOf = new Map(offers.map((o) => [o.id, o.partnerId]));
    const partners = [...new Set(fixed.map((s: Sortie) => partnerOf.get(s.offerId)!))];
    const liaison = await t.signIn('liaison', { partnerId: partners[0]! });
    const tasking = (await t.as(liaison, { method: 'GET', url: '/api/tasking' })).json() as TaskingPlan[];
    const mine = tasking.find((p) => p.planId === plan.id)!;
    expect(mine.rotations.length).toBeGreaterThan(0);
    expect(mine.rotations.every((r) => partnerOf.get(r.offerId) === partners[0])).toBe(true);
    expect(mine.sorties.every((s) => s.tail !== null && s.tail >= 1)).toBe(true);
    const legIds = mine.rotations.flatMap((r) => r.tails.flatMap((x) => x.legs.map((l) => l.sortieId))).sort();
    expect(legIds).toEqual(mine.sorties.map((s) => s.sortieId).sort());
    // The liaison's view of the plan itself carries only their own offers' rotations too.
    const seen = (await t.as(liaison, { method: 'GET', url: `/api/plans/${plan.id}` })).json() as PlanBody;
    expect(seen.rotations.every((r) => partnerOf.get(r.offerId) === partners[0])).toBe(true);
    // The partner's printed tasking shows the airframe of each sortie and where it goes next.
    const summary = await t.as(liaison, { method: 'GET', url: `/api/plans/${plan.id}/summary?partner=${partners[0]}` });
    expect(summary.statusCode, summary.body).toBe(200);
    const own = (summary.json() as { tasking: { sortieRows: { sortieId: string; tail: number | null }[] }[] }).tasking.flatMap((p) => p.sortieRows);
    expect(own.length).toBe(mine.sorties.length);
    const tailOf = new Map(mine.sorties.map((s) => [s.sortieId, s.tail]));
    expect(own.every((r) => r.tail !== null && r.tail === tailOf.get(r.sortieId))).toBe(true);
    const full = (await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}/summary` })).json() as { tasking: { sortieRows: { tail: number | null; next: { originLabel: string } | null }[] }[] };
    const rows = full.tasking.flatMap((p) => p.sortieRows);
    expect(rows.every((r) => r.tail !== null)).toBe(true);
    expect(rows.some((r) => r.next !== null)).toBe(true);
  });
});
