import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testApp, type Session, type TestApp } from '../support/app.ts';
import { resolveAccess } from '../../shared/plan/rules/access.ts';
import type { Plan } from '../../shared/schemas/api.ts';
import type { Airport, LiftOffer, Partner, Scenario } from '../../shared/schemas/domain.ts';

// The promise of the product, through real HTTP: whatever sequence of calls any role makes — offers
// created, edited, relabelled, withdrawn, accepted or declined; rules denying SDF added and deleted;
// hazard zones; plans by the matcher or by hand, edited, approved — no plan read shows an SDF-category
// sortie at an airport that denies SDF without listing it as a violation, the matcher never plans one,
// and approve never succeeds with one. The same for Maritime SDF ships at seaports (one model, one rule).

// Ports are departure points under the same rules (issue 15): Busan is one of the Korean points, the Maritime
// SDF and a ferry line are among the partners, so MSDF ships are relabelled, offered and placed by hand too.
const KR = ['RKSI', 'RKSS', 'RKPK', 'RKSO', 'RKPC', 'port-busan'];
const PARTNERS = ['us-usaf', 'gb-raf', 'jp-jasdf', 'jp-jal', 'jp-jmsdf', 'jp-camellia'];
const SEA_PARTNERS = new Set(['jp-jmsdf', 'jp-camellia']);
const CATEGORIES = ['sdf', 'foreign_military', 'civil'] as const;
const hours = (h: number) => new Date(Date.parse('2027-04-01T00:00:00.000Z') + h * 3_600_000).toISOString();

type Action =
  | { kind: 'offer'; partner: number; category: number; origins: number[]; from: number }
  | { kind: 'relabel'; offer: number; category: number }
  | { kind: 'withdraw'; offer: number }
  | { kind: 'decide'; offer: number; accept: boolean }
  | { kind: 'deny'; airport: number | null; category: number }
  | { kind: 'undeny'; rule: number }
  | { kind: 'hazard'; airport: number; on: boolean }
  | { kind: 'match' }
  | { kind: 'hand'; offer: number; origin: number; hour: number; put: boolean }
  | { kind: 'approve'; plan: number };

const idx = fc.nat({ max: 50 });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('offer' as const), partner: fc.nat({ max: 5 }), category: fc.nat({ max: 2 }), origins: fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 3 }), from: fc.nat({ max: 48 }) }),
  fc.record({ kind: fc.constant('relabel' as const), offer: idx, category: fc.nat({ max: 2 }) }),
  fc.record({ kind: fc.constant('withdraw' as const), offer: idx }),
  fc.record({ kind: fc.constant('decide' as const), offer: idx, accept: fc.boolean() }),
  fc.record({ kind: fc.constant('deny' as const), airport: fc.option(fc.nat({ max: 5 })), category: fc.constantFrom(0, 0, 1) }),
  fc.record({ kind: fc.constant('undeny' as const), rule: idx }),
  fc.record({ kind: fc.constant('hazard' as const), airport: fc.nat({ max: 5 }), on: fc.boolean() }),
  fc.constant({ kind: 'match' as const }),
  fc.record({ kind: fc.constant('hand' as const), offer: idx, origin: fc.nat({ max: 5 }), hour: fc.integer({ min: 12, max: 120 }), put: fc.boolean() }),
  fc.record({ kind: fc.constant('approve' as const), plan: idx }),
);

