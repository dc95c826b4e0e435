import { describe, expect, it } from 'vitest';
import { resolveAccess } from '../../shared/plan/rules/access.ts';
import { airportClosure, groundLeg, prepareHazards } from '../../shared/plan/rules/ground.ts';
import { airport, area, at, hazardAround, rule, scenario } from './fixtures.ts';

describe('access rules', () => {
  const icn = airport('ICN');
  const t = Date.parse(at(5));
  it('allows when no rule applies', () => {
    expect(resolveAccess(scenario(), icn, 'sdf', 'JP', t).allowed).toBe(true);
  });
  it('denies by country and category', () => {
    const d = resolveAccess(scenario({ accessRules: [rule({})] }), icn, 'sdf', 'JP', t);
    expect(d.allowed).toBe(false);
    expect(d.rule?.reason).toMatch(/landing rights/);
  });
  it('an airport rule beats a country rule', () => {
    const rules = [rule({}), rule({ scope: 'airport', scopeId: 'RKSI', effect: 'allow' })];
    expect(resolveAccess(scenario({ accessRules: rules }), icn, 'sdf', 'JP', t).allowed).toBe(true);
    expect(resolveAccess(scenario({ accessRules: rules }), airport('PUS'), 'sdf', 'JP', t).allowed).toBe(false);
  });
  it('a nation rule beats a category rule at the same scope', () => {
    const rules = [
      rule({ category: 'foreign_military' }),
      rule({ category: 'foreign_military', nation: 'US', effect: 'allow' }),
    ];
    const sc = scenario({ accessRules: rules });
    expect(resolveAccess(sc, icn, 'foreign_military', 'US', t).allowed).toBe(true);
    expect(resolveAccess(sc, icn, 'foreign_military', 'GB', t).allowed).toBe(false);
  });
  it('airport scope outranks nation: a country-wide nation allow loses to an airport category deny', () => {
    const rules = [
      rule({ category: 'civil', nation: 'JP', effect: 'allow' }),
      rule({ category: 'civil', scope: 'airport', scopeId: 'RKSI' }),
    ];
    expect(resolveAccess(scenario({ accessRules: rules }), icn, 'civil', 'JP', t).allowed).toBe(false);
  });
  it('applies a rule only inside its validity window', () => {
    const sc = scenario({ accessRules: [rule({ validFrom: at(10), validTo: at(20) })] });
    expect(resolveAccess(sc, icn, 'sdf', 'JP', Date.parse(at(5))).allowed).toBe(true);
    expect(resolveAccess(sc, icn, 'sdf', 'JP', Date.parse(at(15))).allowed).toBe(false);
    expect(resolveAccess(sc, icn, 'sdf', 'JP', Date.parse(at(25))).allowed).toBe(true);
  });
  it('deny wins between equally specific contradicting rules', () => {
    const sc = scenario({ accessRules: [rule({ effect: 'allow' }), rule({})] });
    expect(resolveAccess(sc, icn, 'sdf', 'JP', t).allowed).toBe(false);
  });
});

describe('ground reach', () => {
  const sc = scenario();
  it('computes road km (great circle × roadFactor) and the ready time', () => {
    const leg = groundLeg(sc, [], area('s', 'seoul', 1), airport('ICN'));
    expect(leg.failure).toBeUndefined();
    expect(leg.km).toBeGreaterThan(55);
    expect(leg.km).toBeLessThan(70);
    expect(leg.readyAtMs).toBeCloseTo(Date.parse(at(2)) + (leg.km / 50) * 3_600_000, -1);
  });
  it('refuses other zones, other countries and distances beyond maxGroundKm', () => {
    expect(groundLeg(sc, [], area('j', 'jeju', 1, { zone: 'KR-jeju' }), airport('PUS')).failure).toBe('other_zone');
    expect(groundLeg(sc, [], area('s', 'seoul', 1), airport('FUK')).failure).toBe('other_country');
    const short = scenario({ ground: { ...sc.ground, maxGroundKm: 100 } });
    expect(groundLeg(short, [], area('s', 'seoul', 1), airport('PUS')).failure).toBe('too_far');
  });
  it('refuses a straight route across a hazard zone', () => {
    const h = prepareHazards([hazardAround('front', 37.5, 126.7, 5)]);
    const leg = groundLeg(sc, h, area('s', 'seoul', 1), airport('ICN'));
    expect(leg.failure).toBe('hazard_crossing');
    expect(groundLeg(sc, h, area('b', 'busan', 1), airport('PUS')).failure).toBeUndefined();
  });
  it('closes airports inside a hazard zone or closed by the scenario', () => {
    const h = prepareHazards([hazardAround('icn-zone', 37.46, 126.44, 3)]);
    expect(airportClosure(sc, h, airport('ICN'))?.kind).toBe('hazard');
    expect(airportClosure(scenario({ airportStatus: { RKPK: 'closed' } }), [], airport('PUS'))?.kind).toBe('status');
    expect(airportClosure(sc, h, airport('PUS'))).toBeUndefined();
  });
});
