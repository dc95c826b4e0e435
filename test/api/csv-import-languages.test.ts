import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { IMPORT_LIMITS } from '../../shared/schemas/imports.ts';

type Problem = { code: string; field: string | null; params: Record<string, string | number>; row: number };

/** CSV imports read English or Japanese headers in any order; every hostile file is a 4xx with coded problems and changes nothing. */
describe('CSV imports in both languages', () => {
  let t: TestApp;
  let planner: Session;

  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
  });
  afterAll(async () => { await t?.close(); });

  const get = async (url: string) => {
    const res = await t.as(planner, { method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res.body;
  };
  const commit = (payload: Record<string, unknown>) => t.as(planner, { method: 'POST', url: '/api/imports', payload: payload as InjectOptions['payload'] });
  const areas = async () => Number((await t.database.db.selectFrom('assembly_areas').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('imports an export in ja back: areas and airports come back byte for byte, offers update', async () => {
    for (const url of ['/api/assembly-areas/export.csv?lang=ja', '/api/airports/export.csv?lang=ja', '/api/lift-offers/export.csv?lang=ja']) {
      const first = await get(url);
      expect(first.split('\r\n')[0], url).toMatch(/^ID,/);
      const res = await commit({ csv: first, fileName: 'ja.csv' });
      expect(res.statusCode, `${url}: ${res.body.slice(0, 400)}`).toBe(201);
      expect((res.json() as { created: number }).created, url).toBe(0);
      // Offers carry their version, which the import bumps; the others read back exactly.
      if (!url.includes('lift-offers')) expect(await get(url), url).toBe(first);
    }
  });

  const JA = '国,地域,名称,緯度,経度,在留者数';
  it('reads Japanese headers in any order, after a BOM, with CRLF line ends, and tells the kind from them', async () => {
    const before = await areas();
    const csv = `\ufeff在留者数,ID,経度,緯度,名称,地域,国\r\n12,ja-hdr-1,127,37.5,"ソウル, 第1",KR-main,KR\r\n3,ja-hdr-2,127.1,37.4,釜山,KR-main,KR\r\n`;
    const res = await commit({ csv });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'areas', created: 2 });
    expect(await areas()).toBe(before + 2);
    const made = (await t.as(planner, { method: 'GET', url: '/api/assembly-areas/ja-hdr-1' })).json() as { name: string; residents: number; lat: number };
    expect(made).toMatchObject({ name: 'ソウル, 第1', residents: 12, lat: 37.5 });
  });

  const refused = async (payload: Record<string, unknown>, status = 422): Promise<Problem[]> => {
    const before = await areas();
    const res = await commit(payload);
    expect(res.statusCode, res.body.slice(0, 400)).toBe(status);
    expect(await areas()).toBe(before);
    const details = (res.json() as { details: { errors?: Problem[] } | Problem[] }).details;
    const problems = Array.isArray(details) ? details : details.errors!;
    for (const p of problems) expect(Object.keys(p)).toEqual(expect.arrayContaining(['code', 'field', 'params', 'row']));
    return problems;
  };
  const row = (n: number) => `KR,KR-main,Area ${n},37,127,${n}`;

  it('refuses the same column in both languages, twice in one, an unknown and a missing column, by code and field', async () => {
    expect(await refused({ kind: 'areas', csv: `country,zone,name,名称,lat,lon,residents\nKR,KR-main,A,A,37,127,1\n` }))
      .toEqual([expect.objectContaining({ code: 'header_mixed', field: 'name', row: 1, params: expect.objectContaining({ header: '名称', first: 'name' }) })]);
    expect(await refused({ kind: 'areas', csv: `${JA},緯度\n${row(1)},37\n` }))
      .toEqual([expect.objectContaining({ code: 'header_duplicate', field: 'lat', row: 1 })]);
    expect(await refused({ kind: 'areas', csv: `${JA},population\n${row(1)},3\n` }))
      .toEqual([expect.objectContaining({ code: 'header_unknown', field: null, row: 1, params: expect.objectContaining({ header: 'population', position: 7 }) })]);
    expect(await refused({ kind: 'areas', csv: '国,地域,名称,緯度,経度\nKR,KR-main,A,37,127\n' }))
      .toEqual([expect.objectContaining({ code: 'header_missing', field: 'residents', row: 1 })]);
    expect(await refused({ kind: 'areas', csv: `${JA},\n${row(1)},\n` }))
      .toEqual([expect.objectContaining({ code: 'header_blank', field: null, row: 1 })]);
  });

  it('refuses rows with too many or too few cells and bad values, naming each row; one bad row and nothing lands', async () => {
    const problems = await refused({ kind: 'areas', csv: `${JA}\r\n${row(1)}\r\n${row(2)},9\r\nKR,KR-main\r\n${row(4).replace(',37,', ',95,')}\r\n` });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'row_cells', field: null, row: 3, params: { cells: 7, expected: 6 } }),
      expect.objectContaining({ code: 'row_cells', field: null, row: 4, params: { cells: 2, expected: 6 } }),
      expect.objectContaining({ code: 'value_invalid', field: 'lat', row: 5, params: expect.objectContaining({ keyword: 'maximum', limit: 90, value: 95 }) }),
    ]);
  });

  it('refuses an empty file (with or without a BOM or a kind), a broken quote, and a file over the size limit', async () => {
    for (const payload of [{ csv: '' }, { csv: '\ufeff' }, { csv: ' \r\n' }, { kind: 'airports', csv: '' }]) {
      expect(await refused(payload), JSON.stringify(payload)).toEqual([expect.objectContaining({ code: 'file_empty', field: null, row: 1 })]);
    }
    expect(await refused({ kind: 'areas', csv: `${JA}\n"KR,KR-main,A,37,127,1\n` }))
      .toEqual([expect.objectContaining({ code: 'csv_syntax', row: 2, params: { reason: 'CSV_QUOTE_NOT_CLOSED' } })]);
    const huge = `${JA}\n${`${row(1)}\n`.repeat(Math.ceil((IMPORT_LIMITS.maxBytes + 10) / 20))}`;
    expect(await refused({ kind: 'areas', csv: huge }, 413))
      .toEqual([expect.objectContaining({ code: 'file_too_large', field: 'csv', row: null, params: { bytes: Buffer.byteLength(huge), max: IMPORT_LIMITS.maxBytes } })]);
  });
});
