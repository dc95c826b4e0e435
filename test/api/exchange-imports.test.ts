import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { listCountries, upsertCountry } from '../../server/repositories/countries.repository.ts';

/**
 * GeoJSON and CSV imports over HTTP, against the exports: a file exported from the demo database and
 * imported into an empty one exports again byte for byte; hostile files are refused with the feature or
 * row, the field and the reason, and nothing is written.
 */
let demo: TestApp;
let empty: TestApp;
let demoPlanner: Session;
let planner: Session;

beforeAll(async () => {
  [demo, empty] = await Promise.all([testApp({ demo: true }), testApp({ demo: false })]);
  // An empty registry still knows the countries (they come with the reference data, not with an import).
  for (const c of await listCountries(demo.database.db)) await upsertCountry(empty.database.db, { code: c.code, name: c.name });
  [demoPlanner, planner] = await Promise.all([demo.signIn('planner'), empty.signIn('planner')]);
}, 600_000);
afterAll(async () => { await Promise.all([demo?.close(), empty?.close()]); });

const get = async (t: TestApp, who: Session, url: string) => {
  const res = await t.as(who, { method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.body;
};
const post = (url: string, payload: unknown) => empty.as(planner, { method: 'POST', url, payload: payload as InjectOptions['payload'] });
const count = async (table: 'assembly_areas' | 'airports' | 'lift_offers') =>
  Number((await empty.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('round trip: export, import into an empty database, export again', () => {
  it('GeoJSON airports and areas come back identical', async () => {
    for (const url of ['/api/airports/export.geojson', '/api/assembly-areas/export.geojson']) {
      const first = await get(demo, demoPlanner, url);
      const pre = await post('/api/imports/preview', { geojson: first });
      expect(pre.statusCode, pre.body).toBe(200);
      expect(pre.json()).toMatchObject({ errors: [], committed: false });
      const res = await post('/api/imports', { geojson: first, fileName: url.split('/')[2] });
      expect(res.statusCode, res.body).toBe(201);
      expect(await get(empty, planner, url)).toBe(first);
    }
  });

  it('CSV areas, airports and offers come back identical', async () => {
    // Offers name partners, which no import creates: the empty database gets the demo's partners first.
    for (const p of JSON.parse(await get(demo, demoPlanner, '/api/partners')) as Record<string, unknown>[]) {
      const { version: _v, ...body } = p;
      const made = await post('/api/partners', body);
      expect(made.statusCode, made.body).toBe(201);
    }
    for (const url of ['/api/airports/export.csv', '/api/assembly-areas/export.csv', '/api/lift-offers/export.csv']) {
      const first = await get(demo, demoPlanner, url);
      // The offers' `flags` column is the server's (derived from the catalogue): the import reads past it.
      const res = await post('/api/imports', { csv: first });
      expect(res.statusCode, res.body).toBe(201);
      expect(await get(empty, planner, url), url).toBe(first);
    }
  });
});

describe('hostile files', () => {
  const fc = (features: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ type: 'FeatureCollection', ...extra, features });
  const area = (id: string, geometry: unknown, props: Record<string, unknown> = {}) =>
    ({ type: 'Feature', geometry, properties: { id, country: 'KR', zone: 'KR-main', name: `Area ${id}`, residents: 10, ...props } });
  const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
  const refused = async (payload: Record<string, unknown>) => {
    const before = await count('assembly_areas');
    const res = await post('/api/imports', payload);
    expect(res.statusCode, res.body).toBe(422);
    expect(await count('assembly_areas')).toBe(before);
    return (res.json() as { details: { errors: { row: number; feature?: number; column: string | null; message: string; line?: number }[] } }).details.errors;
  };

  it('names the feature and the property of each problem, and writes none of the good ones', async () => {
    const errors = await refused({ geojson: fc([area('h-ok', point(127, 37.5)), area('h-bad', point(127, 37.5), { residents: -3 }), area('h-poly', { type: 'Polygon', coordinates: [[[127, 37], [128, 38], [128, 37], [127, 38], [127, 37]]] })]), kind: 'areas' });
    expect(errors).toEqual([
      expect.objectContaining({ feature: 1, row: 3, column: 'residents' }),
      expect.objectContaining({ feature: 2, row: 4, column: 'geometry', message: expect.stringMatching(/a Polygon: areas are points/) }),
    ]);
  });

  it('refuses another coordinate reference: a crs member, or projected metres', async () => {
    const crs = await refused({ geojson: fc([area('h-m', point(14_135_000, 4_512_000))], { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } }) });
    expect(crs[0]!.message).toMatch(/EPSG::3857: RFC 7946 GeoJSON is WGS 84/);
    const metres = await refused({ geojson: fc([area('h-m', point(14_135_000, 4_512_000))]) });
    expect(metres).toEqual([expect.objectContaining({ feature: 0, column: 'geometry', message: expect.stringMatching(/not longitude, latitude in degrees/) })]);
  });

  it('reads a byte-order mark, and says on which line broken JSON or GeoJSON breaks', async () => {
    const ok = await post('/api/imports/preview', { geojson: `\ufeff${fc([area('h-bom', point(127, 37.5))])}` });
    expect(ok.json()).toMatchObject({ errors: [], created: 1 });
    const csv = await post('/api/imports/preview', { csv: '\ufeffid,country,zone,name,lat,lon,residents\r\nh-bom2,KR,KR-main,A,37,127,1\r\n' });
    expect(csv.json()).toMatchObject({ errors: [], created: 1, kind: 'areas' });
    const broken = await refused({ geojson: '{\n  "type": "FeatureCollection",\n  "features": [\n    {"type": "Feature", "geometry": null, "properties": {}\n  ]\n}' });
    expect(broken[0]).toMatchObject({ row: 1, column: null, line: expect.any(Number) });
    const ring = await refused({ geojson: fc([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1]]] } }]), kind: 'areas' });
    expect(ring[0]!.message).toMatch(/not valid GeoJSON: .*four or more positions/);
  });

  it('refuses a file too deep, too large or with too many features (413 naming the field) before reading it', async () => {
    const deep = await refused({ geojson: `{"type":"FeatureCollection","features":[${'['.repeat(5000)}${']'.repeat(5000)}]}` });
    expect(deep[0]!.message).toMatch(/nested more than 16 levels/);
    const huge = await post('/api/imports', { geojson: fc([area('h-huge', point(127, 37), { name: 'x'.repeat(100) })]).padEnd(5 * 1024 * 1024 + 10, ' ') });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ details: [{ field: 'geojson' }] });
    const many = await post('/api/imports/preview', { geojson: fc(Array.from({ length: 20_001 }, (_, i) => ({ type: 'Feature', geometry: null, properties: { i } }))) });
    expect(many.statusCode, many.body.slice(0, 300)).toBe(413);
    const neither = await post('/api/imports/preview', { kind: 'areas' });
    expect(neither.statusCode).toBe(400);
    expect(neither.body).toContain('body.csv');
  });

  it('stores a name that a spreadsheet would run as text, and exports it so that none runs it', async () => {
    const name = '=cmd|\' /C calc\'!A0';
    const res = await post('/api/imports', { csv: `id,country,zone,name,lat,lon,residents\r\nh-cmd,KR,KR-main,"${name}",37,127,1\r\n` });
    expect(res.statusCode, res.body).toBe(201);
    const stored = await empty.database.db.selectFrom('assembly_areas').select('name').where('id', '=', 'h-cmd').executeTakeFirstOrThrow();
    expect(stored.name).toBe(name);
    expect(await get(empty, planner, '/api/assembly-areas/export.csv')).toContain(`h-cmd,KR,KR-main,'${name},`);
    const nested = await refused({ geojson: fc([area('h-obj', point(127, 37), { name: { $gt: '' } })]) });
    expect(nested).toEqual([expect.objectContaining({ feature: 0, column: 'name', message: expect.stringMatching(/nested value/) })]);
  });
});
