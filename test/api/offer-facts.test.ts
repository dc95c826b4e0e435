import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { fromDatabaseError } from '../../server/lib/errors.ts';
import { importFile } from '../../server/services/import.service.ts';
import type { LiftOffer } from '../../shared/schemas/domain.ts';
import type { AircraftType } from '../../shared/schemas/aircraft.ts';

// Issue 9: an offer's operator category is a fact of its partner and its aircraft type, and its seats are
// capped by the type — for liaisons and planners, on create, edit, import and accept, and in the database.

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

const C2 = 'Kawasaki C-2 (JASDF)';
const C130J = 'Lockheed Martin C-130J-30 Super Hercules (USAF; RAAF; RAF)';
/** The reproduction of the issue: a US Air Force liaison offers a JASDF C-2 as foreign military, from Incheon. */
const relabelled = {
  category: 'foreign_military', aircraftType: C2, seatsPerSortie: 110, sorties: 10, aircraftCount: 1,
  availableFrom: '2027-04-01T06:00:00Z', availableTo: '2027-04-07T00:00:00Z', originAirportIds: ['RKSI'], destinationAirportId: 'RJFF', turnaroundHours: 6,
};

/** Row counts and a digest of what a refused write must leave untouched. */
async function state() {
  const r = await sql<{ offers: number; origins: number; audit: number; digest: string }>`select
    (select count(*)::int from lift_offers) as offers, (select count(*)::int from lift_offer_origins) as origins,
    (select count(*)::int from audit_events) as audit,
    (select md5(string_agg(x::text, '|' order by x.id)) from lift_offers x) as digest`.execute(t.database.db);
  return r.rows[0];
}
const fieldOf = (res: { json(): unknown }) => (res.json() as { details?: { field: string }[] }).details?.[0]?.field;
const post = (who: Session, payload: object) => t.as(who, { method: 'POST', url: '/api/lift-offers', payload });

describe('the relabelled SDF aircraft of the issue', () => {
  it('is refused with a 400 naming body.category, and nothing is stored or audited', async () => {
    const before = await state();
    const res = await post(usaf, relabelled);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'bad_request', details: [{ field: 'body.category', reason: expect.stringMatching(/Kawasaki C-2 \(JASDF\) is an SDF \(Japan\) aircraft in the catalogue, not foreign military/) }] });
    // …with the rule's code and parameters, so a Japanese form words it in Japanese (offers:form.facts.*).
    expect(res.json()).toMatchObject({ details: [{ code: 'category_not_types', params: { type: 'Kawasaki C-2 (JASDF)', typeCategory: 'sdf', category: 'foreign_military' } }] });
    expect(await state()).toEqual(before);
  });

  it('is refused as sdf too (the partner offers foreign military only), and without a category (the type is SDF)', async () => {
    const before = await state();
    const asSdf = await post(usaf, { ...relabelled, category: 'sdf' });
    expect([asSdf.statusCode, fieldOf(asSdf)]).toEqual([400, 'body.category']);
    expect(asSdf.json()).toMatchObject({ message: expect.stringMatching(/may offer foreign military aircraft only, not SDF/) });
    const { category: _, ...derived } = relabelled;
    const noCategory = await post(usaf, derived);
    expect([noCategory.statusCode, fieldOf(noCategory)]).toEqual([400, 'body.aircraftType']);
    expect(await state()).toEqual(before);
  });

  it('is refused for a planner as well', async () => {
    const before = await state();
    const res = await post(planner, { ...relabelled, partnerId: 'us-usaf' });
    expect([res.statusCode, fieldOf(res)]).toEqual([400, 'body.category']);
    expect(await state()).toEqual(before);
  });

  it('is not stored: the only C-2 offers are the JASDF\'s', async () => {
    const offers = (await t.as(planner, { method: 'GET', url: '/api/lift-offers' })).json() as LiftOffer[];
    expect(offers.filter((o) => o.aircraftType === C2).map((o) => o.partnerId)).toEqual(['jp-jasdf']);
  });
});

