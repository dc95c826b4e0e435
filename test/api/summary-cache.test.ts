import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import type { Plan } from '../../shared/schemas/api.ts';
import type { PlanSummary } from '../../shared/schemas/summary.ts';

// The printed summary is built once per plan version and today's data and kept in plan_summaries: a
// repeat is read from there, and anything that changes the answer (a withdrawn offer, a closed airport, a
// plan edit) is a new digest, so the next read builds it again and the plan's old entries are dropped.

describe('summary cache (GET /api/plans/:id/summary)', { timeout: 240_000 }, () => {
  let t: TestApp;
  let planner: Session;
  let reader: Session;
  let plan: Plan;
  let url: string;

  const summary = async (s: Session, u = url) => {
    const res = await t.as(s, { method: 'GET', url: u });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res.json() as PlanSummary;
  };
  /** The answer without what each read stamps on it (when and by whom it was printed). */
  const figures = (s: PlanSummary) => ({ ...s, header: { ...s.header, printedAt: 'x', printedBy: 'x' } });
  const rows = () => t.database.db.selectFrom('plan_summaries').select(['variant', 'digest']).where('plan_id', '=', plan.id).orderBy('variant').execute();

  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    reader = await t.signIn('reader');
    const made = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'Cache plan', timeLimitSeconds: 10 } });
    expect(made.statusCode, made.body).toBe(201);
    const approved = await t.as(planner, { method: 'POST', url: `/api/plans/${(made.json() as Plan).id}/approve` });
    expect(approved.statusCode, approved.body).toBe(200);
    plan = approved.json() as Plan;
    url = `/api/plans/${plan.id}/summary`;
  });
  afterAll(async () => { await t?.close(); });

  it('serves the second read from the cache, equal to the first but for who printed it when', async () => {
    const first = await summary(planner);
    expect(await rows()).toHaveLength(1);
    const second = await summary(planner);
    expect(figures(second)).toEqual(figures(first));
    expect(second.header.printedBy).toBe('t-planner');
    expect(Date.parse(second.header.printedAt)).toBeGreaterThanOrEqual(Date.parse(first.header.printedAt));
    // A reader's read is the same entry, stamped with the reader's name.
    const byReader = await summary(reader);
    expect(figures(byReader)).toEqual(figures(first));
    expect(byReader.header.printedBy).toBe('t-reader');
    expect(await rows()).toHaveLength(1);
    // It really is the stored row: a mark put into it shows in the next answer built from it (another
    // reader's; the planner's repeat within the same 10 s stamp is the bytes already sent, server/lib/body-cache.ts).
    await t.database.db.updateTable('plan_summaries').where('plan_id', '=', plan.id)
      .set({ summary: sql`jsonb_set(summary, '{header,planName}', '"marked in the cache"')` }).execute();
    const other = await t.signIn('planner', { username: 't-planner-2' });
    expect((await summary(other)).header.planName).toBe('marked in the cache');
    await t.database.db.updateTable('plan_summaries').where('plan_id', '=', plan.id)
      .set({ summary: sql`jsonb_set(summary, '{header,planName}', to_jsonb(cast(${first.header.planName} as text)))` }).execute();
    const third = await t.signIn('planner', { username: 't-planner-3' });
    expect(figures(await summary(third))).toEqual(figures(first));
  });

  it('keeps one entry per variant and view; a failed variant stores nothing', async () => {
    const airport = plan.sorties[0]!.originAirportId;
    const partner = (await t.as(planner, { method: 'GET', url: `/api/lift-offers/${plan.sorties[0]!.offerId}` })).json() as { partnerId: string };
    const full = await summary(planner);
    const one = await summary(planner, `${url}?airport=${airport}`);
    expect(one.header.variant).toBe('airport');
    expect(figures(await summary(planner, `${url}?airport=${airport}`))).toEqual(figures(one));
    const liaison = await t.signIn('liaison', { partnerId: partner.partnerId });
    const tasking = await summary(liaison);
    expect(tasking.header.variant).toBe('partner');
    expect(figures(await summary(liaison))).toEqual(figures(tasking));
    expect(figures(await summary(planner))).toEqual(figures(full));
    const stored = await rows();
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((r) => r.digest)).size).toBe(1);
    // Hostile or impossible variants: 4xx naming the field, and nothing cached.
    for (const [q, status, field] of [
      ['?airport=NOPE', 400, 'querystring.airport'], [`?airport=${'A'.repeat(65)}`, 400, 'querystring.airport'], ['?airport=%00', 400, 'querystring.airport'],
      [`?airport=${airport}&airport=${airport}`, 400, 'querystring.airport'], ['?partner=no-such-partner', 400, 'querystring.partner'],
      ['?extra=1', 400, undefined], ['?airport=', 400, 'querystring.airport'], ['?partner[x]=1', 400, undefined],
    ] as const) {
      const res = await t.as(planner, { method: 'GET', url: `${url}${q}` });
      expect(res.statusCode, `${q}: ${res.body}`).toBe(status);
      if (field) expect(JSON.stringify(res.json()), q).toContain(field);
    }
    const other = await t.as(liaison, { method: 'GET', url: `${url}?partner=${partner.partnerId === 'us-usaf' ? 'gb-raf' : 'us-usaf'}` });
    expect(other.statusCode).toBe(403);
    expect((await t.as(planner, { method: 'GET', url: '/api/plans/no-such-plan/summary' })).statusCode).toBe(404);
    expect(await rows()).toEqual(stored);
  });

  it('shows a withdrawn offer the plan uses, not the cached summary, and drops the old entries', async () => {
    const before = await summary(planner);
    const { digest } = (await rows())[0]!;
    const offerId = plan.sorties[0]!.offerId;
    const offer = (await t.as(planner, { method: 'GET', url: `/api/lift-offers/${offerId}` })).json() as { version: number; partnerId: string };
    const own = await t.signIn('liaison', { partnerId: offer.partnerId });
    const withdrawn = await t.as(own, { method: 'PATCH', url: `/api/lift-offers/${offerId}`, payload: { version: offer.version, status: 'withdrawn' } });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const judged = (await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}` })).json() as Plan;
    expect(judged.violations.some((v) => v.rule === 'offer_not_accepted' && v.offerId === offerId)).toBe(true);
    const after = await summary(planner);
    expect(after.header.violations).toBe(judged.violations.length);
    expect(after.header.violations).toBeGreaterThan(before.header.violations);
    expect(after.header.plannedOn.breaks).toBe(true);
    const stored = await rows();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.digest).not.toBe(digest);
    expect(figures(await summary(planner))).toEqual(figures(after));
  });

  it('shows a closed airport the plan uses', async () => {
    const before = await summary(planner);
    const airportId = plan.sorties.find((s) => s.offerId !== plan.sorties[0]!.offerId)!.originAirportId;
    const airport = await t.as(planner, { method: 'GET', url: `/api/airports/${airportId}` });
    const closed = await t.as(planner, { method: 'PATCH', url: `/api/airports/${airportId}`, headers: { 'if-match': String(airport.headers.etag) }, payload: { status: 'closed' } });
    expect(closed.statusCode, closed.body).toBe(200);
    const after = await summary(planner);
    expect(after.header.violations).toBeGreaterThan(before.header.violations);
  });

  it('answers the new version\'s summary after a plan edit (PUT)', async () => {
    await summary(planner);
    const res = await t.as(planner, { method: 'GET', url: `/api/plans/${plan.id}` });
    const current = res.json() as Plan;
    const put = await t.as(planner, { method: 'PUT', url: `/api/plans/${plan.id}`, headers: { 'if-match': String(res.headers.etag) }, payload: { name: 'Cache plan (edited)', sorties: current.sorties.slice(1) } });
    expect(put.statusCode, put.body).toBe(200);
    const edited = put.json() as Plan;
    const after = await summary(planner);
    expect(after.header.version).toBe(edited.version);
    expect(after.header.version).toBeGreaterThan(current.version);
    expect(after.header.planName).toBe('Cache plan (edited)');
    expect(figures(await summary(planner))).toEqual(figures(after));
    expect(await rows()).toHaveLength(1);
  });
});
