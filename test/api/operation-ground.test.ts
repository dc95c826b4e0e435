import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { newOperation, step } from '../support/operation.ts';
import type { LogEntry, OperationSortie } from '../../shared/schemas/operation.ts';
import type { BoardView } from '../../server/operation/board.service.ts';
import { fingerprint } from '../support/fingerprint.ts';

describe('people on the ground, the board and the situation log', () => {
  let t: TestApp;
  let planner: Session;
  let reader: Session;
  let liaison: Session;
  let stranger: Session;
  let op: Awaited<ReturnType<typeof newOperation>>;
  let opId: string;
  const at = (h: number) => new Date(Date.parse(op.scenario.startsAt) + h * 3_600_000).toISOString();
  const board = async () => (await t.as(reader, { method: 'GET', url: `/api/operations/${opId}/board` })).json() as BoardView;

  beforeAll(async () => {
    t = await testApp();
    planner = await t.signIn('planner');
    reader = await t.signIn('reader');
    op = await newOperation(t, planner, { clockHours: 30 });
    opId = op.view.operation.id;
    liaison = await t.signIn('liaison', { partnerId: op.partners[0] });
    stranger = await t.signIn('liaison', { partnerId: op.partners[1] });
  });
  afterAll(async () => { await t?.close(); });

  it('records check-ins (walk-ins above the registry accepted) and reconciles with the manifests', async () => {
    const [seoul] = op.areas;
    // Registry of Seoul: 120 (20 p1, 40 p2, 60 p3). 70 p3 turned up: 10 walk-ins.
    const res = await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/checkins`, payload: { assemblyAreaId: seoul, at: at(3), priority1: 15, priority2: 40, priority3: 70 } });
    expect(res.statusCode, res.body).toBe(201);
    expect((await t.as(liaison, { method: 'POST', url: `/api/operations/${opId}/checkins`, payload: { assemblyAreaId: seoul, at: at(3), priority1: 1, priority2: 1, priority3: 1 } })).statusCode).toBe(403);
    const s = op.view.sorties.find((x) => x.partnerId === op.partners[0] && x.planned.some((a) => a.assemblyAreaId === seoul))!;
    const tasked = (await step(t, planner, opId, s, 'task')).json() as OperationSortie;
    const dep = await step(t, liaison, opId, tasked, 'depart', { departedAt: at(6), manifest: [{ assemblyAreaId: seoul, priority: 1, passengers: 10 }, { assemblyAreaId: seoul, priority: 3, passengers: 2 }] });
    expect(dep.statusCode, dep.body).toBe(200);
    const b = await board();
    const kr = b.countries.find((c) => c.country === 'KR')!;
    expect(kr.byPriority[1]).toMatchObject({ registry: 30, checkedIn: 15, out: 10, waiting: 5 });
    expect(kr.byPriority[3]).toMatchObject({ walkIns: 10, out: 2 });
    for (const p of [1, 2, 3] as const) {
      const c = kr.byPriority[p];
      expect(c.out + c.waiting + c.notPresent, `priority ${p}`).toBe(c.registry + c.walkIns);
    }
    expect(b.total.balanced).toBe(true);
    expect(b.manifests).toEqual([expect.objectContaining({ sortieId: s.sortieId, aboard: 12 })]);
    expect(b.belowLoad.map((x) => x.sortieId)).toContain(s.sortieId);
    expect(b.burnDown.some((p) => p.actual !== null && p.actual < p.planned + 1000)).toBe(true);
    expect((await t.as(liaison, { method: 'GET', url: `/api/operations/${opId}/board` })).statusCode).toBe(403);
  });

  it('imports check-ins from CSV all or nothing, with every bad row named', async () => {
    const [seoul, suwon] = op.areas;
    const before = await fingerprint(t.database.db);
    const bad = `assemblyAreaId,at,priority1,priority2,priority3\n${suwon},${at(4)},1,2,3\nnowhere,${at(4)},1,2,3\n${suwon},not-a-time,1,2,x\n`;
    const res = await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/checkins/import`, payload: { csv: bad } });
    expect(res.statusCode, res.body).toBe(422);
    const errors = (res.json() as { details: { errors: { row: number; field: string }[] } }).details.errors;
    expect(errors.map((e) => `${e.row}:${e.field}`)).toEqual(['3:assemblyAreaId', '4:priority3', '4:at']);
    expect(await fingerprint(t.database.db)).toEqual(before);
    for (const csv of ['', 'a,"b\n', 'x'.repeat(10)]) {
      const r = await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/checkins/import`, payload: { csv } });
      expect([400, 422], `${csv} ${r.body}`).toContain(r.statusCode);
    }
    expect((await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/checkins/import`, payload: { csv: 'a', extra: 1 } })).statusCode).toBe(400);
    const good = `assemblyAreaId,at,priority1,priority2,priority3\n${suwon},${at(4)},5,10,20\n"${seoul}",${at(5)},20,40,75\n`;
    const ok = await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/checkins/import`, payload: { csv: good } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toEqual({ imported: 2 });
    const list = (await t.as(reader, { method: 'GET', url: `/api/operations/${opId}/checkins?assemblyAreaId=${suwon}` })).json() as unknown[];
    expect(list).toHaveLength(1);
  });

  it('refuses hostile check-ins naming the field', async () => {
    const [seoul] = op.areas;
    const base = { assemblyAreaId: seoul, at: at(3), priority1: 1, priority2: 1, priority3: 1 };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, priority1: -1 }, 'body.priority1'], [{ ...base, priority2: 1.5 }, 'body.priority2'], [{ ...base, priority3: '3' }, 'body.priority3'],
      [{ ...base, at: '2027-13-01T00:00:00Z' }, 'body.at'], [{ ...base, at: '2020-01-01T00:00:00Z' }, 'body.at'], [{ ...base, at: '2099-01-01T00:00:00Z' }, 'body.at'],
      [{ ...base, assemblyAreaId: 'elsewhere' }, 'body.assemblyAreaId'], [{ ...base, extra: true }, 'body.extra'], [{ ...base, priority1: undefined }, 'body.priority1'],
    ];
    for (const [payload, field] of cases) {
      const res = await t.as(planner, { method: 'POST', url: `/api/operations/${opId}/checkins`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(JSON.stringify((res.json() as { details: unknown }).details)).toContain(field);
    }
    expect((await t.as(planner, { method: 'POST', url: '/api/operations/none/checkins', payload: base })).statusCode).toBe(404);
  });

  it('keeps a filterable situation log by anyone signed in; liaisons never see entries on other partners\' sorties', async () => {
    const own = op.view.sorties.find((x) => x.partnerId === op.partners[0])!;
    const other = op.view.sorties.find((x) => x.partnerId === op.partners[1])!;
    const add = (who: Session, payload: Record<string, unknown>) => t.as(who, { method: 'POST', url: `/api/operations/${opId}/log`, payload });
    expect((await add(liaison, { kind: 'partner_message', text: 'Crew rest at Osan, 40 min delay', sortieId: own.sortieId })).statusCode).toBe(201);
    expect((await add(planner, { kind: 'decision', text: 'Hold Suwon buses until 14:00', assemblyAreaId: op.areas[1], airportId: op.airports[1] })).statusCode).toBe(201);
    expect((await add(planner, { kind: 'report', text: 'Other partner 100% loaded', sortieId: other.sortieId })).statusCode).toBe(201);
    expect((await add(reader, { kind: 'note', text: 'Minister briefed' })).statusCode).toBe(201);
    expect((await add(liaison, { kind: 'note', text: 'x', sortieId: other.sortieId })).statusCode).toBe(400);
    for (const bad of [{ kind: 'gossip', text: 'x' }, { kind: 'note', text: '' }, { kind: 'note', text: 'x'.repeat(4001) }, { kind: 'note', text: 'x', at: '2099-01-01T00:00:00Z' },
      { kind: 'note', text: 'x', airportId: 'NOPE' }, { kind: 'note', text: 'x', assemblyAreaId: 'nope' }, { kind: 'note', text: 'x', more: 1 }, { kind: 'note' }]) {
      expect((await add(planner, bad)).statusCode, JSON.stringify(bad).slice(0, 60)).toBe(400);
    }
    const all = (await t.as(planner, { method: 'GET', url: `/api/operations/${opId}/log` })).json() as LogEntry[];
    expect(all.map((e) => e.kind)).toEqual(['note', 'report', 'decision', 'partner_message']);
    const decisions = (await t.as(planner, { method: 'GET', url: `/api/operations/${opId}/log?kind=decision` })).json() as LogEntry[];
    expect(decisions).toHaveLength(1);
    const search = (await t.as(planner, { method: 'GET', url: `/api/operations/${opId}/log?q=${encodeURIComponent('100%')}` })).json() as LogEntry[];
    expect(search.map((e) => e.text)).toEqual(['Other partner 100% loaded']);
    const seen = (await t.as(liaison, { method: 'GET', url: `/api/operations/${opId}/log` })).json() as LogEntry[];
    expect(seen.some((e) => e.sortieId === other.sortieId)).toBe(false);
    const theirs = (await t.as(stranger, { method: 'GET', url: `/api/operations/${opId}/log` })).json() as LogEntry[];
    expect(theirs.some((e) => e.sortieId === own.sortieId)).toBe(false);
    expect((await t.as(planner, { method: 'GET', url: `/api/operations/${opId}/log?limit=0` })).statusCode).toBe(400);
    for (const bad of ['501', '-1', 'abc', '1.5', '']) expect((await t.as(planner, { method: 'GET', url: `/api/operations/${opId}/log?limit=${bad}` })).statusCode, bad).toBe(400);
    // A real query string carries text: ?limit=1 must work over HTTP, not only through inject's objects.
    const one = await t.as(planner, { method: 'GET', url: `/api/operations/${opId}/log?limit=1` });
    expect(one.statusCode, one.body).toBe(200);
    expect((one.json() as unknown[]).length).toBeLessThanOrEqual(1);
  });
});
