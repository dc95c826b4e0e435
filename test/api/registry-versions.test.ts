import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { importFile } from '../../server/services/import.service.ts';

// Airports and assembly areas: a version on every record, If-Match required on PATCH (428 without it,
// 409 when stale), the row locked while a PATCH merges into it, the merged row checked, and the
// database refusing a zone of another country. On PGlite and on the PostgreSQL server.

interface Versioned { id: string; version: number; country: string; zone: string }

const resources = [
  {
    name: 'airports', url: '/api/airports', auditType: 'airport',
    create: (id: string) => ({ id, name: `Field ${id}`, country: 'KR', zone: 'KR-main', lat: 36, lon: 127.5, departuresPerHour: 4 }),
    reset: { country: 'KR', zone: 'KR-main', departuresPerHour: 4 },
    harmless: { departuresPerHour: 7 },
  },
  {
    name: 'assembly areas', url: '/api/assembly-areas', auditType: 'assembly_area',
    create: (id: string) => ({ id, name: `Area ${id}`, country: 'KR', zone: 'KR-main', lat: 37.1, lon: 127.1, residents: 100, priority1: 5, priority2: 10 }),
    reset: { country: 'KR', zone: 'KR-main', residents: 100 },
    harmless: { residents: 120 },
  },
] as const;

