import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { LiftOffer } from '../../shared/schemas/domain.ts';
import type { Plan } from '../../shared/schemas/api.ts';

// Seats on a partner's own sorties (issue 15), through the API: a liaison offers 30 seats on each of its
// USAF C-17 departures from Osan, the planner accepts, the matcher fills them at the partner's own times;
// the offer's writes are checked field by field, and a plan is judged on the departures as they are today.

let t: TestApp;
let planner: Session;
let usaf: Session;
let raf: Session;
beforeAll(async () => {
  t = await testApp({ demo: true });
  planner = await t.signIn('planner');
  usaf = await t.signIn('liaison', { partnerId: 'us-usaf' });
  raf = await t.signIn('liaison', { partnerId: 'gb-raf' });
});
afterAll(async () => { await t?.close(); });

const departures = [
  { originAirportId: 'RKSO', departAt: '2027-04-01T10:30:00.000Z' },
  { originAirportId: 'RKSO', departAt: '2027-04-01T11:00:00.000Z' },
  { originAirportId: 'RKSI', departAt: '2027-04-02T07:45:00.000Z' },
];
const body = {
  aircraftType: 'Boeing C-17A Globemaster III (USAF)', seatsPerSortie: 30, sorties: 3, aircraftCount: 1,
  availableFrom: '2027-04-01T00:00:00Z', availableTo: '2027-04-03T00:00:00Z', originAirportIds: ['RKSO', 'RKSI'],
  destinationAirportId: 'RJTY', turnaroundHours: 20, seatShare: { departures },
};
const post = (s: Session, payload: unknown) => t.as(s, { method: 'POST', url: '/api/lift-offers', payload: payload as object });
/** The schema names array items `a.0.b`, the server's own checks `a[0].b`: both point the form at one input. */
const fieldOf = (res: { json(): unknown }) => {
  const d = (res.json() as { details?: { field: string; reason: string }[] }).details?.[0];
  return d && { ...d, field: d.field.replace(/\.(\d+)/g, '[$1]') };
};

