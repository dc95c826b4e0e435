import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { Plan } from '../../shared/schemas/api.ts';
import type { PlanSummary } from '../../shared/schemas/summary.ts';

// Plan reads carry an ETag of what the answer depends on: the plan's version and today's data it is
// judged on. A repeat with If-None-Match is a 304 without a body; a data change (an offer withdrawn, an
// airport closed) makes the old tag stale, so the next read is a 200 showing the new violations.

describe('ETag and If-None-Match on GET /api/plans/:id and /summary', { timeout: 240_000 }, () => {
  let t: TestApp;
  let planner: Session;
  let reader: Session;
  let liaison: Session;
  let plan: Plan;
  let base: string;
  const read = (s: Session, url: string, ifNoneMatch?: string) =>
    t.as(s, { method: 'GET', url, headers: ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch } });
  const tagOf = (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    return String(res.headers.etag);
  };
  const expect304 = (res: LightMyRequestResponse, tag: string) => {
    expect(res.statusCode, res.body.slice(0, 200)).toBe(304);
    expect(res.body).toBe('');
    expect(res.headers.etag).toBe(tag);
  };

  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    reader = await t.signIn('reader');
    const made = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'ETag plan', timeLimitSeconds: 10 } });
    expect(made.statusCode, made.body).toBe(201);
    const approved = await t.as(planner, { method: 'POST', url: `/api/plans/${(made.json() as Plan).id}/approve` });
    expect(approved.statusCode, approved.body).toBe(200);
    plan = approved.json() as Plan;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => { await t?.close(); });

  it('answers a strong ETag, and 304 without a body to If-None-Match naming it (alone, weak, in a list, or *)', async () => {
    const url = `/api/plans/${plan.id}`;
    const tag = tagOf(await read(planner, url));
    expect(tag).toMatch(new RegExp(`^"${plan.version}\\.[A-Za-z0-9_-]{27}"$`));
    expect(tagOf(await read(planner, url))).toBe(tag);
    for (const h of [tag, `W/${tag}`, `"nope", ${tag}`, `${tag},"other"`, '*', ` ${tag} `]) expect304(await read(planner, url, h), tag);
    const body = await read(planner, url, `"${plan.version}"`);
    expect(tagOf(body)).toBe(tag);
    expect((body.json() as Plan).id).toBe(plan.id);
    // A reader sees the same answer as a planner, so the same tag.
    expect304(await read(reader, url, tag), tag);
  });

  it('the summary has a weak ETag per variant and reader; a repeat is a 304', async () => {
    const url = `/api/plans/${plan.id}/summary`;
    const tag = tagOf(await read(planner, url));
    expect(tag).toMatch(/^W\/"\d+\.[A-Za-z0-9_-]{27}"$/);
    expect304(await read(planner, url, tag), tag);
    expect304(await read(planner, url, tag.slice(2)), tag);
    const partnerId = (await read(planner, `/api/lift-offers/${plan.sorties[0]!.offerId}`)).json().partnerId as string;
    const variant = tagOf(await read(planner, `${url}?partner=${partnerId}`));
    expect(variant).not.toBe(tag);
    expect((await read(planner, `${url}?partner=${partnerId}`, tag)).statusCode).toBe(200);
    // printedBy names the reader: another account's paper is another answer.
    expect((await read(reader, url, tag)).statusCode).toBe(200);
    // `*` never stands for an answer the route would refuse.
    const refused = await read(planner, `${url}?airport=NOPE`, '*');
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.headers.etag).toBeUndefined();
  });

  it('a liaison and a planner do not share a tag; a tag never reveals a plan the liaison may not see', async () => {
    const partnerId = (await read(planner, `/api/lift-offers/${plan.sorties[0]!.offerId}`)).json().partnerId as string;
    liaison = await t.signIn('liaison', { partnerId });
    const url = `/api/plans/${plan.id}`;
    const plannerTag = tagOf(await read(planner, url));
    const theirs = await read(liaison, url, plannerTag);
    const liaisonTag = tagOf(theirs);
    expect(liaisonTag).not.toBe(plannerTag);
    expect((theirs.json() as Plan).sorties.length).toBeLessThan(plan.sorties.length);
    expect304(await read(liaison, url, liaisonTag), liaisonTag);
    expect((await read(planner, url, liaisonTag)).statusCode).toBe(200);
    const summaryUrl = `/api/plans/${plan.id}/summary`;
    expect(tagOf(await read(liaison, summaryUrl))).not.toBe(tagOf(await read(planner, summaryUrl)));
    // A draft is a 404 to a liaison, whatever If-None-Match says; so is a plan that does not exist.
    const draft = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans', payload: { name: 'ETag draft', sorties: [] } });
    const draftUrl = `/api/plans/${(draft.json() as Plan).id}`;
    const draftTag = tagOf(await read(planner, draftUrl));
    expect((await read(liaison, draftUrl, draftTag)).statusCode).toBe(404);
    expect((await read(liaison, draftUrl, '*')).statusCode).toBe(404);
    expect((await read(planner, '/api/plans/no-such-plan', '*')).statusCode).toBe(404);
  });

  it('withdrawing an offer the plan uses, or closing one of its airports, makes the old tag stale', async () => {
    const url = `/api/plans/${plan.id}`;
    const summaryUrl = `${url}/summary`;
    const tag = tagOf(await read(planner, url));
    const summaryTag = tagOf(await read(planner, summaryUrl));
    const offerId = plan.sorties[0]!.offerId;
    const offer = (await read(planner, `/api/lift-offers/${offerId}`)).json() as { version: number; partnerId: string };
    const own = await t.signIn('liaison', { partnerId: offer.partnerId });
    const withdrawn = await t.as(own, { method: 'PATCH', url: `/api/lift-offers/${offerId}`, payload: { version: offer.version, status: 'withdrawn' } });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);

    const after = await read(planner, url, tag);
    const newTag = tagOf(after);
    expect(newTag).not.toBe(tag);
    // Same version, other data: the version alone would have answered a wrong 304.
    expect(newTag.startsWith(`"${plan.version}.`)).toBe(true);
    const judged = after.json() as Plan;
    expect(judged.violations.some((v) => v.rule === 'offer_not_accepted' && v.offerId === offerId)).toBe(true);
    expect(judged.plannedOn.breaks).toBe(true);
    expect304(await read(planner, url, newTag), newTag);
    const summary = await read(planner, summaryUrl, summaryTag);
    expect(tagOf(summary)).not.toBe(summaryTag);
    expect((summary.json() as PlanSummary).header.violations).toBe(judged.violations.length);

    const airportId = plan.sorties.find((s) => s.offerId !== offerId)!.originAirportId;
    const airport = await read(planner, `/api/airports/${airportId}`);
    const closed = await t.as(planner, { method: 'PATCH', url: `/api/airports/${airportId}`, headers: { 'if-match': String(airport.headers.etag) }, payload: { status: 'closed' } });
    expect(closed.statusCode, closed.body).toBe(200);
    const afterClose = await read(planner, url, newTag);
    expect(tagOf(afterClose)).not.toBe(newTag);
    expect((afterClose.json() as Plan).violations.length).toBeGreaterThan(judged.violations.length);
  });

  it('PUT takes the GET\'s ETag as If-Match (its version is compared)', async () => {
    const url = `/api/plans/${plan.id}`;
    const res = await read(planner, url);
    const current = res.json() as Plan;
    const put = await t.as(planner, { method: 'PUT', url, headers: { 'if-match': tagOf(res) }, payload: { name: 'ETag plan (edited)', sorties: current.sorties } });
    expect(put.statusCode, put.body).toBe(200);
    const stale = await t.as(planner, { method: 'PUT', url, headers: { 'if-match': tagOf(res) }, payload: { name: 'again', sorties: current.sorties } });
    expect(stale.statusCode, stale.body).toBe(409);
    expect((await read(planner, url, tagOf(res))).statusCode).toBe(200);
  });

  it('hostile If-None-Match: huge, garbage, lists, over real HTTP too — 200/304/400/431, never a 500', async () => {
    const url = `/api/plans/${plan.id}`;
    const tag = tagOf(await read(planner, url));
    const garbage = ['', 'nonsense', '"', '""', 'W/', 'W/""', ',,,,', '*,*', '"*"', `${tag.slice(0, -2)}"`, tag.slice(1, -1), 'ñ'.repeat(10), `"${'x'.repeat(2000)}"`.slice(0, 2048)];
    for (const h of garbage) {
      for (const u of [url, `${url}/summary`]) {
        const res = await read(planner, u, h);
        expect([200, 304], `${u} If-None-Match ${h.slice(0, 40)}: ${res.statusCode}`).toContain(res.statusCode);
        if (h !== '*,*') expect(res.statusCode, `${u} ${h.slice(0, 40)}`).toBe(200);
      }
    }
    const many = Array.from({ length: 150 }, (_, i) => `"${i}.abc"`).join(',');
    expect((await read(planner, url, many)).statusCode).toBe(200);
    expect304(await read(planner, url, `${many},${tag}`), tag);
    for (const u of [url, `${url}/summary`]) {
      const huge = await read(planner, u, `"${'a'.repeat(5000)}"`);
      expect(huge.statusCode).toBe(400);
      expect((huge.json() as { details: { field: string }[] }).details[0]!.field).toBe('headers.if-none-match');
    }
    // Real HTTP: Node's parser refuses headers past its limit (431) before the app; under it the schema does (400).
    for (const [size, allowed] of [[5_000, [400]], [200_000, [431, 400]]] as const) {
      const res = await fetch(`${base}${url}`, { headers: { cookie: planner.cookie, 'if-none-match': `"${'b'.repeat(size)}"` } });
      expect(allowed as readonly number[], `If-None-Match of ${size} bytes: ${res.status}`).toContain(res.status);
    }
    const ok = await fetch(`${base}${url}`, { headers: { cookie: planner.cookie, 'if-none-match': tag } });
    expect(ok.status).toBe(304);
    expect(await ok.text()).toBe('');
  });
  it('documents the ETag, If-None-Match and the 304 of both reads in the OpenAPI', () => {
    const doc = t.app.swagger() as unknown as { paths: Record<string, { get: { parameters: { name: string; in: string }[]; responses: Record<string, { headers?: Record<string, unknown> }> } }> };
    for (const path of ['/api/plans/{id}', '/api/plans/{id}/summary']) {
      const op = doc.paths[path]!.get;
      expect(op.parameters.some((p) => p.in === 'header' && p.name === 'if-none-match'), path).toBe(true);
      expect(Object.keys(op.responses['200']!.headers ?? {}), path).toContain('ETag');
      expect(op.responses['304'], path).toBeDefined();
    }
  });
});
