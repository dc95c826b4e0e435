import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { Plan } from '../../shared/schemas/api.ts';

// Plan reads and summaries answer from bytes remembered under their ETag (server/lib/body-cache.ts), gzipped
// for clients that accept it. What must hold: the bytes are the answer a full read gives, the gzip is the same
// bytes, a tag stays usable for 304 and If-Match whichever encoding carried it, and a change of the plan or of
// today's data is never answered with the old bytes.
describe('answers from remembered bytes', { timeout: 120_000 }, () => {
  let t: TestApp;
  let planner: Session;
  let plan: Plan;
  let port: number;

  /** A raw GET over real HTTP (fetch would decode the gzip and hide what was sent). */
  const get = (path: string, who: Session, headers: Record<string, string> = {}) => new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { cookie: who.cookie, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
  const text = (r: { headers: Record<string, unknown>; body: Buffer }) => (r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString('utf8');
  /** Repeats until the gzip made in the background is served (it is ready within milliseconds). */
  const gzipped = async (path: string, who: Session) => {
    for (let i = 0; i < 50; i++) {
      const r = await get(path, who, { 'accept-encoding': 'gzip, deflate, br' });
      if (r.headers['content-encoding'] === 'gzip') return r;
      await new Promise((res) => setTimeout(res, 20));
    }
    throw new Error(`${path} was never gzipped`);
  };

  beforeAll(async () => {
    t = await testApp({ demo: true });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
    planner = await t.signIn('planner');
    const made = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'Bytes plan', timeLimitSeconds: 10 } });
    expect(made.statusCode, made.body).toBe(201);
    plan = made.json() as Plan;
  });
  afterAll(async () => { await t?.close(); });

  it('serves a plan read as the same JSON plain and gzipped; the gzipped tag is weak and still answers 304 and If-Match', async () => {
    const path = `/api/plans/${plan.id}`;
    const plain = await get(path, planner);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const again = await get(path, planner);
    expect(again.body.equals(plain.body)).toBe(true);
    expect(again.headers.etag).toBe(plain.headers.etag);
    const zipped = await gzipped(path, planner);
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect(zipped.headers.etag).toBe(`W/${String(plain.headers.etag)}`);
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(JSON.parse(text(zipped))).toEqual(JSON.parse(plain.body.toString('utf8')));
    // A full read (the same bytes as the remembered ones, field for field).
    expect(JSON.parse(plain.body.toString('utf8'))).toMatchObject({ id: plan.id, version: plan.version, sorties: plan.sorties });
    for (const tag of [String(plain.headers.etag), String(zipped.headers.etag)]) {
      expect((await get(path, planner, { 'if-none-match': tag })).status).toBe(304);
    }
    const put = await t.as(planner, { method: 'PUT', url: path, headers: { 'if-match': String(zipped.headers.etag) }, payload: { name: 'Bytes plan renamed', sorties: plan.sorties } });
    expect(put.statusCode, put.body).toBe(200);
    // A new version: a new tag and new bytes, never the remembered ones.
    const after = await get(path, planner, { 'accept-encoding': 'gzip' });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(zipped.headers.etag);
    expect((JSON.parse(text(after)) as Plan).name).toBe('Bytes plan renamed');
    plan = JSON.parse(text(after)) as Plan;
  });

  it('never answers old bytes after today\'s data changes, on the plan and on its summary', async () => {
    const path = `/api/plans/${plan.id}`;
    const before = await gzipped(path, planner);
    const summaryBefore = await gzipped(`${path}/summary`, planner);
    expect(JSON.parse(text(summaryBefore)).header.printedBy).toBe('t-planner');
    const used = plan.sorties[0]!.originAirportId;
    const airport = await t.as(planner, { method: 'GET', url: `/api/airports/${used}` });
    const closed = await t.as(planner, { method: 'PATCH', url: `/api/airports/${used}`, headers: { 'if-match': String(airport.headers.etag) }, payload: { status: 'closed' } });
    expect(closed.statusCode, closed.body).toBe(200);
    const after = await get(path, planner, { 'accept-encoding': 'gzip' });
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const judged = JSON.parse(text(after)) as Plan;
    expect(judged.violations.length).toBeGreaterThan(0);
    expect(judged.plannedOn.changed).toBe(true);
    const summaryAfter = await get(`${path}/summary`, planner, { 'accept-encoding': 'gzip' });
    expect(summaryAfter.headers.etag).not.toBe(summaryBefore.headers.etag);
    expect(JSON.parse(text(summaryAfter)).header.violations).toBeGreaterThan(0);
  });

  it('stamps each reader\'s own name on a summary served from memory', async () => {
    const reader = await t.signIn('reader');
    const path = `/api/plans/${plan.id}/summary`;
    const mine = JSON.parse(text(await gzipped(path, planner)));
    const theirs = JSON.parse(text(await get(path, reader, { 'accept-encoding': 'gzip' })));
    expect(mine.header.printedBy).toBe('t-planner');
    expect(theirs.header.printedBy).toBe('t-reader');
    expect(Math.abs(Date.parse(theirs.header.printedAt) - Date.now())).toBeLessThan(30_000);
  });
});
