import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { LiftOffer, Partner, Sortie } from '../../shared/schemas/domain.ts';
import type { SeatRequest } from '../../shared/schemas/seat-requests.ts';
import type { PartnerLedger } from '../../shared/schemas/ledger.ts';
import type { OperationSortie } from '../../shared/schemas/operation.ts';
import { step } from '../support/operation.ts';

// Reciprocity (issue 15): a partner's request is met up to the accepted seats, on Japan's lift only.

let t: TestApp;
let planner: Session;
let raf: Session;
let request: SeatRequest;
let plan: { id: string; version: number; sorties: Sortie[]; violations: unknown[]; leftBehind: { areas: { assemblyAreaId: string; left: number; seatRequestId?: string; partnerId?: string; binding: string }[] } };
let offers: Map<string, LiftOffer>;
let partners: Map<string, Partner>;
const ACCEPTED = 150;

beforeAll(async () => {
  t = await testApp({ demo: true });
  planner = await t.signIn('planner');
  raf = await t.signIn('liaison', { partnerId: 'gb-raf' });
  const asked = await t.as(raf, { method: 'POST', url: '/api/seat-requests', payload: {
    places: [{ kind: 'area', id: 'kr-busan', seats: 200 }, { kind: 'area', id: 'kr-daegu', seats: 100 }],
    priority1: 30, priority2: 50, windowFrom: '2027-04-01T06:00:00Z', windowTo: '2027-04-06T00:00:00Z', note: 'British nationals, Busan consular district',
  } });
  expect(asked.statusCode, asked.body).toBe(201);
  const decided = await t.as(planner, { method: 'POST', url: `/api/seat-requests/${(asked.json() as SeatRequest).id}/decision`, headers: { 'if-match': '"1"' }, payload: { acceptedSeats: ACCEPTED, note: 'On the Busan ferries' } });
  expect(decided.statusCode, decided.body).toBe(200);
  request = decided.json() as SeatRequest;
  offers = new Map(((await t.as(planner, { method: 'GET', url: '/api/lift-offers' })).json() as LiftOffer[]).map((o) => [o.id, o]));
  partners = new Map(((await t.as(planner, { method: 'GET', url: '/api/partners' })).json() as Partner[]).map((p) => [p.id, p]));
  const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'With partners', timeLimitSeconds: 20 } });
  expect(res.statusCode, res.body).toBe(201);
  plan = res.json() as typeof plan;
}, 300_000);
afterAll(async () => { await t?.close(); });

const partnerAllocations = () => plan.sorties.flatMap((s) => s.allocations.filter((a) => a.assemblyAreaId.startsWith(`sr:${request.id}:`)).map((a) => ({ s, a })));

