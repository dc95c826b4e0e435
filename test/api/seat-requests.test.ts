import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { fingerprint } from '../support/fingerprint.ts';
import type { SeatRequest } from '../../shared/schemas/seat-requests.ts';

// Reciprocity (issue 15): partners ask for seats on Japan's lift for their nationals; planners decide.

let t: TestApp;
let planner: Session;
let raf: Session;
let usaf: Session;
beforeAll(async () => {
  t = await testApp({ demo: true });
  planner = await t.signIn('planner');
  raf = await t.signIn('liaison', { partnerId: 'gb-raf' });
  usaf = await t.signIn('liaison', { partnerId: 'us-usaf' });
});
afterAll(async () => { await t?.close(); });

const body = {
  places: [{ kind: 'area', id: 'tw-taipei-city', seats: 250 }, { kind: 'airport', id: 'RCKH', seats: 50 }],
  priority1: 20, priority2: 60, windowFrom: '2027-04-02T00:00:00Z', windowTo: '2027-04-05T00:00:00Z', note: 'British nationals, Taipei',
};
const create = async (who: Session, payload: object = body) => {
  const res = await t.as(who, { method: 'POST', url: '/api/seat-requests', payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as SeatRequest;
};
const decide = (id: string, version: number, payload: object) =>
  t.as(planner, { method: 'POST', url: `/api/seat-requests/${id}/decision`, headers: { 'if-match': `"${version}"` }, payload });

describe('a partner\'s seat request', () => {
  it('is asked by a liaison for their own partner, decided by a planner, and reopened by an edit', async () => {
    const r = await create(raf);
    expect(r).toMatchObject({ partnerId: 'gb-raf', seats: 300, status: 'submitted', acceptedSeats: null, version: 1 });
    const decided = await decide(r.id, 1, { acceptedSeats: 200, note: 'Two hundred from Taipei' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'accepted', acceptedSeats: 200, decisionNote: 'Two hundred from Taipei', version: 2 });
    expect(decided.headers.etag).toBe('"2"');
    const seen = await t.as(raf, { method: 'GET', url: `/api/seat-requests/${r.id}` });
    expect(seen.json()).toMatchObject({ acceptedSeats: 200 });
    const edited = await t.as(raf, { method: 'PATCH', url: `/api/seat-requests/${r.id}`, headers: { 'if-match': '"2"' }, payload: { places: [{ kind: 'area', id: 'tw-taipei-city', seats: 120 }], priority2: 0 } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'submitted', seats: 120, acceptedSeats: null, decisionNote: null, version: 3 });
    const withdrawn = await t.as(raf, { method: 'PATCH', url: `/api/seat-requests/${r.id}`, headers: { 'if-match': '"3"' }, payload: { status: 'withdrawn' } });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', version: 4 });
    expect((await decide(r.id, 4, { acceptedSeats: 1 })).statusCode).toBe(422);
  });

  it('is seen and changed only by its own partner\'s liaison: another partner\'s is a 404, nothing changes', async () => {
    const r = await create(raf);
    const before = await fingerprint(t.database.db);
    expect((await t.as(usaf, { method: 'GET', url: `/api/seat-requests/${r.id}` })).statusCode).toBe(404);
    expect((await t.as(usaf, { method: 'PATCH', url: `/api/seat-requests/${r.id}`, headers: { 'if-match': '"1"' }, payload: { note: 'x' } })).statusCode).toBe(404);
    expect((await t.as(usaf, { method: 'POST', url: `/api/seat-requests/${r.id}/decision`, headers: { 'if-match': '"1"' }, payload: { acceptedSeats: 1 } })).statusCode).toBe(403);
    expect((await t.as(usaf, { method: 'POST', url: '/api/seat-requests', payload: { ...body, partnerId: 'gb-raf' } })).statusCode).toBe(403);
    expect((await t.as(usaf, { method: 'GET', url: '/api/seat-requests' })).json()).toEqual(
      ((await t.as(planner, { method: 'GET', url: '/api/seat-requests?partnerId=us-usaf' })).json() as SeatRequest[]));
    expect((await t.as(usaf, { method: 'GET', url: '/api/seat-requests?partnerId=gb-raf' })).json()).toEqual([]);
    expect(await fingerprint(t.database.db)).toEqual(before);
    const mine = (await t.as(raf, { method: 'GET', url: '/api/seat-requests' })).json() as SeatRequest[];
    expect(mine.map((x) => x.id)).toContain(r.id);
    expect(mine.every((x) => x.partnerId === 'gb-raf')).toBe(true);
  });

  it('refuses hostile input with a 4xx naming the field, and stores nothing', async () => {
    const r = await create(raf);
    const before = await fingerprint(t.database.db);
    const cases: [string, { method: 'POST' | 'PATCH'; url: string; payload: unknown; headers?: Record<string, string> }, number, RegExp][] = [
      ['wrong type', { method: 'POST', url: '/api/seat-requests', payload: { ...body, priority1: 'many' } }, 400, /priority1/],
      ['missing field', { method: 'POST', url: '/api/seat-requests', payload: { ...body, windowFrom: undefined } }, 400, /windowFrom/],
      ['extra field', { method: 'POST', url: '/api/seat-requests', payload: { ...body, acceptedSeats: 300 } }, 400, /acceptedSeats/],
      ['no places', { method: 'POST', url: '/api/seat-requests', payload: { ...body, places: [] } }, 400, /places/],
      ['unknown area', { method: 'POST', url: '/api/seat-requests', payload: { ...body, places: [{ kind: 'area', id: 'nowhere', seats: 3 }] } }, 400, /places\[0\]\.id/],
      ['a port as an area', { method: 'POST', url: '/api/seat-requests', payload: { ...body, places: [{ kind: 'area', id: 'RCKH', seats: 3 }] } }, 400, /places\[0\]\.id/],
      ['a place twice', { method: 'POST', url: '/api/seat-requests', payload: { ...body, places: [body.places[0], body.places[0]] } }, 400, /places\[1\]/],
      ['priorities above the seats', { method: 'POST', url: '/api/seat-requests', payload: { ...body, priority2: 290 } }, 400, /priority2/],
      ['window ending before it starts', { method: 'POST', url: '/api/seat-requests', payload: { ...body, windowTo: '2027-04-01T00:00:00Z' } }, 400, /windowTo/],
      ['impossible date', { method: 'POST', url: '/api/seat-requests', payload: { ...body, windowFrom: '2027-02-30T00:00:00Z' } }, 400, /windowFrom/],
      ['zero seats at a place', { method: 'POST', url: '/api/seat-requests', payload: { ...body, places: [{ kind: 'area', id: 'tw-taipei-city', seats: 0 }] } }, 400, /seats/],
      ['a liaison choosing the id', { method: 'POST', url: '/api/seat-requests', payload: { ...body, id: 'mine' } }, 400, /body\.id/],
      ['edit without If-Match', { method: 'PATCH', url: `/api/seat-requests/${r.id}`, payload: { note: 'x' } }, 428, /if-match/],
      ['stale edit', { method: 'PATCH', url: `/api/seat-requests/${r.id}`, headers: { 'if-match': '"7"' }, payload: { note: 'x' } }, 409, /version/],
      ['edit to a bad window', { method: 'PATCH', url: `/api/seat-requests/${r.id}`, headers: { 'if-match': '"1"' }, payload: { windowTo: '2027-04-01T00:00:00Z' } }, 400, /windowTo/],
      ['edit setting the status to accepted', { method: 'PATCH', url: `/api/seat-requests/${r.id}`, headers: { 'if-match': '"1"' }, payload: { status: 'accepted' } }, 400, /status/],
    ];
    for (const [name, req, status, text] of cases) {
      const res = await t.as(raf, req as never);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
      expect(res.body, name).toMatch(text);
    }
    const decisions: [string, object, Record<string, string>, number, RegExp][] = [
      ['accepted above requested', { acceptedSeats: 301 }, { 'if-match': '"1"' }, 400, /body\.acceptedSeats/],
      ['negative seats', { acceptedSeats: -1 }, { 'if-match': '"1"' }, 400, /acceptedSeats/],
      ['no If-Match', { acceptedSeats: 1 }, {}, 428, /if-match/],
      ['extra field', { acceptedSeats: 1, status: 'accepted' }, { 'if-match': '"1"' }, 400, /status/],
    ];
    for (const [name, payload, headers, status, text] of decisions) {
      const res = await t.as(planner, { method: 'POST', url: `/api/seat-requests/${r.id}/decision`, headers, payload });
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
      expect(res.body, name).toMatch(text);
    }
    expect((await decide('no-such-request', 1, { acceptedSeats: 1 })).statusCode).toBe(404);
    expect(await fingerprint(t.database.db)).toEqual(before);
  });

  it('takes one of two concurrent decisions on the same version; the other is a 409', async () => {
    const r = await create(raf);
    const [a, b] = await Promise.all([decide(r.id, 1, { acceptedSeats: 100 }), decide(r.id, 1, { acceptedSeats: 250 })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const won = (a.statusCode === 200 ? a : b).json() as SeatRequest;
    const now = (await t.as(planner, { method: 'GET', url: `/api/seat-requests/${r.id}` })).json() as SeatRequest;
    expect(now).toMatchObject({ acceptedSeats: won.acceptedSeats, version: 2 });
  });

  it('lets a planner ask on a partner\'s behalf, naming the partner', async () => {
    expect((await t.as(planner, { method: 'POST', url: '/api/seat-requests', payload: body })).json()).toMatchObject({ details: [{ field: 'body.partnerId' }] });
    expect((await t.as(planner, { method: 'POST', url: '/api/seat-requests', payload: { ...body, partnerId: 'zz-nobody' } })).json()).toMatchObject({ details: [{ field: 'body.partnerId' }] });
    expect(await create(planner, { ...body, partnerId: 'au-raaf' })).toMatchObject({ partnerId: 'au-raaf' });
  });
});
