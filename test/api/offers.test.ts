import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { LiftOffer } from '../../shared/schemas/domain.ts';
import type { TaskingPlan } from '../../shared/schemas/tasking.ts';

// The liaison portal's API: decision notes, withdrawal, and the tasking approved plans give a partner.

let t: TestApp;
let planner: Session;
let raf: Session;
beforeAll(async () => {
  t = await testApp({ demo: true });
  planner = await t.signIn('planner');
  raf = await t.signIn('liaison', { partnerId: 'gb-raf' });
});
afterAll(async () => { await t?.close(); });

const body = {
  category: 'foreign_military', aircraftType: 'Airbus A400M Atlas (RAF Atlas C1; Luftwaffe; French AF)', seatsPerSortie: 116, sorties: 4, aircraftCount: 1,
  availableFrom: '2027-04-02T00:00:00Z', availableTo: '2027-04-06T00:00:00Z', originAirportIds: ['RKSO'], destinationAirportId: 'RJTY',
  turnaroundHours: 8, note: 'Crew rest at Yokota between legs',
};

describe('a liaison\'s offer through its life', () => {
  it('keeps the planner\'s decision note beside the liaison\'s note; an edit sends it back to the inbox without it', async () => {
    const created = (await t.as(raf, { method: 'POST', url: '/api/lift-offers', payload: body })).json() as LiftOffer;
    expect(created).toMatchObject({ partnerId: 'gb-raf', status: 'submitted', version: 1, note: body.note, decisionNote: null });
    const decided = await t.as(planner, { method: 'POST', url: `/api/lift-offers/${created.id}/decision`, payload: { status: 'accepted', note: 'Accepted for days 2-5', version: 1 } });
    expect(decided.json()).toMatchObject({ status: 'accepted', note: body.note, decisionNote: 'Accepted for days 2-5', version: 2 });
    const seen = (await t.as(raf, { method: 'GET', url: `/api/lift-offers/${created.id}` })).json() as LiftOffer;
    expect(seen.decisionNote).toBe('Accepted for days 2-5');
    const edited = await t.as(raf, { method: 'PATCH', url: `/api/lift-offers/${created.id}`, payload: { version: 2, seatsPerSortie: 100 } });
    expect(edited.json()).toMatchObject({ status: 'submitted', seatsPerSortie: 100, decisionNote: null, version: 3 });
  });

  it('withdraws, after which the offer can be neither edited nor decided', async () => {
    const created = (await t.as(raf, { method: 'POST', url: '/api/lift-offers', payload: body })).json() as LiftOffer;
    const withdrawn = await t.as(raf, { method: 'PATCH', url: `/api/lift-offers/${created.id}`, payload: { version: 1, status: 'withdrawn' } });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', version: 2 });
    expect((await t.as(raf, { method: 'PATCH', url: `/api/lift-offers/${created.id}`, payload: { version: 2, sorties: 1 } })).statusCode).toBe(422);
    expect((await t.as(planner, { method: 'POST', url: `/api/lift-offers/${created.id}/decision`, payload: { status: 'accepted' } })).statusCode).toBe(422);
  });

  it('names the field in a 400, for the form to show next to it', async () => {
    const res = await t.as(raf, { method: 'POST', url: '/api/lift-offers', payload: { ...body, availableTo: '2027-04-01T00:00:00Z' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ details: [{ field: 'body.availableTo', reason: 'must be after availableFrom' }] });
    const schema = await t.as(raf, { method: 'POST', url: '/api/lift-offers', payload: { ...body, seatsPerSortie: 0 } });
    expect(schema.json()).toMatchObject({ details: [{ field: 'body.seatsPerSortie' }] });
  });
});

describe('tasking', () => {
  let plan: { id: string; sorties: { offerId: string; allocations: { passengers: number }[] }[] };
  let offers: LiftOffer[];
  beforeAll(async () => {
    offers = (await t.as(planner, { method: 'GET', url: '/api/lift-offers' })).json() as LiftOffer[];
    const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'Tasking plan' } });
    plan = res.json() as typeof plan;
  });

  it('is empty while no plan is approved', async () => {
    expect((await t.as(planner, { method: 'GET', url: '/api/tasking' })).json()).toEqual([]);
  });

  it('gives a liaison the sorties of approved plans flown by their own partner, with passengers', async () => {
    expect((await t.as(planner, { method: 'POST', url: `/api/plans/${plan.id}/approve` })).statusCode).toBe(200);
    const partnerOf = new Map(offers.map((o) => [o.id, o.partnerId]));
    const flying = [...new Set(plan.sorties.map((s) => partnerOf.get(s.offerId)!))];
    expect(flying.length).toBeGreaterThan(1);
    const partnerId = flying[0]!;
    const liaison = await t.signIn('liaison', { partnerId });
    const tasking = (await t.as(liaison, { method: 'GET', url: '/api/tasking' })).json() as TaskingPlan[];
    expect(tasking).toHaveLength(1);
    expect(tasking[0]).toMatchObject({ planId: plan.id, planName: 'Tasking plan' });
    const own = plan.sorties.filter((s) => partnerOf.get(s.offerId) === partnerId);
    expect(tasking[0]!.sorties).toHaveLength(own.length);
    expect(tasking[0]!.sorties.every((s) => s.partnerId === partnerId)).toBe(true);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(tasking[0]!.sorties.map((s) => s.passengers))).toBe(sum(own.flatMap((s) => s.allocations.map((a) => a.passengers))));
    // Asking for another partner's tasking gives nothing; planners see every partner's.
    expect((await t.as(liaison, { method: 'GET', url: `/api/tasking?partnerId=${flying[1]}` })).json()).toEqual([]);
    const all = (await t.as(planner, { method: 'GET', url: '/api/tasking' })).json() as TaskingPlan[];
    expect(all[0]!.sorties).toHaveLength(plan.sorties.length);
  });
});
