import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { tinyWorld } from '../support/operation.ts';
import type { Plan, PlanSummaryRow } from '../../shared/schemas/api.ts';

// The plans list reads the summary columns (migration 20261204010000), never every plan's stored
// results, and still shows each plan as a read of it does: judged on today's data.
describe('plans list from the summary columns', { timeout: 120_000 }, () => {
  let t: TestApp;
  let planner: Session;
  beforeAll(async () => {
    t = await testApp();
    planner = await t.signIn('planner');
  });
  afterAll(async () => { await t?.close(); });

  const row = async (id: string) => ((await t.as(planner, { method: 'GET', url: '/api/plans' })).json() as PlanSummaryRow[]).find((r) => r.id === id)!;
  const read = async (id: string) => (await t.as(planner, { method: 'GET', url: `/api/plans/${id}` })).json() as Plan;

  it('lists the figures written with the plan, and the status of today\'s data after an offer is withdrawn', async () => {
    const w = await tinyWorld(t, planner);
    const sorties = ['2027-04-01T08:00:00.000Z', '2027-04-01T20:00:00.000Z'].map((departAt) => ({
      offerId: w.offers[0]!, originAirportId: w.airports[0]!, destinationAirportId: w.airports[2]!, departAt,
      allocations: [{ assemblyAreaId: w.areas[0]!, passengers: 10, locked: false }],
    }));
    const res = await t.as(planner, { method: 'POST', url: `/api/scenarios/${w.scenario.id}/plans`, payload: { name: 'Listed', sorties } });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json() as Plan;
    expect(plan.violations).toEqual([]);
    expect(await row(plan.id)).toMatchObject({
      peopleOut: plan.metrics!.peopleOut, peopleLeft: plan.metrics!.peopleLeft, violationCount: 0, inputsChanged: false, breaks: false,
      sortieCount: 2, lastDepartureAt: '2027-04-01T20:00:00.000Z',
    });
    // Columns written with an older derivation must not be believed: the list judges the row again.
    await t.database.db.updateTable('plans').set({ people_out: 999_999 }).where('id', '=', plan.id).execute();
    const offer = (await t.as(planner, { method: 'GET', url: `/api/lift-offers/${w.offers[0]}` })).json() as { version: number; partnerId: string };
    const liaison = await t.signIn('liaison', { partnerId: offer.partnerId });
    const withdrawn = await t.as(liaison, { method: 'PATCH', url: `/api/lift-offers/${w.offers[0]}`, payload: { version: offer.version, status: 'withdrawn' } });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const listed = await row(plan.id);
    const now = await read(plan.id);
    expect(now.violations.length).toBeGreaterThan(0);
    expect(listed).toMatchObject({
      violationCount: now.violations.length, inputsChanged: now.plannedOn.changed, breaks: now.plannedOn.breaks,
      peopleOut: now.metrics!.peopleOut, sortieCount: 2,
    });
    // The re-judged figures are stored: the next list reads them from the columns.
    const stored = await t.database.db.selectFrom('plans').select(['violation_count', 'people_out', 'breaks']).where('id', '=', plan.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ violation_count: now.violations.length, people_out: now.metrics!.peopleOut, breaks: now.plannedOn.breaks });
  });
});
