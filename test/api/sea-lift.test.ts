import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { AircraftType } from '../../shared/schemas/aircraft.ts';
import type { AirportRecord } from '../../shared/schemas/versioned.ts';
import type { Plan } from '../../shared/schemas/api.ts';

// Issue 15, through real HTTP on the demo data: seaports are departure points, ship types are in the lift
// catalogue, a ship offer obeys the same trust rules as an aircraft offer (category from partner and type,
// seats from the catalogue) plus one more — air and sea do not mix — and the Korean plan sails from Busan.

let t: TestApp;
let planner: Session;
let camellia: Session;
let jmsdf: Session;
beforeAll(async () => {
  t = await testApp({ demo: true });
  planner = await t.signIn('planner');
  camellia = await t.signIn('liaison', { partnerId: 'jp-camellia' });
  jmsdf = await t.signIn('liaison', { partnerId: 'jp-jmsdf' });
});
afterAll(async () => { await t?.close(); });

const NEW_CAMELLIA = 'New Camellia (Camellia Line ferry, Hakata–Busan)';
const OSUMI = 'Ōsumi-class tank landing ship (JMSDF)';
const ferry = {
  aircraftType: NEW_CAMELLIA, seatsPerSortie: 500, sorties: 3, aircraftCount: 1,
  availableFrom: '2027-04-01T06:00:00Z', availableTo: '2027-04-07T00:00:00Z', originAirportIds: ['port-busan'], destinationAirportId: 'port-hakata', turnaroundHours: 14,
};
const post = (who: Session, payload: object) => t.as(who, { method: 'POST', url: '/api/lift-offers', payload });
const fieldOf = (res: { json(): unknown }) => (res.json() as { details?: { field: string }[] }).details?.[0]?.field;
const offerCount = async () => (await sql<{ n: number }>`select count(*)::int as n from lift_offers`.execute(t.database.db)).rows[0]!.n;

describe('ports and ships', () => {
  it('lists the seaports beside the airports and the ship types beside the aircraft', async () => {
    const ports = (await t.as(planner, { method: 'GET', url: '/api/airports?mode=sea' })).json() as AirportRecord[];
    expect(ports.map((p) => p.id).sort()).toEqual(['port-busan', 'port-hakata', 'port-hitakatsu', 'port-izuhara', 'port-kaohsiung', 'port-keelung', 'port-shimonoseki']);
    expect(ports.find((p) => p.id === 'port-busan')).toMatchObject({ mode: 'sea', unlocode: 'KRPUS', berths: 6, country: 'KR' });
    const all = (await t.as(planner, { method: 'GET', url: '/api/airports' })).json() as AirportRecord[];
    expect(all.find((a) => a.id === 'RKSI')).toMatchObject({ mode: 'air' });
    const ships = (await t.as(planner, { method: 'GET', url: '/api/aircraft?mode=sea' })).json() as AircraftType[];
    expect(ships.find((s) => s.type === OSUMI)).toMatchObject({ category: 'sdf', seats: 330, maxPaxEvac: 1000, mode: 'sea' });
    expect(ships.every((s) => s.mode === 'sea')).toBe(true);
    const bad = await t.as(planner, { method: 'GET', url: '/api/aircraft?mode=boat' });
    expect(bad.statusCode).toBe(400);
  });

  it('takes a ferry offer between ports, deriving its category', async () => {
    const res = await post(camellia, ferry);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ category: 'civil', partnerId: 'jp-camellia', originAirportIds: ['port-busan'] });
  });

  it('refuses a ship from an airport, a ship to an airport and an aircraft to a port: 400 naming the field, nothing stored', async () => {
    const before = await offerCount();
    const cases: [object, string][] = [
      [{ ...ferry, originAirportIds: ['RKPK'] }, 'body.originAirportIds'],
      [{ ...ferry, originAirportIds: ['port-busan', 'RKPK'] }, 'body.originAirportIds'],
      [{ ...ferry, destinationAirportId: 'RJFF' }, 'body.destinationAirportId'],
    ];
    for (const [payload, field] of cases) {
      const res = await post(camellia, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(fieldOf(res)).toBe(field);
    }
    const usaf = await t.signIn('liaison', { partnerId: 'us-usaf' });
    const plane = await post(usaf, { ...ferry, aircraftType: 'Boeing C-17A Globemaster III (USAF)', seatsPerSortie: 102, originAirportIds: ['RKSO'] });
    expect(plane.statusCode).toBe(400);
    expect(fieldOf(plane)).toBe('body.destinationAirportId');
    expect(await offerCount()).toBe(before);
  });

  it('ties ship category to partner and type, and seats to the catalogue, as for aircraft', async () => {
    const before = await offerCount();
    const relabel = await post(jmsdf, { ...ferry, aircraftType: OSUMI, seatsPerSortie: 330, category: 'civil' });
    expect(relabel.statusCode).toBe(400);
    expect(fieldOf(relabel)).toBe('body.category');
    const foreign = await post(camellia, { ...ferry, aircraftType: OSUMI, seatsPerSortie: 330 });
    expect(foreign.statusCode).toBe(400);
    expect(fieldOf(foreign)).toBe('body.aircraftType');
    const over = await post(camellia, { ...ferry, seatsPerSortie: 648 });
    expect(over.statusCode).toBe(400);
    expect(fieldOf(over)).toBe('body.seatsPerSortie');
    expect(await offerCount()).toBe(before);
  });

  it('never changes a point\'s mode: not through the API, not in the database', async () => {
    const busan = await t.as(planner, { method: 'GET', url: '/api/airports/port-busan' });
    const res = await t.as(planner, { method: 'PATCH', url: '/api/airports/port-busan', payload: { mode: 'air' }, headers: { 'if-match': busan.headers.etag as string } });
    expect(res.statusCode).toBe(400);
    await expect(sql`update airports set mode = 'air' where id = 'port-busan'`.execute(t.database.db)).rejects.toMatchObject({ message: expect.stringMatching(/mode cannot change/) });
    await expect(sql`insert into lift_offer_origins (offer_id, airport_id, position) values ('offer-jp-camellia-1', 'RKPK', 5)`.execute(t.database.db))
      .rejects.toMatchObject({ message: expect.stringMatching(/an offer departs and arrives by one mode/) });
  });

  it('plans the Korean scenario with sailings from Busan and no Maritime SDF ship', async () => {
    const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'sea lift' } });
    expect([200, 201]).toContain(res.statusCode);
    const plan = res.json() as Plan;
    const sea = plan.sorties.filter((s) => s.originAirportId === 'port-busan');
    expect(sea.length).toBeGreaterThan(0);
    expect(plan.sorties.some((s) => s.offerId === 'offer-jp-osumi-1')).toBe(false);
    expect(plan.violations).toEqual([]);
  });
});