describe('seat shares through the API', { timeout: 240_000 }, () => {
  let offer: LiftOffer;
  let plan: Plan;

  it('a liaison offers seats on its own departures; the matcher fills them at those times only', async () => {
    const res = await post(usaf, body);
    expect(res.statusCode, res.body).toBe(201);
    offer = res.json() as LiftOffer;
    expect(offer.seatShare).toEqual({ departures });
    const ok = await t.as(planner, { method: 'POST', url: `/api/lift-offers/${offer.id}/decision`, payload: { status: 'accepted', version: 1 } });
    expect(ok.statusCode, ok.body).toBe(200);
    const p = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'With seat shares' } });
    expect(p.statusCode, p.body).toBe(201);
    plan = p.json() as Plan;
    expect(plan.violations).toEqual([]);
    const mine = plan.sorties.filter((s) => s.offerId === offer.id);
    expect(mine.length).toBeGreaterThan(0);
    for (const s of mine) {
      expect(departures.some((d) => d.originAirportId === s.originAirportId && Date.parse(d.departAt) === Date.parse(s.departAt))).toBe(true);
      expect(s.allocations.reduce((n, a) => n + a.passengers, 0)).toBeLessThanOrEqual(30);
    }
    expect(new Set(mine.map((s) => s.departAt)).size).toBe(mine.length);
  });

  it('a departure moved after planning shows on the plan\'s next read as a seat-share violation', async () => {
    const used = plan.sorties.find((s) => s.offerId === offer.id)!;
    const current = (await t.as(planner, { method: 'GET', url: `/api/lift-offers/${offer.id}` })).json() as LiftOffer;
    const moved = current.seatShare!.departures.map((d) => (Date.parse(d.departAt) === Date.parse(used.departAt) && d.originAirportId === used.originAirportId
      ? { ...d, departAt: new Date(Date.parse(d.departAt) + 3 * 3_600_000).toISOString() } : d));
    const edit = await t.as(usaf, { method: 'PATCH', url: `/api/lift-offers/${offer.id}`, payload: { version: current.version, seatShare: { departures: moved } } });
    expect(edit.statusCode, edit.body).toBe(200);
    await t.as(planner, { method: 'POST', url: `/api/lift-offers/${offer.id}/decision`, payload: { status: 'accepted', version: (edit.json() as LiftOffer).version } });
    const read = (await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}` })).json() as Plan;
    expect(read.violations.map((v) => v.rule)).toContain('seat_share_departure');
  });

  it('refuses a departure off the offer\'s origins or window, listed twice, or a sortie count that disagrees — naming the field', async () => {
    const cases: [object, string][] = [
      [{ seatShare: { departures: [{ ...departures[0], originAirportId: 'RKPK' }, departures[1], departures[2]] } }, 'body.seatShare.departures[0].originAirportId'],
      [{ seatShare: { departures: [departures[0], { ...departures[1], departAt: '2027-04-05T00:00:00Z' }, departures[2]] } }, 'body.seatShare.departures[1].departAt'],
      [{ seatShare: { departures: [departures[0], departures[0], departures[2]] } }, 'body.seatShare.departures[1].departAt'],
      [{ sorties: 4 }, 'body.sorties'],
      [{ seatShare: { departures: [{ ...departures[0], departAt: '2027-02-30T10:00:00Z' }] }, sorties: 1 }, 'body.seatShare.departures[0].departAt'],
      [{ seatShare: { departures: [{ ...departures[0], gate: 'B7' }] }, sorties: 1 }, 'body.seatShare.departures[0]'],
      [{ seatShare: { departures: [] } }, 'body.seatShare.departures'],
      [{ seatShare: { departures: 'RKSO 10:30' } }, 'body.seatShare.departures'],
      [{ seatShare: { departures: Array.from({ length: 501 }, (_, i) => ({ originAirportId: 'RKSO', departAt: new Date(Date.parse('2027-04-01T00:00:00Z') + i * 60_000).toISOString() })) }, sorties: 501 }, 'body.seatShare.departures'],
      [{ seatShare: { departures, extra: true } }, 'body.seatShare'],
    ];
    for (const [over, field] of cases) {
      const res = await post(usaf, { ...body, ...over });
      expect(res.statusCode, `${JSON.stringify(over).slice(0, 80)} → ${res.body}`).toBe(400);
      expect(fieldOf(res)?.field.startsWith(field), `${field} vs ${res.body.slice(0, 200)}`).toBe(true);
    }
    const before = (await t.as(usaf, { method: 'GET', url: `/api/lift-offers/${offer.id}` })).json() as LiftOffer;
    const patch = await t.as(usaf, { method: 'PATCH', url: `/api/lift-offers/${offer.id}`, payload: { version: before.version, sorties: 2 } });
    expect(patch.statusCode).toBe(400);
    expect(fieldOf(patch)?.field).toBe('body.sorties');
    expect((await t.as(usaf, { method: 'GET', url: `/api/lift-offers/${offer.id}` })).json()).toEqual(before);
  });

  it('another partner\'s liaison neither sees nor edits the offer; clearing the seat share makes it whole aircraft again', async () => {
    expect((await t.as(raf, { method: 'GET', url: `/api/lift-offers/${offer.id}` })).statusCode).toBe(404);
    const before = (await t.as(usaf, { method: 'GET', url: `/api/lift-offers/${offer.id}` })).json() as LiftOffer;
    expect((await t.as(raf, { method: 'PATCH', url: `/api/lift-offers/${offer.id}`, payload: { version: before.version, seatShare: null } })).statusCode).toBe(404);
    const whole = await t.as(usaf, { method: 'PATCH', url: `/api/lift-offers/${offer.id}`, payload: { version: before.version, seatShare: null } });
    expect(whole.statusCode, whole.body).toBe(200);
    expect((whole.json() as LiftOffer).seatShare).toBeNull();
  });
});
