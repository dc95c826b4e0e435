import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { newOperation, step } from '../support/operation.ts';
import type { Operation, OperationSortie, OperationView } from '../../shared/schemas/operation.ts';
import { insertOperation } from '../../server/repositories/operations.repository.ts';

describe('sortie lifecycle during execution (POST /api/operations/:id/sorties/:sortieId/<step>)', () => {
  let t: TestApp;
  let planner: Session;
  let reader: Session;
  let liaison: Session;
  let stranger: Session;
  let opId: string;
  let sorties: OperationSortie[];
  let partnerId: string;
  let draftScenario: string;
  const get = async (who: Session) => (await t.as(who, { method: 'GET', url: `/api/operations/${opId}` })).json() as OperationView;
  const fresh = async (id: string) => (await get(planner)).sorties.find((s) => s.sortieId === id)!;

  beforeAll(async () => {
    t = await testApp();
    planner = await t.signIn('planner');
    reader = await t.signIn('reader');
    const made = await newOperation(t, planner, { clockHours: 30 });
    opId = made.view.operation.id;
    sorties = made.view.sorties;
    expect(sorties.length).toBeGreaterThan(4);
    partnerId = sorties[0]!.partnerId;
    const other = made.partners.find((p) => p !== partnerId)!;
    draftScenario = made.scenario.id;
    liaison = await t.signIn('liaison', { partnerId });
    stranger = await t.signIn('liaison', { partnerId: other });
  });
  afterAll(async () => { await t?.close(); });

  it('starts with every sortie planned; only approved plans can be executed', async () => {
    expect(sorties.every((s) => s.state === 'planned' && s.inForce && s.version === 1)).toBe(true);
    const draft = await t.as(planner, { method: 'POST', url: `/api/scenarios/${draftScenario}/plans`, payload: { name: 'Draft', sorties: [] } });
    const res = await t.as(planner, { method: 'POST', url: '/api/operations', payload: { planId: (draft.json() as { id: string }).id } });
    expect(res.statusCode, res.body).toBe(422);
    expect((await t.as(planner, { method: 'POST', url: '/api/operations', payload: { planId: 'no-such-plan' } })).statusCode).toBe(404);
  });

  it('a liaison sees an operation and its sorties only once their partner is tasked; names, not ids, for what they see', async () => {
    // A second operation of the same approved plan, so the steps below keep theirs untouched.
    const started = await t.as(planner, { method: 'POST', url: '/api/operations', payload: { planId: (await get(planner)).operation.planId, name: 'Second run' } });
    expect(started.statusCode, started.body).toBe(201);
    const op2 = (started.json() as OperationView).operation.id;
    const list = async (who: Session) => ((await t.as(who, { method: 'GET', url: '/api/operations' })).json() as { id: string }[]).map((o) => o.id);
    const view = async (who: Session) => (await t.as(who, { method: 'GET', url: `/api/operations/${op2}` })).json() as OperationView;
    expect(await list(liaison)).not.toContain(op2);
    expect((await view(liaison)).sorties).toEqual([]);
    expect(await list(planner)).toContain(op2);
    expect(await list(reader)).toContain(op2);
    const s = (await view(planner)).sorties.find((x) => x.partnerId === partnerId)!;
    // What a liaison cannot see, they cannot act on or log against either: 404/400, nothing changed.
    expect((await step(t, liaison, op2, s, 'cancel', { reason: 'unseen' })).statusCode).toBe(404);
    expect((await t.as(liaison, { method: 'POST', url: `/api/operations/${op2}/log`, payload: { kind: 'note', text: 'x', sortieId: s.sortieId } })).statusCode).toBe(400);
    expect((await view(planner)).sorties.find((x) => x.sortieId === s.sortieId)).toMatchObject({ state: 'planned', version: 1 });
    expect((await step(t, planner, op2, s, 'task')).statusCode).toBe(200);
    expect(await list(liaison)).toContain(op2);
    expect(await list(stranger)).not.toContain(op2);
    const seen = await view(liaison);
    expect(seen.sorties.map((x) => x.sortieId)).toEqual([s.sortieId]);
    // Labels name only what the liaison sees: their partner, the sortie's airports and areas.
    expect(Object.keys(seen.labels.partners)).toEqual([partnerId]);
    expect(Object.keys(seen.labels.areas).sort()).toEqual([...new Set(s.planned.map((p) => p.assemblyAreaId))].sort());
    expect(seen.labels.airports[s.originAirportId]).toBeTruthy();
  });

  it('planned → tasked (planner only) → confirmed by the own liaison → departed with a manifest → arrived', async () => {
    const s = sorties.find((x) => x.partnerId === partnerId)!;
    expect((await step(t, liaison, opId, s, 'task')).statusCode).toBe(403);
    expect((await step(t, reader, opId, s, 'task')).statusCode).toBe(403);
    const tasked = await step(t, planner, opId, s, 'task');
    expect(tasked.statusCode, tasked.body).toBe(200);
    expect(tasked.headers.etag).toBe('"2"');
    const t1 = tasked.json() as OperationSortie;
    expect(t1).toMatchObject({ state: 'tasked', version: 2, updatedBy: 't-planner' });
    const confirmed = await step(t, liaison, opId, t1, 'confirm');
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const c1 = confirmed.json() as OperationSortie;
    expect(c1.state).toBe('confirmed');
    const area = s.planned[0]!.assemblyAreaId;
    const departedAt = new Date(Date.parse(s.plannedDepartAt) + 20 * 60_000).toISOString();
    const manifest = [{ assemblyAreaId: area, priority: 1, passengers: 3 }, { assemblyAreaId: area, priority: 3, passengers: 5 }];
    const departed = await step(t, liaison, opId, c1, 'depart', { departedAt, manifest });
    expect(departed.statusCode, departed.body).toBe(200);
    const d1 = departed.json() as OperationSortie;
    expect(d1).toMatchObject({ state: 'departed', departedAt, manifest });
    const arrived = await step(t, liaison, opId, d1, 'arrive', { arrivedAt: new Date(Date.parse(departedAt) + 2 * 3_600_000).toISOString() });
    expect(arrived.statusCode, arrived.body).toBe(200);
    expect((arrived.json() as OperationSortie).state).toBe('arrived');
    // Every step is audited with before and after.
    const audit = await t.as(planner, { method: 'GET', url: `/api/audit?entityType=operation_sortie&entityId=${encodeURIComponent(`${opId}/${s.sortieId}`)}` });
    expect(audit.statusCode, audit.body).toBe(200);
    const actions = (audit.json() as { after: { action: string } }[]).map((e) => e.after.action).reverse();
    expect(actions).toEqual(['task', 'confirm', 'depart', 'arrive']);
  });

  it('declined with a reason; cancelled with who and why; history is final', async () => {
    const [a, b] = sorties.filter((x) => x.partnerId === partnerId).slice(1, 3);
    const ta = (await step(t, planner, opId, a!, 'task')).json() as OperationSortie;
    expect((await step(t, liaison, opId, ta, 'decline', {})).statusCode).toBe(400);
    const declined = await step(t, liaison, opId, ta, 'decline', { reason: 'aircraft unserviceable' });
    expect(declined.statusCode, declined.body).toBe(200);
    const da = declined.json() as OperationSortie;
    expect(da).toMatchObject({ state: 'declined', reason: 'aircraft unserviceable', updatedBy: `t-liaison-${partnerId}` });
    const again = await step(t, planner, opId, da, 'confirm');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ details: { field: 'state', state: 'declined', action: 'confirm' } });
    expect((again.json() as { message: string }).message).toMatch(/declined/);
    const cancelled = await step(t, planner, opId, b!, 'cancel', { reason: 'airport closed by host nation' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', reason: 'airport closed by host nation', updatedBy: 't-planner' });
    const arrive = await step(t, planner, opId, cancelled.json() as OperationSortie, 'arrive', { arrivedAt: new Date().toISOString() });
    expect(arrive.statusCode).toBe(409);
  });

  it('a liaison of another partner gets 404 for every step and never sees the sortie', async () => {
    const s = sorties.filter((x) => x.partnerId === partnerId)[3]!;
    const bodies: Record<string, Record<string, unknown>> = {
      task: {}, confirm: {}, decline: { reason: 'x' }, cancel: { reason: 'x' },
      depart: { departedAt: s.plannedDepartAt, manifest: [] }, arrive: { arrivedAt: s.plannedDepartAt },
    };
    for (const [action, body] of Object.entries(bodies)) {
      const res = await step(t, stranger, opId, s, action, body);
      expect(res.statusCode, action).toBe(404);
    }
    const view = await get(stranger);
    expect(view.sorties.some((x) => x.partnerId === partnerId)).toBe(false);
    expect((await get(liaison)).sorties.every((x) => x.partnerId === partnerId)).toBe(true);
    expect((await fresh(s.sortieId)).version).toBe(1);
  });

  it('If-Match: missing 428, stale 409; two concurrent steps on one version: one wins, nothing lost', async () => {
    const s = sorties.filter((x) => x.partnerId === partnerId)[4]!;
    const noHeader = await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/sorties/${s.sortieId}/task`, payload: {} });
    expect(noHeader.statusCode).toBe(428);
    const tasked = (await step(t, planner, opId, s, 'task')).json() as OperationSortie;
    const stale = await step(t, planner, opId, s, 'cancel', { reason: 'old version' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ details: { currentVersion: tasked.version } });
    const [x, y] = await Promise.all([
      step(t, liaison, opId, tasked, 'confirm'),
      step(t, planner, opId, tasked, 'decline', { reason: 'racing' }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    const now = await fresh(s.sortieId);
    expect(now.version).toBe(tasked.version + 1);
    expect(now.state).toBe(x.statusCode === 200 ? 'confirmed' : 'declined');
  });

  it('hostile input: wrong types, extra fields, bad manifests and impossible times → 400 naming the field, nothing changed', async () => {
    const s0 = sorties.filter((x) => x.partnerId === partnerId)[5]!;
    const tasked = (await step(t, planner, opId, s0, 'task')).json() as OperationSortie;
    const conf = (await step(t, liaison, opId, tasked, 'confirm')).json() as OperationSortie;
    const area = s0.planned[0]?.assemblyAreaId ?? 'seoul-jongno';
    const ok = new Date(Date.parse(s0.plannedDepartAt)).toISOString();
    const cases: [Record<string, unknown>, string][] = [
      [{ departedAt: ok }, 'body.manifest'],
      [{ departedAt: 'yesterday', manifest: [] }, 'body.departedAt'],
      [{ departedAt: '2027-02-30T10:00:00Z', manifest: [] }, 'body.departedAt'],
      [{ departedAt: ok, manifest: [], extra: 1 }, 'body.extra'],
      [{ departedAt: ok, manifest: [{ assemblyAreaId: area, priority: 4, passengers: 1 }] }, 'body.manifest.0.priority'],
      [{ departedAt: ok, manifest: [{ assemblyAreaId: area, priority: 1, passengers: -1 }] }, 'body.manifest.0.passengers'],
      [{ departedAt: ok, manifest: [{ assemblyAreaId: area, priority: 1, passengers: 1.5 }] }, 'body.manifest.0.passengers'],
      [{ departedAt: ok, manifest: [{ assemblyAreaId: 'tw-taipei-nowhere', priority: 1, passengers: 1 }] }, 'body.manifest.0.assemblyAreaId'],
      [{ departedAt: ok, manifest: [{ assemblyAreaId: area, priority: 1, passengers: 1 }, { assemblyAreaId: area, priority: 1, passengers: 2 }] }, 'body.manifest.1'],
      [{ departedAt: ok, manifest: [{ assemblyAreaId: area, priority: 2, passengers: conf.seats + 1 }] }, 'body.manifest'],
      [{ departedAt: '2020-01-01T00:00:00Z', manifest: [] }, 'body.departedAt'],
      [{ departedAt: '2099-01-01T00:00:00Z', manifest: [] }, 'body.departedAt'],
      [{ departedAt: ok, manifest: 'all' }, 'body.manifest'],
    ];
    for (const [payload, field] of cases) {
      const res = await step(t, liaison, opId, conf, 'depart', payload);
      expect(res.statusCode, `${JSON.stringify(payload).slice(0, 120)} ${res.body}`).toBe(400);
      expect((res.json() as { details: { field: string }[] }).details.map((d) => d.field), JSON.stringify(payload).slice(0, 80)).toContain(field);
    }
    for (const reason of ['', 'x'.repeat(2001), 5, null]) {
      expect((await step(t, liaison, opId, conf, 'decline', { reason })).statusCode).toBe(400);
    }
    expect((await step(t, liaison, opId, { ...conf, version: 'abc' as unknown as number }, 'decline', { reason: 'x' })).statusCode).toBe(400);
    expect((await step(t, liaison, opId, { ...conf, sortieId: 'bad id!' }, 'decline', { reason: 'x' })).statusCode).toBe(400);
    expect((await t.as(planner, { method: 'POST', url: `/api/operations/nope/sorties/${conf.sortieId}/confirm`, headers: { 'if-match': '"1"' }, payload: {} })).statusCode).toBe(404);
    const after = await fresh(conf.sortieId);
    expect(after).toMatchObject({ state: 'confirmed', version: conf.version, manifest: [] });
  });
  it('?planId= lists only the operations with that plan in force, newest first, paged, a liaison only their own', async () => {
    const planId = (await get(planner)).operation.planId;
    const started = await t.as(planner, { method: 'POST', url: '/api/operations', payload: { planId, name: 'Third run' } });
    expect(started.statusCode, started.body).toBe(201);
    const newest = (started.json() as OperationView).operation.id;
    // An operation of another plan, which the filter must leave out.
    const draft = (await t.as(planner, { method: 'POST', url: `/api/scenarios/${draftScenario}/plans`, payload: { name: 'Other', sorties: [] } })).json() as { id: string };
    await insertOperation(t.database.db, { id: `op-other-${newest}`, scenarioId: draftScenario, planId: draft.id, name: 'Other plan', clockOffsetMs: 0, createdBy: 't-planner' });
    const list = async (who: Session, query: string) => {
      const res = await t.as(who, { method: 'GET', url: `/api/operations${query}` });
      expect(res.statusCode, `${query} ${res.body}`).toBe(200);
      return { ids: (res.json() as Operation[]).map((o) => o.id), plans: (res.json() as Operation[]).map((o) => o.planId), res };
    };
    const all = await list(planner, '');
    expect(all.plans).toContain(draft.id);
    const mine = await list(planner, `?planId=${planId}`);
    expect(mine.plans.every((p) => p === planId)).toBe(true);
    expect(mine.ids).toEqual(all.ids.filter((_, i) => all.plans[i] === planId));
    expect(mine.ids).toEqual(expect.arrayContaining([opId, newest]));
    expect(mine.res.headers['x-total-count']).toBe(String(mine.ids.length));
    expect((await list(planner, `?planId=${draft.id}`)).ids).toEqual([`op-other-${newest}`]);
    const unknown = await list(planner, '?planId=no-such-plan');
    expect(unknown.ids).toEqual([]);
    expect(unknown.res.headers['x-total-count']).toBe('0');
    // The print asks for the newest one; the cursor walks the rest with the filter kept.
    const first = await list(planner, `?planId=${planId}&limit=1`);
    expect(first.ids).toEqual([newest]);
    const walked = [...first.ids];
    let next = first.res.headers['x-next-cursor'] as string | undefined;
    while (next) {
      const page = await list(planner, `?planId=${planId}&limit=1&cursor=${next}`);
      walked.push(...page.ids);
      next = page.res.headers['x-next-cursor'] as string | undefined;
    }
    expect(walked).toEqual(mine.ids);
    // A liaison: the filter narrows what they may see, never widens it.
    const theirs = await list(liaison, `?planId=${planId}`);
    const theirAll = await list(liaison, '');
    expect(theirs.ids).toEqual(theirAll.ids.filter((_, i) => theirAll.plans[i] === planId));
    expect(theirs.ids.length).toBeGreaterThan(0);
    expect(theirs.ids).not.toContain(newest);
    expect((await list(stranger, `?planId=${planId}`)).ids).not.toContain(newest);
    for (const bad of ['', 'bad%20id!', 'x'.repeat(65)]) {
      const res = await t.as(planner, { method: 'GET', url: `/api/operations?planId=${bad}` });
      expect(res.statusCode, `planId=${bad} ${res.body}`).toBe(400);
      expect((res.json() as { details: { field: string }[] }).details[0]!.field).toBe('querystring.planId');
    }
  });
});
