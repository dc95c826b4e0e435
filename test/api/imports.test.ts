import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { testApp, type Session, type TestApp } from '../support/app.ts';

// CSV import through the running server: preview (writes nothing), then commit, all or nothing, audited.

let t: TestApp;
let planner: Session;
let n = 0;
const uid = () => `imp-${Date.now().toString(36)}-${(n++).toString(36)}`;

beforeAll(async () => {
  t = await testApp({ demo: true });
  planner = await t.signIn('planner', { username: 'importer' });
});
afterAll(async () => { await t?.close(); });

const send = (url: string, payload: unknown, who: Session | null = planner) =>
  t.as(who, { method: 'POST', url, payload: payload as InjectOptions['payload'] });
const preview = (payload: unknown) => send('/api/imports/preview', payload);
const commit = (payload: unknown) => send('/api/imports', payload);
const areaIds = async (prefix: string) => (await t.database.db.selectFrom('assembly_areas').select('id').where('id', 'like', `${prefix}%`).execute()).map((r) => r.id);
const auditCount = async () => Number((await t.database.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

const HEADER = 'id,country,zone,name,lat,lon,residents,visitors,priority1,priority2';
const areasCsv = (prefix: string, count: number) =>
  `${HEADER}\n${Array.from({ length: count }, (_, i) => `${prefix}-${i},KR,KR-main,"Area ${i}, Seoul",37.${i % 10},127.0,${100 + i},0,1,2`).join('\n')}\n`;

describe('preview and commit', () => {
  it('a preview reports what would happen and writes nothing; the commit writes it all, audited; a second import updates', async () => {
    const p = uid();
    const csv = areasCsv(p, 5);
    const before = await auditCount();
    const pre = await preview({ csv });
    expect(pre.statusCode, pre.body).toBe(200);
    expect(pre.json()).toEqual({ kind: 'areas', rows: 5, created: 5, updated: 0, errors: [], committed: false });
    expect(await areaIds(p)).toEqual([]);
    expect(await auditCount()).toBe(before);

    const done = await commit({ csv, fileName: 'areas.csv' });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json()).toEqual({ kind: 'areas', rows: 5, created: 5, updated: 0, errors: [], committed: true });
    expect((await areaIds(p)).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `${p}-${i}`));
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('username', '=', 'importer').orderBy('id').execute();
    expect(audit.filter((a) => a.action === 'create' && a.entity_type === 'area')).toHaveLength(5);
    expect(audit.find((a) => a.action === 'import')).toMatchObject({ entity_type: 'import', entity_id: 'areas', after: { kind: 'areas', rows: 5, created: 5, updated: 0, fileName: 'areas.csv' } });

    const again = await commit({ kind: 'areas', csv: csv.replace('"Area 0, Seoul"', '"Renamed"') });
    expect(again.json()).toMatchObject({ created: 0, updated: 5, committed: true });
    expect((await t.database.db.selectFrom('assembly_areas').select('name').where('id', '=', `${p}-0`).executeTakeFirstOrThrow()).name).toBe('Renamed');
  });

  it('bad rows: every problem with its row, line and column; the commit is a 422 listing them and writes nothing', async () => {
    const p = uid();
    const csv = `${HEADER}\n`
      + `${p}-ok,KR,KR-main,"Fine, with a\nline break",37,127,10,0,1,2\n`
      + `${p}-lat,KR,KR-main,Bad lat,200,127,10,0,0,0\n`
      + `${p}-res,KR,KR-main,Bad residents,37,127,ten,0,0,0\n`
      + `${p}-c,XX,KR-main,Unknown country,37,127,10,0,0,0\n`;
    const pre = await preview({ csv });
    expect(pre.statusCode).toBe(200);
    const body = pre.json() as { errors: { row: number; line: number; column: string; message: string }[]; committed: boolean };
    expect(body.committed).toBe(false);
    expect(body.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 3, line: 4, column: 'lat', message: expect.stringMatching(/90/) as unknown as string }),
      expect.objectContaining({ row: 4, line: 5, column: 'residents', message: '"ten" is not a number' }),
    ]));
    const done = await commit({ csv });
    expect(done.statusCode).toBe(422);
    expect(done.json()).toMatchObject({ code: 'unprocessable', message: expect.stringMatching(/Nothing imported: 2 problems/) as unknown as string, details: { committed: false } });
    expect(await areaIds(p)).toEqual([]);

    // With the format fixed, the reference check names the unknown country by row and line, still all or nothing.
    const refs = await commit({ csv: `${HEADER}\n${p}-ok,KR,KR-main,Fine,37,127,10,0,1,2\n${p}-c,XX,XX-main,Unknown country,37,127,10,0,0,0\n` });
    expect(refs.statusCode).toBe(422);
    expect((refs.json() as { details: { errors: unknown[] } }).details.errors).toEqual([{ row: 3, line: 3, column: 'country', message: 'unknown country XX', code: 'country_unknown', field: 'country', params: { country: 'XX' } }]);
    expect(await areaIds(p)).toEqual([]);
  });

  it('wrong columns, broken quotes and an unknown kind', async () => {
    const wrong = (await preview({ kind: 'areas', csv: 'country,zone,name,lat,lon,population\nKR,KR-main,X,1,1,3\n' })).json() as { errors: { row: number; column: string; message: string }[] };
    expect(wrong.errors).toEqual([
      expect.objectContaining({ row: 1, column: 'population', message: expect.stringMatching(/unknown column/) as unknown as string }),
      expect.objectContaining({ row: 1, column: 'residents', message: 'required column is missing from the header' }),
    ]);
    const quotes = (await preview({ kind: 'areas', csv: `${HEADER}\nx,KR,KR-main,"open,37,127,1,0,0,0\n` })).json() as { errors: { line: number; message: string }[] };
    expect(quotes.errors[0]!.message).toMatch(/unterminated quoted field/);
    const airportsAsAreas = (await preview({ kind: 'areas', csv: 'name,country,zone,lat,lon,departuresPerHour\nX,KR,KR-main,1,1,2\n' })).json() as { errors: { column: string }[] };
    expect(airportsAsAreas.errors.map((e) => e.column)).toEqual(['departuresPerHour', 'residents']);
    const unknown = await preview({ csv: 'foo,bar\n1,2\n' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ details: [{ field: 'kind' }] });
    const empty = (await preview({ kind: 'airports', csv: '' })).json() as { errors: { message: string }[] };
    expect(empty.errors[0]!.message).toMatch(/empty/);
  });

  it('offers that name an unknown partner or airport are refused by row and column', async () => {
    const head = 'partnerId,category,aircraftType,seatsPerSortie,sorties,aircraftCount,availableFrom,availableTo,originAirportIds,destinationAirportId,turnaroundHours';
    const res = await commit({ csv: `${head}\nnobody,civil,Boeing 787-9,250,3,1,2027-04-01T00:00:00Z,2027-04-03T00:00:00Z,RKSI;NOPE,RJFF,6\n` });
    expect(res.statusCode).toBe(422);
    const cols = (res.json() as { details: { errors: { row: number; column: string }[] } }).details.errors.map((e) => `${e.row}:${e.column}`);
    expect(cols).toEqual(expect.arrayContaining(['2:partnerId', '2:originAirportIds']));
  });
});