describe('seats and categories from the catalogue', () => {
  it('derives the category when none is sent, and accepts seats up to the type\'s evacuation maximum', async () => {
    const res = await post(usaf, { ...relabelled, category: undefined, aircraftType: C130J, seatsPerSortie: 128 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ category: 'foreign_military', seatsPerSortie: 128, flags: [] });
    // The USAF C-17's maximum is its Kabul figure (max_pax_evac 823), not its typical 102.
    const c17 = await post(usaf, { ...relabelled, aircraftType: 'Boeing C-17A Globemaster III (USAF)', seatsPerSortie: 823 });
    expect(c17.statusCode, c17.body).toBe(201);
  });

  it('refuses seats over the maximum with a 400 naming body.seatsPerSortie', async () => {
    const before = await state();
    const over = await post(usaf, { ...relabelled, aircraftType: C130J, seatsPerSortie: 400 });
    expect([over.statusCode, fieldOf(over)]).toEqual([400, 'body.seatsPerSortie']);
    expect(over.json()).toMatchObject({ message: expect.stringMatching(/at most 128 seats/) });
    const c17 = await post(usaf, { ...relabelled, aircraftType: 'Boeing C-17A Globemaster III (USAF)', seatsPerSortie: 824 });
    expect([c17.statusCode, fieldOf(c17)]).toEqual([400, 'body.seatsPerSortie']);
    const jasdf = await post(planner, { ...relabelled, partnerId: 'jp-jasdf', category: 'sdf', seatsPerSortie: 400 });
    expect([jasdf.statusCode, fieldOf(jasdf)]).toEqual([400, 'body.seatsPerSortie']);
    expect(await state()).toEqual(before);
  });

  it('allows a type outside the catalogue only with the partner\'s own category, flagged for the planners', async () => {
    const res = await post(raf, { ...relabelled, category: undefined, aircraftType: 'Airbus A330 Voyager KC2', seatsPerSortie: 291 });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json() as LiftOffer;
    expect(created).toMatchObject({ category: 'foreign_military', flags: ['type_not_in_catalogue'] });
    const inbox = (await t.as(planner, { method: 'GET', url: '/api/lift-offers?status=submitted' })).json() as LiftOffer[];
    expect(inbox.find((o) => o.id === created.id)?.flags).toEqual(['type_not_in_catalogue']);
    expect(inbox.find((o) => o.id === 'offer-gb-c17-1')?.flags).toEqual([]);
    const civil = await post(raf, { ...relabelled, category: 'civil', aircraftType: 'Airbus A330 Voyager KC2' });
    expect([civil.statusCode, fieldOf(civil)]).toEqual([400, 'body.category']);
  });

  it('serves the catalogue from the database, with attribution', async () => {
    const list = (await t.as(raf, { method: 'GET', url: '/api/aircraft' })).json() as AircraftType[];
    expect(list.filter((a) => a.mode === 'air')).toHaveLength(20);
    expect(list.filter((a) => a.mode === 'sea')).toHaveLength(7); // migration 20261202080000: the ship types
    expect(list.find((a) => a.type === C2)).toMatchObject({ category: 'sdf', seats: 110, maxPaxEvac: null, source: expect.stringMatching(/JASDF/) });
    await sql`update aircraft_types set notes = 'edited in the database' where type = ${C2}`.execute(t.database.db);
    const again = (await t.as(raf, { method: 'GET', url: '/api/aircraft' })).json() as AircraftType[];
    expect(again.find((a) => a.type === C2)?.notes).toBe('edited in the database');
  });
});

describe('every edit is checked', () => {
  const patch = (who: Session, id: string, payload: object) => t.as(who, { method: 'PATCH', url: `/api/lift-offers/${id}`, payload });
  const current = async (id: string) => ((await t.as(planner, { method: 'GET', url: `/api/lift-offers/${id}` })).json() as LiftOffer);

  it('refuses relabelling an accepted offer, a type of another category, and seats over the max — nothing changes', async () => {
    const o = await current('offer-us-c130j-1');
    expect(o.status).toBe('accepted');
    const before = await state();
    const relabel = await patch(usaf, o.id, { version: o.version, category: 'sdf' });
    expect([relabel.statusCode, fieldOf(relabel)]).toEqual([400, 'body.category']);
    const type = await patch(usaf, o.id, { version: o.version, aircraftType: C2 });
    expect([type.statusCode, fieldOf(type)]).toEqual([400, 'body.aircraftType']);
    const both = await patch(usaf, o.id, { version: o.version, aircraftType: C2, category: 'sdf' });
    expect([both.statusCode, fieldOf(both)]).toEqual([400, 'body.category']);
    const seats = await patch(usaf, o.id, { version: o.version, seatsPerSortie: 400 });
    expect([seats.statusCode, fieldOf(seats)]).toEqual([400, 'body.seatsPerSortie']);
    const asPlanner = await patch(planner, o.id, { version: o.version, category: 'civil' });
    expect([asPlanner.statusCode, fieldOf(asPlanner)]).toEqual([400, 'body.category']);
    expect(await state()).toEqual(before);
    expect(await current(o.id)).toEqual(o);
  });

  it('re-derives the category from a new type of the same category', async () => {
    const created = (await post(usaf, { ...relabelled, aircraftType: C130J, seatsPerSortie: 100 })).json() as LiftOffer;
    const res = await patch(usaf, created.id, { version: created.version, aircraftType: 'Boeing C-17A Globemaster III (USAF)' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ category: 'foreign_military', aircraftType: 'Boeing C-17A Globemaster III (USAF)', version: 2 });
  });

  it('answers 404 for another partner\'s offer, relabelling or not', async () => {
    const before = await state();
    const res = await patch(usaf, 'offer-jp-c2-1', { version: 1, category: 'foreign_military' });
    expect(res.statusCode).toBe(404);
    expect((await patch(usaf, 'offer-jp-c2-1', { version: 1, note: 'x' })).statusCode).toBe(404);
    expect(await state()).toEqual(before);
  });
});

