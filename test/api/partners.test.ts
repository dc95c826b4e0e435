import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { Partner } from '../../shared/schemas/domain.ts';

// Partners carry their nation and the operator categories they may offer; edits take the row lock and
// honour If-Match, so concurrent edits never lose one another and a stale one is refused.

let t: TestApp;
let planner: Session;
beforeAll(async () => {
  t = await testApp({ demo: true });
  planner = await t.signIn('planner');
});
afterAll(async () => { await t?.close(); });

let n = 0;
const create = async (body: Partial<Partner> = {}) => {
  const res = await t.as(planner, { method: 'POST', url: '/api/partners', payload: { name: `Partner ${++n}`, nation: 'NZ', categories: ['civil'], ...body } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Partner;
};
const patch = (id: string, payload: object, ifMatch?: string) =>
  t.as(planner, { method: 'PATCH', url: `/api/partners/${id}`, payload, headers: ifMatch === undefined ? {} : { 'if-match': ifMatch } });
const stored = async (id: string) => (await t.as(planner, { method: 'GET', url: `/api/partners/${id}` })).json() as Partner;
async function audits(id: string) {
  const r = await sql<{ n: number }>`select count(*)::int as n from audit_events where entity_type = 'partner' and entity_id = ${id}`.execute(t.database.db);
  return r.rows[0]!.n;
}
const fieldOf = (res: { json(): unknown }) => (res.json() as { details?: { field: string }[] }).details?.[0]?.field;

describe('partners and their categories', () => {
  it('seeds the demo partners with the category of what they are', async () => {
    const all = (await t.as(planner, { method: 'GET', url: '/api/partners' })).json() as Partner[];
    const cats = Object.fromEntries(all.map((p) => [p.id, p.categories]));
    expect(cats).toMatchObject({ 'jp-jasdf': ['sdf'], 'us-usaf': ['foreign_military'], 'gb-raf': ['foreign_military'], 'jp-jal': ['civil'], 'jp-ana': ['civil'] });
    expect(all.every((p) => p.version === 1)).toBe(true);
  });

  it('refuses a partner without categories, with an unknown or repeated one, or SDF outside Japan', async () => {
    const before = (await t.as(planner, { method: 'GET', url: '/api/partners' })).json() as unknown[];
    const bad = [
      { name: 'No cats', nation: 'NZ' },
      { name: 'Empty', nation: 'NZ', categories: [] },
      { name: 'Navy', nation: 'NZ', categories: ['navy'] },
      { name: 'Twice', nation: 'NZ', categories: ['civil', 'civil'] },
      { name: 'US SDF', nation: 'US', categories: ['sdf'] },
    ];
    for (const payload of bad) {
      const res = await t.as(planner, { method: 'POST', url: '/api/partners', payload });
      expect(res.statusCode, payload.name).toBe(400);
      expect(fieldOf(res) ?? (res.json() as { message: string }).message, payload.name).toMatch(/categories/);
    }
    expect((await t.as(planner, { method: 'GET', url: '/api/partners' })).json()).toEqual(before);
  });

  it('refuses narrowing a partner behind its live offers (409 naming them), or moving an SDF partner out of Japan', async () => {
    const before = await stored('us-usaf');
    const res = await patch('us-usaf', { categories: ['civil'] }, '1');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ message: expect.stringMatching(/offer-us-c130j-1/), details: { field: 'body.categories' } });
    const moved = await patch('jp-jasdf', { nation: 'US' }, '1');
    expect([moved.statusCode, fieldOf(moved)]).toEqual([400, 'body.nation']);
    expect(await stored('us-usaf')).toEqual(before);
    expect(await audits('us-usaf')).toBe(0);
  });

  it('widens a partner (keeping its offers valid), bumping its version and ETag', async () => {
    const res = await patch('jp-jal', { categories: ['civil', 'foreign_military'] }, '"1"');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json()).toMatchObject({ id: 'jp-jal', categories: ['civil', 'foreign_military'], version: 2 });
  });
});

describe('If-Match and the row lock', () => {
  it('refuses a stale edit with 409 and changes nothing', async () => {
    const p = await create();
    expect((await patch(p.id, { name: `${p.name} v2` }, String(p.version))).statusCode).toBe(200);
    const stale = await patch(p.id, { nation: 'AU' }, String(p.version));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ details: { currentVersion: 2 } });
    expect(await stored(p.id)).toMatchObject({ nation: 'NZ', version: 2 });
    expect(await audits(p.id)).toBe(2);
    expect((await patch(p.id, { nation: 'AU' }, 'soon')).statusCode).toBe(400);
  });

  it('of two concurrent edits of one version, exactly one wins and the other gets 409 (20 rounds)', async () => {
    for (let round = 0; round < 20; round++) {
      const p = await create();
      const [a, b] = await Promise.all([
        patch(p.id, { name: `${p.name} by A`, nation: 'AU' }, '1'),
        patch(p.id, { name: `${p.name} by B`, nation: 'CA' }, '1'),
      ]);
      expect([a.statusCode, b.statusCode].sort(), `round ${round}`).toEqual([200, 409]);
      const winner = (a.statusCode === 200 ? a : b).json() as Partner;
      const now = await stored(p.id);
      expect(now).toEqual(winner);
      expect(now.version).toBe(2);
      // The winner's fields together: never A's name with B's nation.
      expect(now.name.endsWith(now.nation === 'AU' ? 'by A' : 'by B')).toBe(true);
      expect(await audits(p.id)).toBe(2);
    }
  });

  it('refuses a PATCH without If-Match (428), changing nothing', async () => {
    const p = await create();
    const res = await patch(p.id, { name: 'Blind edit' });
    expect(res.statusCode).toBe(428);
    expect(res.json()).toMatchObject({ details: [{ field: 'headers.if-match' }] });
    expect(await stored(p.id)).toEqual(p);
  });

  it('three editors of different fields, retrying on 409 with the version they reload: none is lost (10 rounds)', async () => {
    const editor = async (id: string, change: object) => {
      for (let attempt = 0; attempt < 10; attempt++) {
        const res = await patch(id, change, String((await stored(id)).version));
        if (res.statusCode === 200) return attempt;
        expect(res.statusCode).toBe(409);
      }
      throw new Error('never saved');
    };
    for (let round = 0; round < 10; round++) {
      const p = await create();
      await Promise.all([
        editor(p.id, { name: `${p.name} renamed` }),
        editor(p.id, { categories: ['civil', 'foreign_military'] }),
        editor(p.id, { nation: 'AU' }),
      ]);
      expect(await stored(p.id)).toEqual({ ...p, name: `${p.name} renamed`, categories: ['civil', 'foreign_military'], nation: 'AU', version: 4 });
      expect(await audits(p.id)).toBe(4);
    }
  });
});
