import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIssues } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { checkKml } from '../support/kml.ts';
import { parseCsvRecords } from '../../server/seed/csv.ts';

type Props = Record<string, unknown> & { kind?: string; passengers?: number; partnerId?: string; sortieId?: string; country?: string; accessRules?: { category: string; effect: string }[] };
type Fc = Omit<FeatureCollection, 'features'> & { features: { id?: string; geometry: { type: string; coordinates: unknown[] }; properties: Props }[] };

/** GeoJSON, KML and CSV exports over HTTP: valid files (check-geojson, the KML structure), for each role as it may see them. */
describe('exports', () => {
  let t: TestApp;
  let planner: Session;
  let reader: Session;
  let liaison: Session;
  let draftId: string;
  let approvedId: string;

  beforeAll(async () => {
    t = await testApp({ demo: true });
    [planner, reader, liaison] = [await t.signIn('planner'), await t.signIn('reader'), await t.signIn('liaison', { partnerId: 'us-usaf' })];
    const plan = async (name: string) => {
      const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name } });
      expect(res.statusCode, res.body).toBe(201);
      return (res.json() as { id: string }).id;
    };
    draftId = await plan('Draft');
    approvedId = await plan('Approved');
    const ok = await t.as(planner, { method: 'POST', url: `/api/plans/${approvedId}/approve` });
    expect(ok.statusCode, ok.body).toBe(200);
  }, 300_000);
  afterAll(async () => { await t?.close(); });

  const geojson = async (who: Session, url: string) => {
    const res = await t.as(who, { method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[\w.-]+\.geojson"$/);
    expect(getIssues(res.body)).toEqual([]);
    return JSON.parse(res.body) as Fc;
  };
  const kinds = (fc: Fc) => [...new Set(fc.features.map((f) => f.properties.kind))].sort();

  it('exports a scenario as valid GeoJSON: areas, airports with their restrictions, hazard zones counterclockwise', async () => {
    const fc = await geojson(reader, '/api/scenarios/korea/export.geojson');
    expect(kinds(fc)).toEqual(['airport', 'assembly_area', 'hazard_zone']);
    const icn = fc.features.find((f) => f.id === 'RKSI')!;
    expect(icn.geometry.coordinates).toEqual([expect.closeTo(126.45, 1), expect.closeTo(37.46, 1)]);
    expect(icn.properties).toMatchObject({ kind: 'airport', iata: 'ICN', sdfDenied: true, access: { sdf: 'denied', civil: 'allowed' } });
    expect(icn.properties.accessRules!.some((r) => r.category === 'sdf' && r.effect === 'deny')).toBe(true);
    for (const z of fc.features.filter((f) => f.properties.kind === 'hazard_zone')) {
      const ring = z.geometry.coordinates[0] as number[][];
      let twice = 0;
      for (let i = 0; i + 1 < ring.length; i++) twice += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
      expect(twice, 'RFC 7946 §3.1.6: the outline runs counterclockwise').toBeGreaterThan(0);
    }
    expect(fc.features.every((f) => f.properties.kind !== 'assembly_area' || f.properties.country === 'KR')).toBe(true);
    const only = await geojson(planner, '/api/scenarios/korea/export.geojson?layers=hazards');
    expect(kinds(only)).toEqual(['hazard_zone']);
  });

  it('exports the same scenario as KML with the schema\'s required elements', async () => {
    const res = await t.as(planner, { method: 'GET', url: '/api/scenarios/korea/export.kml' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.google-earth.kml+xml; charset=utf-8');
    const { problems, placemarks } = checkKml(res.body);
    expect(problems).toEqual([]);
    const fc = await geojson(planner, '/api/scenarios/korea/export.geojson');
    expect(placemarks).toHaveLength(fc.features.length);
    expect(res.body).toContain('<Document><name>Korean Peninsula contingency</name>');
    expect(placemarks.some((p) => p.Polygon)).toBe(true);
  });

  it('refuses a liaison the scenario (as its JSON), an unknown scenario 404, a bad layer 400 naming it', async () => {
    expect((await t.as(liaison, { method: 'GET', url: '/api/scenarios/korea/export.geojson' })).statusCode).toBe(403);
    expect((await t.as(null, { method: 'GET', url: '/api/scenarios/korea/export.kml' })).statusCode).toBe(401);
    expect((await t.as(planner, { method: 'GET', url: '/api/scenarios/nope/export.geojson' })).statusCode).toBe(404);
    const bad = await t.as(planner, { method: 'GET', url: '/api/scenarios/korea/export.geojson?layers=areas,people' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('layers');
  });

  it('exports a plan\'s legs: one flight per sortie, ground legs, hazard zones for the crisis cell', async () => {
    const plan = (await t.as(planner, { method: 'GET', url: `/api/plans/${draftId}` })).json() as { sorties: { id: string; offerId: string; allocations: { passengers: number }[] }[] };
    const fc = await geojson(planner, `/api/plans/${draftId}/export.geojson`);
    const flights = fc.features.filter((f) => f.properties.kind === 'flight');
    expect(flights.map((f) => f.properties.sortieId).sort()).toEqual(plan.sorties.map((s) => s.id).sort());
    expect(flights.every((f) => f.geometry.type === 'LineString' && f.geometry.coordinates.length === 2)).toBe(true);
    const legs = fc.features.filter((f) => f.properties.kind === 'ground_leg');
    const carried = plan.sorties.reduce((n, s) => n + s.allocations.reduce((m, a) => m + a.passengers, 0), 0);
    expect(legs.reduce((n, f) => n + (f.properties.passengers ?? 0), 0)).toBe(carried);
    expect(kinds(fc)).toContain('hazard_zone');
    const kml = await t.as(reader, { method: 'GET', url: `/api/plans/${draftId}/export.kml` });
    expect(checkKml(kml.body).problems).toEqual([]);
  });

  it('gives a liaison an approved plan\'s own sorties only, without hazard zones; a draft is 404', async () => {
    expect((await t.as(liaison, { method: 'GET', url: `/api/plans/${draftId}/export.geojson` })).statusCode).toBe(404);
    const fc = await geojson(liaison, `/api/plans/${approvedId}/export.geojson`);
    const flights = fc.features.filter((f) => f.properties.kind === 'flight');
    expect(flights.length).toBeGreaterThan(0);
    expect(flights.every((f) => f.properties.partnerId === 'us-usaf')).toBe(true);
    expect(kinds(fc)).not.toContain('hazard_zone');
    const all = await geojson(planner, `/api/plans/${approvedId}/export.geojson`);
    expect(all.features.filter((f) => f.properties.kind === 'flight').length).toBeGreaterThan(flights.length);
  });

  it('exports the registry\'s airports to everyone and its areas to staff, as GeoJSON and KML', async () => {
    const airports = await geojson(liaison, '/api/airports/export.geojson');
    expect(airports.features.length).toBeGreaterThan(20);
    expect(airports.features[0]!.properties).not.toHaveProperty('version');
    expect(checkKml((await t.as(liaison, { method: 'GET', url: '/api/airports/export.kml' })).body).problems).toEqual([]);
    expect((await t.as(liaison, { method: 'GET', url: '/api/assembly-areas/export.geojson' })).statusCode).toBe(403);
    const tw = await geojson(reader, '/api/assembly-areas/export.geojson?country=TW');
    expect(tw.features.length).toBeGreaterThan(0);
    expect(tw.features.every((f) => f.properties.country === 'TW')).toBe(true);
  });

  describe('CSV of every list', () => {
    const csv = async (who: Session, url: string) => {
      const res = await t.as(who, { method: 'GET', url });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      const records = parseCsvRecords(res.body).map((r) => r.fields).filter((r) => !(r.length === 1 && r[0] === ''));
      const [header, ...rows] = records;
      return { header: header!, rows, body: res.body };
    };

    it('writes each list with its header, CRLF, and one row per item', async () => {
      for (const [url, n] of [['/api/assembly-areas/export.csv', '/api/assembly-areas'], ['/api/airports/export.csv', '/api/airports'], ['/api/lift-offers/export.csv', '/api/lift-offers'],
        ['/api/partners/export.csv', '/api/partners'], ['/api/scenarios/export.csv', '/api/scenarios'], ['/api/plans/export.csv', '/api/plans'], ['/api/users/export.csv', '/api/users']] as const) {
        const { rows, body } = await csv(planner, url);
        expect(rows.length, url).toBe(((await t.as(planner, { method: 'GET', url: n })).json() as unknown[]).length);
        expect(body.split('\r\n').length, url).toBe(rows.length + 2);
      }
    });

    it('shows a liaison their own partner\'s offers and partner only, and refuses them the staff lists', async () => {
      const offers = await csv(liaison, '/api/lift-offers/export.csv');
      const p = offers.header.indexOf('partnerId');
      expect(offers.rows.length).toBeGreaterThan(0);
      expect(offers.rows.every((r) => r[p] === 'us-usaf')).toBe(true);
      expect((await csv(liaison, '/api/partners/export.csv')).rows.map((r) => r[0])).toEqual(['us-usaf']);
      for (const url of ['/api/assembly-areas/export.csv', '/api/scenarios/export.csv', '/api/plans/export.csv', '/api/users/export.csv']) {
        expect((await t.as(liaison, { method: 'GET', url })).statusCode, url).toBe(403);
      }
      expect((await t.as(reader, { method: 'GET', url: '/api/users/export.csv' })).statusCode).toBe(403);
      expect((await t.as(reader, { method: 'GET', url: '/api/lift-offers/export.csv' })).statusCode).toBe(403);
    });

    it('never lets a spreadsheet run a name as a formula, and quotes what needs quoting', async () => {
      const name = '=HYPERLINK("http://x","click"),1';
      const made = await t.as(planner, { method: 'POST', url: '/api/assembly-areas', payload: { country: 'KR', zone: 'KR-main', name, lat: 37.5, lon: 127, residents: 3 } });
      expect(made.statusCode, made.body).toBe(201);
      const { header, rows, body } = await csv(reader, '/api/assembly-areas/export.csv');
      const row = rows.find((r) => r[header.indexOf('id')] === (made.json() as { id: string }).id)!;
      expect(row[header.indexOf('name')]).toBe(`'${name}`);
      expect(body).not.toMatch(/(^|,)=HYPERLINK/m);
      const users = await csv(planner, '/api/users/export.csv');
      expect(users.header).not.toContain('passwordHash');
    });
  });
});