describe('no sequence of API calls yields an unlisted SDF sortie at an airport that denies SDF', { timeout: 900_000 }, () => {
  let t: TestApp;
  let planner: Session;
  let reader: Session;
  const liaisons = new Map<string, Session>();
  const plans: string[] = [];
  let checkedReads = 0;
  beforeAll(async () => {
    t = await testApp({ demo: true });
    planner = await t.signIn('planner');
    reader = await t.signIn('reader');
    for (const p of PARTNERS) liaisons.set(p, await t.signIn('liaison', { partnerId: p }));
  });
  afterAll(async () => { await t?.close(); });

  const req = (s: Session, method: string, url: string, payload?: unknown, headers?: Record<string, string>) =>
    t.as(s, { method: method as 'GET', url, ...(payload === undefined ? {} : { payload: payload as object }), ...(headers ? { headers } : {}) });
  const json = async <T>(s: Session, url: string): Promise<T> => (await req(s, 'GET', url)).json() as T;
  const offers = () => json<LiftOffer[]>(planner, '/api/lift-offers');
  const scenario = () => json<Scenario>(planner, '/api/scenarios/korea');
  const pick = <T>(xs: T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);

  /** SDF sorties at an airport that denies SDF at their departure time, on today's data. */
  async function deniedSdf(p: Pick<Plan, 'sorties'>): Promise<{ sortieId: string; airportId: string }[]> {
    const [sc, all, airports, partners] = await Promise.all([scenario(), offers(), json<Airport[]>(planner, '/api/airports'), json<Partner[]>(planner, '/api/partners')]);
    const byId = new Map(all.map((o) => [o.id, o]));
    const ap = new Map(airports.map((a) => [a.id, a]));
    const nation = new Map(partners.map((x) => [x.id, x.nation]));
    const out: { sortieId: string; airportId: string }[] = [];
    for (const s of p.sorties) {
      const o = byId.get(s.offerId);
      if (o?.category !== 'sdf') continue;
      for (const id of [s.originAirportId, s.destinationAirportId]) {
        const a = ap.get(id);
        if (a && !resolveAccess(sc, a, 'sdf', nation.get(o.partnerId) ?? null, Date.parse(s.departAt)).allowed) out.push({ sortieId: s.id, airportId: id });
      }
    }
    return out;
  }

  async function checkPlan(id: string, s: Session) {
    const res = await req(s, 'GET', `/api/plans/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as Plan;
    checkedReads++;
    for (const d of await deniedSdf(p)) {
      expect(p.violations, `plan ${id} sortie ${d.sortieId} at ${d.airportId}`).toContainEqual(expect.objectContaining({ rule: 'access_denied', sortieId: d.sortieId, airportId: d.airportId }));
    }
  }

  async function perform(a: Action): Promise<void> {
    switch (a.kind) {
      case 'offer': {
        const partner = PARTNERS[a.partner]!;
        // Any category, whoever offers it: relabelling an SDF aircraft is tried, and may be refused.
        const sea = SEA_PARTNERS.has(partner);
        await req(liaisons.get(partner)!, 'POST', '/api/lift-offers', {
          category: CATEGORIES[a.category],
          aircraftType: sea ? (a.category === 0 ? 'Ōsumi-class tank landing ship (JMSDF)' : 'New Camellia (Camellia Line ferry, Hakata–Busan)')
            : (a.category === 0 ? 'Kawasaki C-2 (JASDF)' : 'Boeing C-17A Globemaster III (USAF)'),
          seatsPerSortie: 100, sorties: 4, aircraftCount: 1, availableFrom: hours(a.from), availableTo: hours(a.from + 96),
          originAirportIds: [...new Set(a.origins.map((i) => KR[i]!))], destinationAirportId: sea ? 'port-hakata' : 'RJFF', turnaroundHours: 6,
        });
        return;
      }
      case 'relabel': case 'withdraw': {
        const o = pick((await offers()).filter((x) => PARTNERS.includes(x.partnerId) && x.status !== 'withdrawn'), a.offer);
        if (!o) return;
        const body = a.kind === 'withdraw' ? { version: o.version, status: 'withdrawn' } : { version: o.version, category: CATEGORIES[a.category] };
        await req(liaisons.get(o.partnerId)!, 'PATCH', `/api/lift-offers/${o.id}`, body);
        return;
      }
      case 'decide': {
        const o = pick((await offers()).filter((x) => x.status === 'submitted'), a.offer);
        if (o) await req(planner, 'POST', `/api/lift-offers/${o.id}/decision`, { status: a.accept ? 'accepted' : 'declined' });
        return;
      }
      case 'deny':
        await req(planner, 'POST', '/api/scenarios/korea/access-rules', {
          scope: a.airport === null ? 'country' : 'airport', scopeId: a.airport === null ? 'KR' : KR[a.airport], category: CATEGORIES[a.category], effect: 'deny', reason: 'property test',
        });
        return;
      case 'undeny': {
        const r = pick((await scenario()).accessRules, a.rule);
        if (r) await req(planner, 'DELETE', `/api/scenarios/korea/access-rules/${r.id}`);
        return;
      }
      case 'hazard': {
        const sc = await scenario();
        const ap = await json<Airport>(planner, `/api/airports/${KR[a.airport]}`);
        const d = 0.05;
        const zone = { name: `around ${ap.id}`, geometry: { type: 'Polygon', coordinates: [[[ap.lon - d, ap.lat - d], [ap.lon + d, ap.lat - d], [ap.lon + d, ap.lat + d], [ap.lon - d, ap.lat + d], [ap.lon - d, ap.lat - d]]] } };
        const kept = sc.hazardZones.filter((z) => !z.name.startsWith('around ')).map(({ id: _id, ...z }) => z);
        await req(planner, 'PATCH', '/api/scenarios/korea', { version: sc.version, hazardZones: a.on ? [...kept, zone] : kept });
        return;
      }
      case 'match': {
        const res = await req(planner, 'POST', '/api/scenarios/korea/plans?wait=true', { name: 'matcher', timeLimitSeconds: 10 });
        expect(res.statusCode, res.body).toBe(201);
        const p = res.json() as Plan;
        plans.push(p.id);
        expect(p.violations.filter((v) => v.rule === 'access_denied')).toEqual([]);
        expect(await deniedSdf(p)).toEqual([]);
        return;
      }
      case 'hand': {
        const o = pick((await offers()).filter((x) => x.category === 'sdf'), a.offer);
        if (!o) return;
        const sortie = { offerId: o.id, originAirportId: KR[a.origin]!, destinationAirportId: o.destinationAirportId, departAt: hours(a.hour), allocations: [] };
        const target = a.put ? pick(plans, a.offer) : undefined;
        if (target) {
          const current = await json<Plan>(planner, `/api/plans/${target}`);
          await req(planner, 'PUT', `/api/plans/${target}`, { sorties: [...current.sorties, sortie] }, { 'if-match': String(current.version) });
        } else {
          const res = await req(planner, 'POST', '/api/scenarios/korea/plans?wait=true', { name: 'by hand', sorties: [sortie] });
          if (res.statusCode === 201) plans.push((res.json() as Plan).id);
        }
        return;
      }
      case 'approve': {
        const id = pick(plans, a.plan);
        if (!id) return;
        const res = await req(planner, 'POST', `/api/plans/${id}/approve`);
        expect([200, 409, 422]).toContain(res.statusCode);
        if (res.statusCode === 200) {
          const p = res.json() as Plan;
          expect(p.violations).toEqual([]);
          expect(await deniedSdf(p)).toEqual([]);
        }
      }
    }
  }

  it('holds for random sequences by planners, liaisons and readers', async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
      for (const a of actions) {
        await perform(a);
        for (const id of plans.slice(-4)) await checkPlan(id, a.kind === 'approve' ? reader : planner);
      }
    }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 8), endOnFailure: true });
    expect(checkedReads).toBeGreaterThan(0);
  });
});
