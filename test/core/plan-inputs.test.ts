import { describe, expect, it } from 'vitest';
import { diffInputs, planBasis } from '../../shared/plan/inputs.ts';
import { assessDrift, violationKey } from '../../shared/plan/derive.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { loadDemoData } from '../../server/seed/load-files.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';

const demo = loadDemoData();
const korea = demo.scenarios.find((s) => s.id === 'korea')!;
const snapshot = (): PlanningSnapshot => structuredClone({
  scenario: korea, areas: demo.areas.filter((a) => a.country === 'KR'), airports: demo.airports, offers: demo.offers, partners: demo.partners,
});
/** What PostgreSQL's jsonb gives back: the same values with object keys in another order. */
const reordered = <T>(v: T): T => JSON.parse(JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x)
  ? Object.fromEntries(Object.entries(x).reverse()) : x))) as T;

describe('what a plan was planned on, and what changed since', () => {
  it('finds no change in the same data read back with its keys reordered', () => {
    const s = snapshot();
    expect(diffInputs(reordered(planBasis(s)), planBasis(s), 'korea')).toEqual([]);
  });

  it('names each kind of change with a code and parameters', () => {
    const before = planBasis(snapshot());
    const s = snapshot();
    const offer = s.offers.find((o) => o.status === 'accepted')!;
    offer.status = 'withdrawn';
    s.scenario.accessRules.push({ id: 'r-new', scope: 'airport', scopeId: 'RKSI', category: 'civil', nation: null, effect: 'deny', validFrom: null, validTo: null, reason: 'x' });
    s.scenario.accessRules = s.scenario.accessRules.filter((r) => r.id !== 'korea-sdf-kr');
    s.areas[0]!.residents += 300;
    s.scenario.airportStatus = { RKPK: 'closed' };
    s.scenario.hazardZones = [];
    s.scenario.ground.maxGroundKm = 100;
    const codes = diffInputs(before, planBasis(s), 'korea').map((c) => [c.code, c.id, c.params]);
    expect(codes).toEqual(expect.arrayContaining([
      ['offer_status_changed', offer.id, expect.objectContaining({ from: 'accepted', to: 'withdrawn' })],
      ['rule_added', 'r-new', expect.objectContaining({ scopeId: 'RKSI', category: 'civil', effect: 'deny' })],
      ['rule_removed', 'korea-sdf-kr', expect.objectContaining({ category: 'sdf' })],
      ['area_count_changed', s.areas[0]!.id, expect.objectContaining({ from: s.areas[0]!.residents - 300 + s.areas[0]!.visitors, to: s.areas[0]!.residents + s.areas[0]!.visitors })],
      ['airport_status_changed', 'RKPK', expect.objectContaining({ from: 'open', to: 'closed' })],
      ['hazard_removed', korea.hazardZones[0]!.id, expect.anything()],
      ['scenario_changed', 'korea', { fields: 'ground' }],
    ]));
  });

  it('says a change breaks the plan only when it brings violations the plan did not have', () => {
    const s = snapshot();
    const offer = s.offers.find((o) => o.status === 'accepted' && o.category === 'civil')!;
    const sorties = [{ id: 'x1', offerId: offer.id, originAirportId: offer.originAirportIds[0]!, destinationAirportId: offer.destinationAirportId, departAt: offer.availableFrom, allocations: [] }];
    const basis = { inputs: planBasis(s), violationKeys: validatePlan(s, { sorties }).map(violationKey) };
    const other = s.offers.find((o) => o.status === 'submitted')!;
    other.status = 'accepted';
    const harmless = assessDrift(basis, planBasis(s), validatePlan(s, { sorties }), 'korea');
    expect(harmless).toMatchObject({ changed: true, breaks: false, newViolations: 0 });
    offer.status = 'withdrawn';
    const broken = assessDrift(basis, planBasis(s), validatePlan(s, { sorties }), 'korea');
    expect(broken).toMatchObject({ changed: true, breaks: true, newViolations: 1 });
    expect(broken.changes[0]).toMatchObject({ id: offer.id, breaksPlan: true });
    expect(broken.changes.find((c) => c.id === other.id)?.breaksPlan).toBe(false);
  });
});
