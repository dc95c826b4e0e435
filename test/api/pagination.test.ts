import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { apiRoutes } from '../support/routes.ts';
import { encodeCursor, type ListSpec } from '../../server/lib/pagination.ts';
import { PLAN_LIST } from '../../server/repositories/plans.repository.ts';
import { AREA_LIST } from '../../server/repositories/areas.repository.ts';
import { insertUser } from '../../server/repositories/users.repository.ts';
import { insertOperation } from '../../server/repositories/operations.repository.ts';
import { recordAudit } from '../../server/repositories/audit.repository.ts';
import { SEAT_REQUEST_LIST } from '../../server/repositories/seat-requests.repository.ts';

/**
 * Every list endpoint pages the same way (server/lib/pagination.ts): pages concatenate to the unpaged
 * list, rows added while a client pages are never repeated and never push an older row out, the total
 * is the whole list's, and hostile `limit`/`cursor` values are 400s naming the field.
 */
let t: TestApp;
let planner: Session;
let seq = 0;
const uniq = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

type Row = Record<string, unknown>;
interface List {
  url: string;
  /** The row's unique key, as the server's order ends in it. */
  key: (r: Row) => string;
  /** Adds a row that sorts before (`first`) or after (`last`) most others, like a second user would. */
  insert?: (where: 'first' | 'last') => Promise<void>;
}

const post = async (url: string, payload: Record<string, unknown>) => {
  const res = await t.as(planner, { method: 'POST', url, payload });
  expect(res.statusCode, `${url} ${res.body}`).toBeLessThan(300);
  return res.json() as Row;
};

const planIds: string[] = [];
/** A seat request of `partnerId` (au-raaf sorts first among the demo's partners, us-usaf last). */
const seatRequest = (partnerId: string) => post('/api/seat-requests', {
  partnerId, places: [{ kind: 'airport', id: 'RCKH', seats: 10 }], windowFrom: '2027-04-02T00:00:00Z', windowTo: '2027-04-05T00:00:00Z', note: `Paging ${uniq()}`,
});
const partnerInsert = async (w: 'first' | 'last') => {
  await post('/api/partners', { id: `pg-p-${uniq()}`, name: `${w === 'first' ? 'AAA' : 'zzz'} paging ${uniq()}`, nation: 'AU', categories: ['civil'] });
};
const lists = (): List[] => [
  { url: '/api/assembly-areas', key: (r) => String(r.id), insert: async (w) => {
    await post('/api/assembly-areas', { id: `pg-area-${uniq()}`, country: w === 'first' ? 'KR' : 'TW', zone: w === 'first' ? 'KR-main' : 'TW-main', name: `Paging ${uniq()}`, lat: 37.5, lon: 127, residents: w === 'first' ? 999_999 : 1 });
  } },
  { url: '/api/airports', key: (r) => String(r.id), insert: async (w) => {
    await post('/api/airports', { id: `${w === 'first' ? 'AAA' : 'ZZZ'}${uniq()}`, name: `Paging ${uniq()}`, country: w === 'first' ? 'JP' : 'TW', zone: w === 'first' ? 'JP-main' : 'TW-main', lat: 35, lon: 139, departuresPerHour: 2 });
  } },
  { url: '/api/partners', key: (r) => String(r.id), insert: partnerInsert },
  { url: '/api/ledger', key: (r) => String(r.partnerId), insert: partnerInsert },
  { url: '/api/seat-requests', key: (r) => String(r.id), insert: async (w) => { await seatRequest(w === 'first' ? 'au-raaf' : 'us-usaf'); } },
  { url: '/api/seat-requests?status=submitted', key: (r) => String(r.id) },
  { url: '/api/lift-offers', key: (r) => String(r.id) },
  { url: '/api/lift-offers?status=accepted', key: (r) => String(r.id) },
  { url: '/api/scenarios', key: (r) => String(r.id), insert: async () => {
    await post('/api/scenarios', { id: `pg-scn-${uniq()}`, name: `Paging ${uniq()}`, countries: ['KR'], startsAt: '2027-04-01T00:00:00Z', horizonHours: 24 });
  } },
  { url: '/api/users', key: (r) => String(r.username), insert: async (w) => {
    await insertUser(t.database.db, { username: `pg-${w === 'first' ? 'a' : 'z'}${uniq()}`, passwordHash: 'x', role: w === 'first' ? 'liaison' : 'reader', partnerId: w === 'first' ? 'gb-raf' : null });
  } },
  { url: '/api/audit', key: (r) => String(r.id), insert: async () => {
    await recordAudit(t.database.db, { username: 't-planner', action: 'update', entityType: 'paging', entityId: uniq() });
  } },
  { url: '/api/aircraft', key: (r) => String(r.type) },
  { url: '/api/plans', key: (r) => String(r.id), insert: async () => { planIds.push(String((await post('/api/scenarios/korea/plans', { name: `Paging ${uniq()}`, sorties: [] })).id)); } },
  { url: '/api/operations', key: (r) => String(r.id), insert: async () => {
    await insertOperation(t.database.db, { id: `pg-op-${uniq()}`, scenarioId: 'korea', planId: planIds[0]!, name: `Paging ${uniq()}`, clockOffsetMs: 0, createdBy: 't-planner' });
  } },
];

