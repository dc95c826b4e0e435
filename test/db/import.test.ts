import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/db.ts';
import { importFile } from '../../server/services/import.service.ts';

describe('CSV import into an empty database', () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await testDatabase(); });
  afterAll(async () => { await t.dispose(); });

  const areas = 'id,country,zone,name,lat,lon,residents,visitors,priority1,priority2\n' +
    'kr-a,KR,KR-main,"Seoul, Yongsan",37.53,126.98,1200,100,30,300\n' +
    'kr-b,KR,KR-jeju,Jeju,33.5,126.53,400,,,\n';

  it('creates the areas (and their countries), then updates them on a second import', async () => {
    const first = await importFile(t.db, 'areas', areas);
    expect(first).toEqual({ errors: [], created: 2, updated: 0 });
    const country = await t.db.selectFrom('countries').selectAll().where('code', '=', 'KR').executeTakeFirst();
    expect(country?.name).toBe('South Korea');
    const second = await importFile(t.db, 'areas', areas.replace('1200', '1300'));
    expect(second).toMatchObject({ created: 0, updated: 2 });
    const a = await t.db.selectFrom('assembly_areas').selectAll().where('id', '=', 'kr-a').executeTakeFirstOrThrow();
    expect(a.residents).toBe(1300);
    expect(a.name).toBe('Seoul, Yongsan');
  });

  it('imports nothing when one row is bad, and names the row and column', async () => {
    const bad = 'country,zone,name,lat,lon,residents\nKR,KR-main,Ok,37,127,10\nKR,KR-main,Bad,237,127,10\n';
    const before = await t.db.selectFrom('assembly_areas').select('id').execute();
    const res = await importFile(t.db, 'areas', bad);
    expect(res.created).toBe(0);
    expect(res.errors[0]).toMatchObject({ row: 3, column: 'lat' });
    expect(await t.db.selectFrom('assembly_areas').select('id').execute()).toHaveLength(before.length);
  });

  it('rejects an offer that refers to an unknown partner or airport, writing nothing', async () => {
    const offers = 'partnerId,category,aircraftType,seatsPerSortie,sorties,aircraftCount,availableFrom,availableTo,originAirportIds,destinationAirportId,turnaroundHours\n' +
      'nobody,civil,B787,250,3,1,2027-04-01T00:00:00Z,2027-04-03T00:00:00Z,RKSI;RKPK,RJFF,6\n';
    const res = await importFile(t.db, 'offers', offers);
    expect(res.created).toBe(0);
    expect(res.errors.map((e) => e.column)).toEqual(expect.arrayContaining(['partnerId', 'originAirportIds', 'destinationAirportId']));
    expect(await t.db.selectFrom('lift_offers').select('id').execute()).toHaveLength(0);
  });
});