describe.each(resources)('$name: versions, If-Match and the row lock', (r) => {
  let t: TestApp;
  let planner: Session;
  let n = 0;
  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
  });
  afterAll(async () => { await t?.close(); });

  const create = async () => {
    const res = await t.as(planner, { method: 'POST', url: r.url, payload: r.create(`VR-${++n}`) });
    expect(res.statusCode).toBe(201);
    return res.json() as Versioned;
  };
  const read = async (id: string) => {
    const res = await t.as(planner, { method: 'GET', url: `${r.url}/${id}` });
    expect(res.statusCode).toBe(200);
    return { body: res.json() as Versioned & Record<string, unknown>, etag: res.headers.etag };
  };
  const patch = (id: string, payload: object, ifMatch?: string) =>
    t.as(planner, { method: 'PATCH', url: `${r.url}/${id}`, payload, headers: ifMatch === undefined ? {} : { 'if-match': ifMatch } });
  const auditCount = async (id: string) =>
    ((await t.as(planner, { method: 'GET', url: `/api/audit?entityType=${r.auditType}&entityId=${id}` })).json() as unknown[]).length;

  it('returns the version in the record, the list and an ETag; a PATCH bumps both', async () => {
    const created = await create();
    expect(created.version).toBe(1);
    const got = await read(created.id);
    expect(got.body.version).toBe(1);
    expect(got.etag).toBe('"1"');
    const list = (await t.as(planner, { method: 'GET', url: r.url })).json() as Versioned[];
    expect(list.find((x) => x.id === created.id)?.version).toBe(1);
    const res = await patch(created.id, r.harmless, got.etag);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect((res.json() as Versioned).version).toBe(2);
    // Weak and bare forms of the same version are accepted too.
    expect((await patch(created.id, r.harmless, 'W/"2"')).statusCode).toBe(200);
    expect((await patch(created.id, r.harmless, '3')).statusCode).toBe(200);
    expect((await read(created.id)).body.version).toBe(4);
  });

  it('refuses a PATCH without If-Match (428) and a stale one (409 naming the current version); nothing changes', async () => {
    const created = await create();
    await patch(created.id, r.harmless, '"1"');
    const before = await read(created.id);
    const audits = await auditCount(created.id);

    const missing = await patch(created.id, { zone: 'KR-jeju' });
    expect(missing.statusCode).toBe(428);
    expect(missing.json()).toMatchObject({ code: 'precondition_required', details: [{ field: 'headers.if-match', reason: 'is required' }] });

    const stale = await patch(created.id, { zone: 'KR-jeju' }, '"1"');
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'conflict', details: { currentVersion: 2 } });
    expect((stale.json() as { message: string }).message).toMatch(/your version 1, now 2/);

    for (const bad of ['abc', '*', '"1", "2"', '9'.repeat(20), '-1']) {
      const res = await patch(created.id, { zone: 'KR-jeju' }, bad);
      expect(res.statusCode, bad).toBe(400);
      expect((res.json() as { details: { field: string }[] }).details[0]!.field).toBe('headers.if-match');
    }
    // An id that does not exist is a 404 whatever the version.
    expect((await patch('no-such-id', r.harmless, '"1"')).statusCode).toBe(404);

    expect(await read(created.id)).toEqual(before);
    expect(await auditCount(created.id)).toBe(audits);
  });

  it('checks the merged row: a country without a matching zone is a 400 naming the zone', async () => {
    const created = await create();
    const res = await patch(created.id, { country: 'JP' }, '"1"');
    expect(res.statusCode).toBe(400);
    expect((res.json() as { details: { field: string }[] }).details[0]!.field).toBe('body.zone');
    expect((await read(created.id)).body).toMatchObject({ country: 'KR', zone: 'KR-main', version: 1 });
    const both = await patch(created.id, { country: 'JP', zone: 'JP-main' }, '"1"');
    expect(both.statusCode).toBe(200);
  });

  it('honours If-Match on DELETE when sent: stale 409 and the record stays', async () => {
    const created = await create();
    await patch(created.id, r.harmless, '"1"');
    const stale = await t.as(planner, { method: 'DELETE', url: `${r.url}/${created.id}`, headers: { 'if-match': '"1"' } });
    expect(stale.statusCode).toBe(409);
    expect((await read(created.id)).body.version).toBe(2);
    const ok = await t.as(planner, { method: 'DELETE', url: `${r.url}/${created.id}`, headers: { 'if-match': '"2"' } });
    expect(ok.statusCode).toBe(204);
  });

  it('never stores a mixed row in 50 rounds of two concurrent PATCHes from the same version', async () => {
    const created = await create();
    const outcomes = new Map<string, number>();
    for (let round = 0; round < 50; round++) {
      const { body } = await read(created.id);
      if (body.country !== 'KR' || body.zone !== 'KR-main') {
        expect((await patch(created.id, r.reset, `"${body.version}"`)).statusCode).toBe(200);
      }
      const v = `"${(await read(created.id)).body.version}"`;
      // Planner A moves it to Japan; planner B, who read the same version, moves it to Jeju.
      const [a, b] = await Promise.all([
        patch(created.id, { country: 'JP', zone: 'JP-main' }, v),
        patch(created.id, { zone: 'KR-jeju' }, v),
      ]);
      const key = `${a.statusCode}/${b.statusCode}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const stored = (await read(created.id)).body;
      expect(stored.zone.startsWith(`${stored.country}-`), `round ${round}: ${stored.country} ${stored.zone}`).toBe(true);
      expect([['JP', 'JP-main'], ['KR', 'KR-jeju']]).toContainEqual([stored.country, stored.zone]);
    }
    expect([...outcomes.values()].reduce((x, y) => x + y, 0)).toBe(50);
  });

  it('the database itself refuses a zone of another country, whatever the code path', async () => {
    const created = await create();
    const table = r.name === 'airports' ? 'airports' : 'assembly_areas';
    await expect(t.database.db.updateTable(table).set({ country: 'JP' }).where('id', '=', created.id).execute()).rejects.toThrow(/zone_in_country/);
    expect((await read(created.id)).body).toMatchObject({ country: 'KR', zone: 'KR-main', version: 1 });
  });
});

describe('CSV import and versions', () => {
  let t: TestApp;
  let planner: Session;
  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
  });
  afterAll(async () => { await t?.close(); });

  it('an import that updates a record bumps its version: a PATCH from before the import gets 409', async () => {
    const areas = 'id,country,zone,name,lat,lon,residents\nimp-a,KR,KR-main,Imported,37.2,127.2,50\n';
    expect(await importFile(t.database.db, 'areas', areas)).toMatchObject({ errors: [], created: 1 });
    const first = (await t.as(planner, { method: 'GET', url: '/api/assembly-areas/imp-a' })).json() as Versioned;
    expect(first.version).toBe(1);
    expect(await importFile(t.database.db, 'areas', areas.replace(',50', ',60'))).toMatchObject({ errors: [], updated: 1 });
    const stale = await t.as(planner, { method: 'PATCH', url: '/api/assembly-areas/imp-a', payload: { residents: 70 }, headers: { 'if-match': '"1"' } });
    expect(stale.statusCode).toBe(409);
    const now = (await t.as(planner, { method: 'GET', url: '/api/assembly-areas/imp-a' })).json() as Versioned & { residents: number };
    expect(now).toMatchObject({ version: 2, residents: 60 });

    const airports = 'id,name,country,zone,lat,lon,departuresPerHour\nIMP-AP,Imported field,KR,KR-main,36.1,127.1,3\n';
    expect(await importFile(t.database.db, 'airports', airports)).toMatchObject({ errors: [], created: 1 });
    expect(await importFile(t.database.db, 'airports', airports.replace(',3\n', ',5\n'))).toMatchObject({ errors: [], updated: 1 });
    expect((await t.as(planner, { method: 'GET', url: '/api/airports/IMP-AP' })).json()).toMatchObject({ version: 2, departuresPerHour: 5 });
  });

  it('refuses an import row whose zone is of another country, naming the row and column, writing nothing', async () => {
    const bad = 'id,name,country,zone,lat,lon,departuresPerHour\nIMP-OK,Fine,KR,KR-main,36,127,3\nIMP-BAD,Mixed,JP,KR-jeju,33.5,126.5,3\n';
    const res = await importFile(t.database.db, 'airports', bad);
    expect(res.created).toBe(0);
    expect(res.errors).toEqual([expect.objectContaining({ row: 3, column: 'zone' })]);
    expect((await t.as(planner, { method: 'GET', url: '/api/airports/IMP-OK' })).statusCode).toBe(404);
  });
});