const get = (url: string) => t.as(planner, { method: 'GET', url });
const withParam = (url: string, p: string) => `${url}${url.includes('?') ? '&' : '?'}${p}`;

/** Follows X-Next-Cursor from the first page of `limit` rows; `between` runs after each page. */
async function allPages(url: string, limit: number, between?: () => Promise<void>) {
  const pages: LightMyRequestResponse[] = [];
  let next: string | undefined = withParam(url, `limit=${limit}`);
  while (next) {
    const res = await get(next);
    expect(res.statusCode, `${next} ${res.body}`).toBe(200);
    pages.push(res);
    const cursor = res.headers['x-next-cursor'] as string | undefined;
    const link = res.headers.link as string | undefined;
    if (cursor) {
      expect(link).toMatch(/^<\/api\/[^>]+>; rel="next"$/);
      next = /^<([^>]+)>/.exec(link!)![1]!;
      expect(new URL(next, 'http://x').searchParams.get('cursor')).toBe(cursor);
      expect(new URL(next, 'http://x').searchParams.get('limit')).toBe(String(limit));
    } else {
      expect(link).toBeUndefined();
      next = undefined;
    }
    if (next && between) await between();
    expect(pages.length).toBeLessThan(500);
  }
  return pages;
}

beforeAll(async () => {
  t = await testApp({ demo: true });
  planner = await t.signIn('planner');
  // Enough plans and operations to page through (the demo has none).
  for (let i = 0; i < 5; i++) planIds.push(String((await post('/api/scenarios/korea/plans', { name: `Paging seed ${i}`, sorties: [] })).id));
  for (let i = 0; i < 5; i++) await insertOperation(t.database.db, { id: `pg-op-seed-${i}`, scenarioId: 'korea', planId: planIds[i]!, name: `Seed ${i}`, clockOffsetMs: 0, createdBy: 't-planner' });
  for (let i = 0; i < 5; i++) await insertUser(t.database.db, { username: `pg-seed-${i}`, passwordHash: 'x', role: 'reader', partnerId: null });
  for (const p of ['gb-raf', 'us-usaf', 'gb-raf', 'au-raaf', 'sg-rsaf', 'gb-raf']) await seatRequest(p);
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('paged lists', () => {
  it('pages concatenate to the unpaged list, in its order, with the total on every page', async () => {
    for (const list of lists()) {
      const whole = await get(list.url);
      expect(whole.statusCode, `${list.url} ${whole.body}`).toBe(200);
      const all = whole.json() as Row[];
      expect(all.length, list.url).toBeGreaterThanOrEqual(4);
      expect(whole.headers['x-total-count'], list.url).toBe(String(all.length));
      expect(whole.headers['x-next-cursor'], list.url).toBeUndefined();
      const limit = Math.max(1, Math.ceil(all.length / 3) - 1);
      const pages = await allPages(list.url, limit);
      expect(pages.length, list.url).toBeGreaterThanOrEqual(3);
      for (const p of pages) expect(p.headers['x-total-count'], list.url).toBe(String(all.length));
      for (const p of pages.slice(0, -1)) expect((p.json() as Row[]).length, list.url).toBe(limit);
      // An operation's `now` is the operation clock at the moment of the answer.
      const still = (rows: Row[]) => rows.map(({ now: _now, ...r }) => r);
      expect(still(pages.flatMap((p) => p.json() as Row[])), list.url).toEqual(still(all));
    }
  });

  it('never repeats or drops a row while others insert rows between the pages', async () => {
    for (const list of lists().filter((l) => l.insert)) {
      const before = (await get(list.url)).json() as Row[];
      let turn = 0;
      const pages = await allPages(list.url, 2, () => list.insert!(turn++ % 2 === 0 ? 'first' : 'last'));
      expect(turn, list.url).toBeGreaterThan(1);
      const seen = pages.flatMap((p) => (p.json() as Row[]).map(list.key));
      expect(new Set(seen).size, `${list.url}: a row came twice`).toBe(seen.length);
      const missing = before.map(list.key).filter((k) => !seen.includes(k));
      expect(missing, `${list.url}: rows that existed before paging started`).toEqual([]);
      const after = (await get(list.url)).headers['x-total-count'];
      expect(Number(after), list.url).toBeGreaterThan(before.length);
    }
  });

  it('keeps the filters on every page (the Link of the next page carries them)', async () => {
    const all = (await get('/api/assembly-areas?country=TW')).json() as { country: string }[];
    const pages = await allPages('/api/assembly-areas?country=TW', 2);
    expect(pages.flatMap((p) => p.json() as Row[])).toEqual(all);
    for (const p of pages) expect(p.headers['x-total-count']).toBe(String(all.length));
  });

  it('pages a liaison\'s own offers only', async () => {
    const liaison = await t.signIn('liaison', { partnerId: 'gb-raf' });
    const res = await t.as(liaison, { method: 'GET', url: '/api/lift-offers?limit=1' });
    expect(res.statusCode).toBe(200);
    const total = Number(res.headers['x-total-count']);
    const own = ((await t.as(planner, { method: 'GET', url: '/api/lift-offers?partnerId=gb-raf' })).json() as Row[]).length;
    expect(total).toBe(own);
    const other = await t.as(liaison, { method: 'GET', url: '/api/lift-offers?partnerId=us-usaf&limit=5' });
    expect(other.json()).toEqual([]);
    expect(other.headers['x-total-count']).toBe('0');
  });

  it('pages a liaison\'s own seat requests and ledger only; another partner\'s requests are an empty page', async () => {
    const liaison = await t.signIn('liaison', { partnerId: 'gb-raf' });
    const own = (await get('/api/seat-requests?partnerId=gb-raf')).json() as Row[];
    expect(own.length).toBeGreaterThanOrEqual(3);
    const first = await t.as(liaison, { method: 'GET', url: '/api/seat-requests?limit=1' });
    expect(first.headers['x-total-count']).toBe(String(own.length));
    const second = await t.as(liaison, { method: 'GET', url: `/api/seat-requests?limit=50&cursor=${first.headers['x-next-cursor'] as string}` });
    expect([...(first.json() as Row[]), ...(second.json() as Row[])]).toEqual(own);
    for (const url of ['/api/seat-requests?partnerId=us-usaf', '/api/seat-requests?partnerId=us-usaf&limit=5', `/api/seat-requests?partnerId=us-usaf&cursor=${first.headers['x-next-cursor'] as string}`]) {
      const other = await t.as(liaison, { method: 'GET', url });
      expect(other.statusCode, url).toBe(200);
      expect(other.json(), url).toEqual([]);
      expect(other.headers['x-total-count'], url).toBe('0');
    }
    // Another partner's id does not skip the cursor check.
    const bad = await t.as(liaison, { method: 'GET', url: '/api/seat-requests?partnerId=us-usaf&cursor=garbage' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details?.[0]?.field).toBe('querystring.cursor');
    const ledger = await t.as(liaison, { method: 'GET', url: '/api/ledger?limit=5' });
    expect((ledger.json() as Row[]).map((r) => r.partnerId)).toEqual(['gb-raf']);
    expect(ledger.headers['x-total-count']).toBe('1');
  });

  it('answers the audit log 100 rows without limit, as before, and still takes before=', async () => {
    for (let i = 0; i < 110; i++) await recordAudit(t.database.db, { username: 't-planner', action: 'update', entityType: 'paging-bulk', entityId: String(i) });
    const res = await get('/api/audit');
    expect(res.json()).toHaveLength(100);
    expect(res.headers['x-next-cursor']).toBeDefined();
    const first = (res.json() as { id: number }[])[0]!;
    const older = (await get(`/api/audit?before=${first.id}&limit=3`)).json() as { id: number }[];
    expect(older.map((e) => e.id)).toEqual(older.map((e) => e.id).sort((a, b) => b - a));
    expect(older.every((e) => e.id < first.id)).toBe(true);
  });
});

describe('hostile paging parameters', () => {
  const badLimits = ['0', '501', '-1', '1e3', 'abc', '', '1.5', '0x10', '007', '+5', '5000000000000000000000', '%00'];

  it('refuses a bad limit on every list with a 400 naming querystring.limit', async () => {
    for (const list of lists()) {
      for (const limit of badLimits) {
        const res = await get(withParam(list.url, `limit=${limit}`));
        expect(res.statusCode, `${list.url} limit=${limit}: ${res.body}`).toBe(400);
        expect(res.json().details?.[0]?.field, `${list.url} limit=${limit}`).toBe('querystring.limit');
      }
      const twice = await get(withParam(list.url, 'limit=2&limit=3'));
      expect(twice.statusCode, `${list.url} limit twice`).toBe(400);
    }
  });

  it('refuses garbage, edited, foreign and impossible cursors with a 400 naming querystring.cursor', async () => {
    const areasCursor = (await get('/api/assembly-areas?limit=1')).headers['x-next-cursor'] as string;
    const plansCursor = (await get('/api/plans?limit=1')).headers['x-next-cursor'] as string;
    const partnersCursor = (await get('/api/partners?limit=1')).headers['x-next-cursor'] as string;
    const ledgerCursor = (await get('/api/ledger?limit=1')).headers['x-next-cursor'] as string;
    expect(areasCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const flip = (c: string, i: number) => c.slice(0, i) + (c[i] === 'A' ? 'B' : 'A') + c.slice(i + 1);
    // A MAC-valid cursor (anyone can read the key in the source) with values that do not fit the list.
    const forged = (list: ListSpec, key: string[]) => encodeCursor(list, key);
    const cases: [string, string][] = [
      ['/api/assembly-areas', 'garbage'],
      ['/api/assembly-areas', '!!!'],
      ['/api/assembly-areas', 'A'.repeat(2000)],
      ['/api/assembly-areas', flip(areasCursor, 3)],
      ['/api/assembly-areas', flip(areasCursor, areasCursor.length - 3)],
      ['/api/assembly-areas', areasCursor.slice(0, -4)],
      ['/api/assembly-areas', `${areasCursor}A`],
      ['/api/assembly-areas', plansCursor],
      ['/api/plans', areasCursor],
      ['/api/operations', plansCursor],
      ['/api/assembly-areas', Buffer.from('{"l":"assembly-areas"}').toString('base64url')],
      ['/api/assembly-areas', forged(AREA_LIST, ['KR', 'many', 'x'])],
      ['/api/assembly-areas', forged(AREA_LIST, ['KR', '1'])],
      ['/api/assembly-areas', forged(AREA_LIST, ['KR\u0000', '1', 'x'])],
      ['/api/plans', forged(PLAN_LIST, ['yesterday', 'x'])],
      ['/api/plans', forged(PLAN_LIST, ['2027-02-31 10:00:00+00', 'x'])],
      ['/api/plans', forged(PLAN_LIST, ['2027-13-01 10:00:00+00', 'x'])],
      ['/api/assembly-areas', forged(AREA_LIST, ['KR', '99999999999', 'x'])],
      // The ledger pages in the partners' order, yet neither takes the other's cursor.
      ['/api/ledger', partnersCursor],
      ['/api/partners', ledgerCursor],
      ['/api/seat-requests', ledgerCursor],
      ['/api/seat-requests', forged(SEAT_REQUEST_LIST, ['gb-raf', '2027-02-31 10:00:00+00', 'x'])],
      ['/api/seat-requests', forged(SEAT_REQUEST_LIST, ['gb-raf', 'x'])],
      ['/api/seat-requests?status=accepted', forged(SEAT_REQUEST_LIST, ['gb-raf', 'now', 'x'])],
    ];
    for (const [url, cursor] of cases) {
      const res = await get(withParam(url, `limit=5&cursor=${encodeURIComponent(cursor)}`));
      expect(res.statusCode, `${url} cursor=${cursor.slice(0, 40)}: ${res.body}`).toBe(400);
      expect(res.json().details?.[0]?.field, `${url} cursor=${cursor.slice(0, 40)}`).toBe('querystring.cursor');
    }
    // A foreign list's cursor on every list.
    for (const list of lists()) {
      const res = await get(withParam(list.url, `cursor=${list.url.startsWith('/api/plans') ? areasCursor : plansCursor}`));
      expect(res.statusCode, list.url).toBe(400);
    }
  });

  it('answers a forged but well-formed cursor as a position, never a 500', async () => {
    const res = await get(`/api/assembly-areas?limit=3&cursor=${encodeCursor(AREA_LIST, ['KR', '0', ''])}`);
    expect(res.statusCode).toBe(200);
    expect((res.json() as { country: string }[]).every((a) => a.country >= 'KR')).toBe(true);
  });

  it('documents the paging headers on every paged list in the OpenAPI', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, { parameters?: { name: string }[]; responses: Record<string, { headers?: Record<string, unknown> }> }>> };
    const paged = apiRoutes(t.app).filter((r) => lists().some((l) => r === `GET ${l.url.split('?')[0]}`));
    expect(paged.length).toBe(12);
    for (const route of paged) {
      const op = spec.paths[route.slice(4)]!.get!;
      expect(op.parameters?.map((p) => p.name), route).toEqual(expect.arrayContaining(['limit', 'cursor']));
      expect(Object.keys(op.responses['200']!.headers ?? {}), route).toEqual(['X-Total-Count', 'X-Next-Cursor', 'Link']);
    }
  });
});
