import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { POLICY_PRESETS } from '../../shared/policy/presets.ts';

interface ScenarioBody { id: string; version: number; policy: typeof POLICY_PRESETS.most_vulnerable_first }

describe('the planning policy of a scenario (GET / PATCH / POST, copied into plans)', () => {
  let t: TestApp;
  let planner: Session;
  let reader: Session;
  const get = async (id = 'korea') => (await t.as(planner, { method: 'GET', url: `/api/scenarios/${id}` })).json() as ScenarioBody;
  const patch = (payload: unknown, id = 'korea') => t.as(planner, { method: 'PATCH', url: `/api/scenarios/${id}`, payload: payload as object });

  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    reader = await t.signIn('reader');
  });
  afterAll(async () => { await t?.close(); });

  it('defaults to "most vulnerable first", with its order and weights visible', async () => {
    const s = (await t.as(reader, { method: 'GET', url: '/api/scenarios/korea' })).json() as ScenarioBody;
    expect(s.policy).toEqual(POLICY_PRESETS.most_vulnerable_first);
    expect(s.policy.weights.waitingHour.p1).toBeGreaterThan(s.policy.weights.waitingHour.p3);
  });

  it('takes a preset by name, and custom weights, and bumps the version', async () => {
    const s = await get();
    const res = await patch({ version: s.version, policy: { preset: 'clear_fastest' } });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as ScenarioBody).policy).toEqual(POLICY_PRESETS.clear_fastest);
    expect((res.json() as ScenarioBody).version).toBe(s.version + 1);
    const custom = {
      preset: 'custom', order: ['peopleOut', 'earliness', 'groundTravel', 'clearance', 'sorties'],
      weights: { peopleOut: { p1: 2, p2: 1, p3: 1 }, waitingHour: { p1: 50, p2: 5, p3: 1 } },
    };
    const res2 = await patch({ version: s.version + 1, policy: custom });
    expect(res2.statusCode, res2.body).toBe(200);
    expect((await get()).policy).toEqual(custom);
  });

  it('keeps the policy in a what-if copy, and on a new scenario takes the default or the one given', async () => {
    const s = await get();
    const copy = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/duplicate', payload: { name: 'What-if policy' } });
    expect(copy.statusCode).toBe(201);
    expect((copy.json() as ScenarioBody).policy).toEqual(s.policy);
    const base = { name: 'New', countries: ['KR'], startsAt: '2027-05-01T00:00:00Z' };
    const plain = await t.as(planner, { method: 'POST', url: '/api/scenarios', payload: base });
    expect(plain.statusCode, plain.body).toBe(201);
    expect((plain.json() as ScenarioBody).policy).toEqual(POLICY_PRESETS.most_vulnerable_first);
    const given = await t.as(planner, { method: 'POST', url: '/api/scenarios', payload: { ...base, policy: { preset: 'most_people_out' } } });
    expect((given.json() as ScenarioBody).policy).toEqual(POLICY_PRESETS.most_people_out);
    const bad = await t.as(planner, { method: 'POST', url: '/api/scenarios', payload: { ...base, name: 'Bad', policy: { preset: 'custom' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body.policy.order');
    const list = (await t.as(planner, { method: 'GET', url: '/api/scenarios' })).json() as { name: string }[];
    expect(list.some((x) => x.name === 'Bad')).toBe(false);
  });

  it('rejects hostile policies with a 400 naming the field, and changes nothing', async () => {
    const s = await get();
    const w = { peopleOut: { p1: 1, p2: 1, p3: 1 }, waitingHour: { p1: 10, p2: 3, p3: 1 } };
    const order = ['peopleOut', 'earliness', 'clearance', 'groundTravel', 'sorties'];
    const cases: [unknown, string][] = [
      [{ preset: 'fastest' }, 'preset'],
      [{ preset: 'custom', order, weights: { ...w, waitingHour: { p1: 1, p2: 3, p3: 1 } } }, 'weights.waitingHour.p1'],
      [{ preset: 'custom', order, weights: { ...w, peopleOut: { p1: 1, p2: 1, p3: 2 } } }, 'weights.peopleOut.p2'],
      [{ preset: 'custom', order: ['earliness', 'peopleOut', 'clearance', 'groundTravel', 'sorties'], weights: w }, 'order[0]'],
      [{ preset: 'custom', order: ['peopleOut', 'peopleOut', 'clearance', 'groundTravel', 'sorties'], weights: w }, 'order'],
      [{ preset: 'custom', order: order.slice(0, 4), weights: w }, 'order'],
      [{ preset: 'custom', order: [...order, 'sorties'], weights: w }, 'order'],
      [{ preset: 'custom', order: ['peopleOut', 'speed', 'clearance', 'groundTravel', 'sorties'], weights: w }, 'order'],
      [{ preset: 'custom', order, weights: { ...w, waitingHour: { p1: -1, p2: -1, p3: -1 } } }, 'waitingHour'],
      [{ preset: 'custom', order, weights: { ...w, waitingHour: { p1: 1.5, p2: 1, p3: 1 } } }, 'waitingHour'],
      [{ preset: 'custom', order, weights: { ...w, waitingHour: { p1: 1e9, p2: 1, p3: 1 } } }, 'waitingHour'],
      [{ preset: 'custom', order, weights: { ...w, peopleOut: { p1: 0, p2: 0, p3: 0 } } }, 'peopleOut'],
      [{ preset: 'custom', order, weights: { ...w, waitingHour: { p1: '10', p2: 3, p3: 1 } } }, 'waitingHour'],
      [{ preset: 'custom', order, weights: { ...w, extra: 1 } }, 'weights'],
      [{ preset: 'custom', order, weights: { peopleOut: w.peopleOut } }, 'weights'],
      [{ preset: 'most_vulnerable_first', weights: { ...w, waitingHour: { p1: 99, p2: 3, p3: 1 } } }, 'preset'],
      [{ preset: 'most_vulnerable_first', sneaky: true }, 'policy'],
      [{ preset: { $ne: 1 } }, 'preset'],
      [[{ preset: 'custom' }], 'policy'],
      ['most_vulnerable_first', 'policy'],
      [null, 'policy'],
      [{ preset: 'custom', order, weights: { ...w, waitingHour: { p1: { p1: { p1: {} } }, p2: 1, p3: 1 } } }, 'waitingHour'],
    ];
    for (const [policy, field] of cases) {
      const res = await patch({ version: s.version, policy });
      expect(res.statusCode, `${JSON.stringify(policy)} → ${res.body}`).toBe(400);
      const body = res.json() as { code: string; message: string };
      expect(body.code).toBe('bad_request');
      expect(body.message, JSON.stringify(policy)).toContain(field);
    }
    const after = await get();
    expect(after).toEqual(s);
  });

  it('answers 409 on a stale version, 403 to a reader, 404 to an unknown scenario', async () => {
    const s = await get();
    expect((await patch({ version: s.version - 1, policy: { preset: 'most_people_out' } })).statusCode).toBe(409);
    const asReader = await t.as(reader, { method: 'PATCH', url: '/api/scenarios/korea', payload: { version: s.version, policy: { preset: 'most_people_out' } } });
    expect(asReader.statusCode).toBe(403);
    expect((await patch({ version: 1, policy: { preset: 'most_people_out' } }, 'no-such-scenario')).statusCode).toBe(404);
    expect((await get()).policy).toEqual(s.policy);
  });

  it('copies the policy into each plan when planned; an edit keeps it; sorties stored as given carry none', async () => {
    const s = await get();
    await patch({ version: s.version, policy: { preset: 'most_vulnerable_first' } });
    const created = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'With policy', timeLimitSeconds: 10 } });
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json() as { id: string; version: number; policy: unknown; sorties: unknown[] };
    expect(plan.policy).toEqual(POLICY_PRESETS.most_vulnerable_first);
    // The scenario's policy changes later: the plan keeps the one it was planned with until re-planned.
    const s2 = await get();
    await patch({ version: s2.version, policy: { preset: 'clear_fastest' } });
    const read = (await t.as(reader, { method: 'GET', url: `/api/plans/${plan.id}` })).json() as { policy: unknown };
    expect(read.policy).toEqual(POLICY_PRESETS.most_vulnerable_first);
    const edited = await t.as(planner, { method: 'PUT', url: `/api/plans/${plan.id}`, headers: { 'if-match': String(plan.version) }, payload: { sorties: plan.sorties } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((edited.json() as { policy: unknown }).policy).toEqual(POLICY_PRESETS.most_vulnerable_first);
    const replanned = await t.as(planner, { method: 'POST', url: `/api/plans/${plan.id}/optimize?wait=true`, payload: { timeLimitSeconds: 10 } });
    expect(replanned.statusCode, replanned.body).toBe(200);
    expect((replanned.json() as { policy: unknown }).policy).toEqual(POLICY_PRESETS.clear_fastest);
    const given = await t.as(planner, { method: 'POST', url: '/api/scenarios/korea/plans?wait=true', payload: { name: 'Given', sorties: [] } });
    expect(given.statusCode, given.body).toBe(201);
    expect((given.json() as { policy: unknown }).policy).toBeNull();
  }, 180_000);
});