describe('the database refuses it too', () => {
  const insert = (id: string, partner: string, category: string, type: string, seats: number, status = 'submitted') => sql`
    insert into lift_offers (id, partner_id, category, aircraft_type, seats_per_sortie, sorties, aircraft_count, available_from,
      available_to, destination_airport_id, turnaround_hours, status)
    values (${id}, ${partner}, ${category}, ${type}, ${seats}, 10, 1, '2027-04-01T06:00:00Z', '2027-04-07T00:00:00Z', 'RJFF', 6, ${status})`.execute(t.database.db);

  it('a direct SQL insert or update breaking the rule fails, and maps to the same 400', async () => {
    const err = await insert('sql-c2', 'us-usaf', 'foreign_military', C2, 110).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: '23514' });
    expect(fromDatabaseError(err)).toMatchObject({ statusCode: 400, details: [{ field: 'body.category' }] });
    const seats = await insert('sql-400', 'us-usaf', 'foreign_military', C130J, 400).catch((e: unknown) => e);
    expect(fromDatabaseError(seats)).toMatchObject({ statusCode: 400, details: [{ field: 'body.seatsPerSortie' }] });
    const relabel = await sql`update lift_offers set category = 'sdf' where id = 'offer-us-c130j-1'`.execute(t.database.db).catch((e: unknown) => e);
    expect(fromDatabaseError(relabel)).toMatchObject({ statusCode: 400, details: [{ field: 'body.category' }] });
    const widen = await sql`update partners set categories = '{civil}' where id = 'us-usaf'`.execute(t.database.db).catch((e: unknown) => e);
    expect(fromDatabaseError(widen)).toMatchObject({ statusCode: 400, details: [{ field: 'body.categories' }] });
    expect((await sql<{ n: number }>`select count(*)::int as n from lift_offers where id like 'sql-%'`.execute(t.database.db)).rows[0]!.n).toBe(0);
  });

  it('the planners cannot accept a declined offer that contradicts its partner (422 naming the field)', async () => {
    // Declined offers are history and are not re-checked, e.g. one the migration's data check declined.
    await insert('sql-declined', 'us-usaf', 'foreign_military', C2, 110, 'declined');
    await sql`insert into lift_offer_origins values ('sql-declined', 'RKSI', 0)`.execute(t.database.db);
    const before = await state();
    const res = await t.as(planner, { method: 'POST', url: '/api/lift-offers/sql-declined/decision', payload: { status: 'accepted' } });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ details: [{ field: 'offer.category' }] });
    expect(await state()).toEqual(before);
    // Its liaison may still withdraw it, or fix it (which submits it again, checked).
    const fixed = await t.as(usaf, { method: 'PATCH', url: '/api/lift-offers/sql-declined', payload: { version: 1, aircraftType: C130J, category: 'foreign_military', seatsPerSortie: 120 } });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ status: 'submitted', category: 'foreign_military' });
  });
});

describe('import', () => {
  const header = 'partnerId,category,aircraftType,seatsPerSortie,sorties,aircraftCount,availableFrom,availableTo,originAirportIds,destinationAirportId,turnaroundHours,status\n';

  it('refuses the relabelled C-2 and seats over the max, naming the column, and writes nothing', async () => {
    const before = await state();
    const csv = `${header}us-usaf,foreign_military,${C2},110,10,1,2027-04-01T06:00:00Z,2027-04-07T00:00:00Z,RKSI,RJFF,6,accepted\n`
      + `us-usaf,foreign_military,"${C130J}",400,10,1,2027-04-01T06:00:00Z,2027-04-07T00:00:00Z,RKSI,RJFF,6,submitted\n`
      + `us-usaf,foreign_military,"${C130J}",120,10,1,2027-04-01T06:00:00Z,2027-04-07T00:00:00Z,RKSI,RJFF,6,submitted\n`;
    const res = await importFile(t.database.db, 'offers', csv);
    expect(res.created).toBe(0);
    expect(res.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'category' }),
      expect.objectContaining({ row: 3, column: 'seatsPerSortie' }),
    ]);
    expect(await state()).toEqual(before);
  });
});