describe('a partner\'s request in the plan', () => {
  it('is met up to the accepted seats, on Japan\'s lift only, and what is not carried has a reason', () => {
    expect(plan.violations).toEqual([]);
    const carried = partnerAllocations().reduce((n, x) => n + x.a.passengers, 0);
    expect(carried).toBeGreaterThan(0);
    expect(carried).toBeLessThanOrEqual(ACCEPTED);
    for (const { s } of partnerAllocations()) expect(partners.get(offers.get(s.offerId)!.partnerId)!.nation).toBe('JP');
    const left = plan.leftBehind.areas.filter((a) => a.seatRequestId === request.id);
    expect(left.reduce((n, a) => n + a.left, 0)).toBe(ACCEPTED - carried);
    for (const a of left) expect(a).toMatchObject({ partnerId: 'gb-raf', binding: expect.any(String) });
  });

  it('is saved with the plan and read back as it was (the allocation names the request\'s demand group)', async () => {
    const read = (await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}` })).json() as typeof plan;
    expect(read.sorties).toEqual(plan.sorties);
    const put = await t.as(planner, { method: 'PUT', url: `/api/plans/${plan.id}`, headers: { 'if-match': String(read.version) }, payload: { name: 'Edited', sorties: read.sorties } });
    expect(put.statusCode, put.body).toBe(200);
    expect((put.json() as typeof plan).violations).toEqual([]);
  });

  it('adds up in the ledger; a liaison sees only their own', async () => {
    expect((await t.as(planner, { method: 'POST', url: `/api/plans/${plan.id}/approve` })).statusCode).toBe(200);
    const all = (await t.as(planner, { method: 'GET', url: '/api/ledger' })).json() as PartnerLedger[];
    expect(all.map((l) => l.partnerId).sort()).toEqual([...partners.keys()].sort());
    const own = await t.as(raf, { method: 'GET', url: '/api/partners/gb-raf/ledger' });
    expect(own.statusCode, own.body).toBe(200);
    const l = own.json() as PartnerLedger;
    expect(l).toEqual(all.find((x) => x.partnerId === 'gb-raf'));
    expect(l.plan).toMatchObject({ id: plan.id, status: 'approved' });
    // offered: the RAF's accepted offers' seats; used: the Japanese its sorties carry; given: its nationals on Japan's lift.
    const rafOffers = [...offers.values()].filter((o) => o.partnerId === 'gb-raf' && o.status === 'accepted');
    expect(l.offered.seats).toBe(rafOffers.reduce((n, o) => n + o.seatsPerSortie * o.sorties, 0));
    const rafSorties = plan.sorties.filter((s) => offers.get(s.offerId)!.partnerId === 'gb-raf');
    expect(l.used.sorties).toBe(rafSorties.length);
    expect(l.used.japaneseCarried).toBe(rafSorties.flatMap((s) => s.allocations).filter((a) => !a.assemblyAreaId.startsWith('sr:')).reduce((n, a) => n + a.passengers, 0));
    expect(l.used.japaneseCarried).toBeLessThanOrEqual(l.used.seats);
    const carried = partnerAllocations().reduce((n, x) => n + x.a.passengers, 0);
    expect(l.given).toMatchObject({ requested: 300, accepted: ACCEPTED, carried });
    expect(l.given.requests).toEqual([{ id: request.id, status: 'accepted', seats: 300, acceptedSeats: ACCEPTED, carried }]);
    expect(l.given.carried).toBeLessThanOrEqual(l.given.accepted);
    // Another partner's ledger does not exist for the RAF's liaison; the list holds only its own.
    expect((await t.as(raf, { method: 'GET', url: '/api/partners/us-usaf/ledger' })).statusCode).toBe(404);
    expect(((await t.as(raf, { method: 'GET', url: '/api/ledger' })).json() as PartnerLedger[]).map((x) => x.partnerId)).toEqual(['gb-raf']);
    expect((await t.as(planner, { method: 'GET', url: '/api/partners/us-usaf/ledger' })).statusCode).toBe(200);
    expect((await t.as(planner, { method: 'GET', url: '/api/ledger?planId=no-such-plan' })).statusCode).toBe(404);
    expect((await t.as(planner, { method: 'GET', url: '/api/ledger?planId=' })).statusCode).toBe(400);
  });

  it('counts what execution reports once an operation runs the plan: departed sorties, Japanese and nationals carried', async () => {
    const before = (await t.as(raf, { method: 'GET', url: '/api/partners/gb-raf/ledger' })).json() as PartnerLedger;
    expect(before.actual).toBeNull();
    // An exercise clock after the last departure: every sortie may be reported departed.
    const last = Math.max(...plan.sorties.map((s) => Date.parse(s.departAt)));
    const started = await t.as(planner, { method: 'POST', url: '/api/operations', payload: { planId: plan.id, clockAt: new Date(last + 3_600_000).toISOString() } });
    expect(started.statusCode, started.body).toBe(201);
    const op = started.json() as { operation: { id: string }; sorties: OperationSortie[] };
    const opId = op.operation.id;
    const rafSortie = op.sorties.find((s) => s.partnerId === 'gb-raf' && s.planned.some((a) => !a.assemblyAreaId.startsWith('sr:')));
    const withNationals = op.sorties.find((s) => s.planned.some((a) => a.assemblyAreaId.startsWith(`sr:${request.id}:`)));
    expect(withNationals, 'the plan carries RAF nationals on Japan\'s lift').toBeTruthy();
    // Reported loads differ from the plan: the ledger must count the manifests, not the allocations.
    const fly = async (s: OperationSortie, less: number) => {
      const tasked = await step(t, planner, opId, s, 'task');
      expect(tasked.statusCode, tasked.body).toBe(200);
      const manifest = s.planned.filter((a) => a.passengers > less).map((a) => ({ assemblyAreaId: a.assemblyAreaId, priority: 3, passengers: a.passengers - less }));
      const departed = await step(t, planner, opId, tasked.json() as OperationSortie, 'depart', { departedAt: s.plannedDepartAt, manifest });
      expect(departed.statusCode, departed.body).toBe(200);
      return manifest;
    };
    const nationalsManifest = await fly(withNationals!, 1);
    const rafManifest = rafSortie && rafSortie.sortieId !== withNationals!.sortieId ? await fly(rafSortie, 2) : [];
    const l = (await t.as(raf, { method: 'GET', url: '/api/partners/gb-raf/ledger' })).json() as PartnerLedger;
    const sum = (m: { assemblyAreaId: string; passengers: number }[], sr: boolean) => m.filter((x) => x.assemblyAreaId.startsWith('sr:') === sr).reduce((n, x) => n + x.passengers, 0);
    const rafFlown = [rafSortie && rafManifest.length > 0 ? rafManifest : [], withNationals!.partnerId === 'gb-raf' ? nationalsManifest : []];
    expect(l.actual).toEqual({
      operationId: opId,
      sortiesDeparted: rafFlown.filter((m) => m.length > 0).length,
      japaneseCarried: rafFlown.reduce((n, m) => n + sum(m, false), 0),
      nationalsCarried: sum(nationalsManifest, true),
    });
    expect(l.actual!.nationalsCarried).toBeLessThan(l.given.carried);
    // Partner nationals can be reported only on a sortie planned to carry them: elsewhere the group is refused, nothing recorded.
    const other = op.sorties.find((s) => s.sortieId !== withNationals!.sortieId && s.sortieId !== rafSortie?.sortieId && !s.planned.some((a) => a.assemblyAreaId.startsWith('sr:')))!;
    const tasked = (await step(t, planner, opId, other, 'task')).json() as OperationSortie;
    const refused = await step(t, planner, opId, tasked, 'depart', { departedAt: other.plannedDepartAt, manifest: [{ assemblyAreaId: `sr:${request.id}:0`, priority: 3, passengers: 1 }] });
    expect(refused.statusCode).toBe(400);
    expect((refused.json() as { details: { field: string }[] }).details[0]!.field).toBe('body.manifest.0.assemblyAreaId');
    // The planner's list shows the same figures for the RAF.
    const all = (await t.as(planner, { method: 'GET', url: '/api/ledger' })).json() as PartnerLedger[];
    expect(all.find((x) => x.partnerId === 'gb-raf')!.actual).toEqual(l.actual);
  });

  it('flags a hand edit that gives the partner more than accepted', async () => {
    const read = (await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}` })).json() as typeof plan;
    const sorties = structuredClone(read.sorties);
    const { s } = partnerAllocations()[0]!;
    const edited = sorties.find((x) => x.id === s.id)!;
    edited.allocations.find((a) => a.assemblyAreaId.startsWith('sr:'))!.passengers += ACCEPTED;
    const put = await t.as(planner, { method: 'PUT', url: `/api/plans/${plan.id}`, headers: { 'if-match': String(read.version) }, payload: { name: 'Too many', sorties } });
    expect(put.statusCode, put.body).toBe(200);
    const rules = (put.json() as { violations: { rule: string }[] }).violations.map((v) => v.rule);
    expect(rules).toContain('partner_seats_exceeded');
  });
});