describe('limits and hostile input', () => {
  it('a file over the size limit and one over the row limit are 413s naming the limit; nothing is written', async () => {
    const big = `${HEADER}\n${'x'.repeat(5 * 1024 * 1024 + 10)}\n`;
    const tooBig = await preview({ kind: 'areas', csv: big });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/at most 5\.0 MB/) as unknown as string, details: [{ field: 'csv' }] });
    const p = uid();
    const many = areasCsv(p, 20_001);
    const tooMany = await commit({ csv: many });
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json()).toMatchObject({ message: expect.stringMatching(/at most 20000/) as unknown as string });
    expect(await areaIds(p)).toEqual([]);
    // A body past the route's own limit is refused before it is parsed, and the message says the limit.
    const huge = await t.as(planner, { method: 'POST', url: '/api/imports', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ csv: 'y'.repeat(11 * 1024 * 1024) }) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ message: expect.stringMatching(/larger than 10,551,296 bytes \(the limit\)/) as unknown as string });
  });

  it('wrong types and extra fields are 400s naming the field', async () => {
    for (const [body, field] of [
      [{ csv: 42 }, 'body.csv'],
      [{}, 'body.csv'],
      [{ csv: 'a', kind: 'people' }, 'body.kind'],
      [{ csv: 'a', sql: 'drop table users' }, 'body.sql'],
      [{ csv: 'a', fileName: 'f'.repeat(300) }, 'body.fileName'],
    ] as const) {
      const res = await commit(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.json())).toContain(field);
    }
  });

  it('readers, liaisons and anonymous callers may not import', async () => {
    const reader = await t.signIn('reader');
    const liaison = await t.signIn('liaison', { partnerId: 'gb-raf' });
    const csv = areasCsv(uid(), 1);
    expect((await send('/api/imports', { csv }, reader)).statusCode).toBe(403);
    expect((await send('/api/imports/preview', { csv }, liaison)).statusCode).toBe(403);
    expect((await send('/api/imports', { csv }, null)).statusCode).toBe(401);
  });
});

describe('concurrent imports', () => {
  it('two imports of the same new rows at once: both succeed, one creates and one updates, no duplicates', async () => {
    const p = uid();
    const csv = areasCsv(p, 30);
    const [a, b] = await Promise.all([commit({ csv }), commit({ csv: csv.replace(/,KR-main,"Area/g, ',KR-main,"Twin') })]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    const reports = [a.json(), b.json()] as { created: number; updated: number }[];
    expect(reports.map((r) => `${r.created}/${r.updated}`).sort()).toEqual(['0/30', '30/0']);
    expect(await areaIds(p)).toHaveLength(30);
  });

  it('a bad import beside a good one: the good one lands whole, the bad one writes nothing', async () => {
    const good = uid();
    const bad = uid();
    const badCsv = `${areasCsv(bad, 10)}${bad}-z,XX,XX-main,Nowhere,37,127,1,0,0,0\n`;
    const [g, b] = await Promise.all([commit({ csv: areasCsv(good, 10) }), commit({ csv: badCsv })]);
    expect(g.statusCode).toBe(201);
    expect(b.statusCode).toBe(422);
    expect(await areaIds(good)).toHaveLength(10);
    expect(await areaIds(bad)).toEqual([]);
  });
});
