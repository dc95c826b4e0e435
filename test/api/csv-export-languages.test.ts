import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { parseCsvRecords } from '../../server/seed/csv.ts';
import { CSV_HEADERS } from '../../shared/exchange/csv-headers.ts';

const LISTS = [
  ['/api/assembly-areas/export.csv', 'areas'], ['/api/airports/export.csv', 'airports'], ['/api/lift-offers/export.csv', 'offers'],
  ['/api/partners/export.csv', 'partners'], ['/api/scenarios/export.csv', 'scenarios'], ['/api/plans/export.csv', 'plans'], ['/api/users/export.csv', 'accounts'],
] as const;

/** Every CSV export in English and Japanese: the header row changes, the rows (data) do not. */
describe('CSV exports in both languages', () => {
  let t: TestApp;
  let planner: Session;
  let planId: string;

  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    const res = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'CSV' } });
    expect(res.statusCode, res.body).toBe(201);
    planId = (res.json() as { id: string }).id;
  }, 300_000);
  afterAll(async () => { await t?.close(); });

  const csv = async (url: string, who = planner) => {
    const res = await t.as(who, { method: 'GET', url });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
    const [header, ...rows] = parseCsvRecords(res.body).map((r) => r.fields).filter((r) => !(r.length === 1 && r[0] === ''));
    return { header: header!, rows };
  };

  it('words each list\'s header from its table in ja, with the same rows as en', async () => {
    for (const [url, kind] of LISTS) {
      const en = await csv(`${url}?lang=en`);
      const ja = await csv(`${url}?lang=ja`);
      const words = CSV_HEADERS[kind] as Record<string, { en: string; ja: string }>;
      expect(ja.header, url).toEqual(en.header.map((k) => words[k]!.ja));
      expect(ja.rows, url).toEqual(en.rows);
      expect(en.rows.length, url).toBeGreaterThan(0);
    }
  });

  it('words the plan export in ja, keeps its rows, and keeps ?airport= working beside lang', async () => {
    const en = await csv(`/api/plans/${planId}/export.csv?lang=en`);
    const ja = await csv(`/api/plans/${planId}/export.csv?lang=ja`);
    expect(en.header[0]).toBe('plan_id');
    expect(ja.header).toEqual(en.header.map((k) => CSV_HEADERS.plan[k as keyof typeof CSV_HEADERS.plan].ja));
    expect(ja.rows).toEqual(en.rows);
    const one = await csv(`/api/plans/${planId}/export.csv?lang=ja&airport=${en.rows[0]![4]}`);
    expect(one.header).toEqual(ja.header);
  });

  it('follows the account\'s language preference when lang is left out, else English', async () => {
    expect((await csv('/api/partners/export.csv')).header[1]).toBe('name');
    const set = await t.as(planner, { method: 'PATCH', url: '/api/session/preferences', payload: { language: 'ja' } });
    expect(set.statusCode, set.body).toBe(200);
    expect((await csv('/api/partners/export.csv')).header[1]).toBe('名称');
    expect((await csv(`/api/plans/${planId}/export.csv`)).header[0]).toBe('計画ID');
    expect((await csv('/api/partners/export.csv?lang=en')).header[1]).toBe('name');
    await t.as(planner, { method: 'PATCH', url: '/api/session/preferences', payload: { language: null } });
  });

  it('refuses a bad lang with a 400 naming querystring.lang, on every CSV export', async () => {
    for (const url of [...LISTS.map(([u]) => u), `/api/plans/${planId}/export.csv`]) {
      for (const bad of ['fr', 'JA', '', 'en,ja']) {
        const res = await t.as(planner, { method: 'GET', url: `${url}?lang=${encodeURIComponent(bad)}` });
        expect(res.statusCode, `${url} ${bad}`).toBe(400);
        expect((res.json() as { details: { field: string }[] }).details[0]!.field, `${url} ${bad}`).toBe('querystring.lang');
      }
      const twice = await t.as(planner, { method: 'GET', url: `${url}?lang=en&lang=ja` });
      expect(twice.statusCode, url).toBe(400);
    }
  });
});
