import loadHighs from 'highs';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../server/seed/load-files.ts';
import { match } from '../../shared/plan/solve/matcher.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { explainLeftBehind } from '../../shared/plan/checks/explain.ts';
import { buildPlanSummary } from '../../shared/summary/plan-summary.ts';
import { resolveAccess } from '../../shared/plan/rules/access.ts';
import { pointsViolation, checkOfferFacts } from '../../shared/offers/offer-facts.ts';
import type { PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import type { Scenario, Sortie } from '../../shared/schemas/domain.ts';
import { hazardAround } from './fixtures.ts';

// Sea lift is the same model as air: seaports are departure points (mode sea) under the same status,
// hazard and access rules, ship offers are offers, a sailing is a sortie. These run the real matcher on the
// demo's Korean scenario, where SDF — aircraft and Maritime SDF ships alike — is denied in South Korea.

const data = loadDemoData();
let highs: Highs;
beforeAll(async () => { highs = await loadHighs(); });

const korea = data.scenarios.find((s) => s.id === 'korea')!;
const snap = (scenario: Scenario = korea): PlanningSnapshot => ({
  scenario, areas: data.areas.filter((a) => scenario.countries.includes(a.country)),
  airports: data.airports, offers: data.offers, partners: data.partners,
});
const ships = new Set(data.ships.map((s) => s.type));
const offerOf = new Map(data.offers.map((o) => [o.id, o]));
const sailings = (sorties: Sortie[]) => sorties.filter((s) => ships.has(offerOf.get(s.offerId)!.aircraftType));
const aboard = (sorties: Sortie[]) => sorties.reduce((n, s) => n + s.allocations.reduce((m, a) => m + a.passengers, 0), 0);

describe('sea lift in the Korean scenario (SDF denied, MSDF denied in Korean ports)', () => {
  it('moves people by ferry from Busan under the rules, never on the MSDF ship', () => {
    const s = snap();
    const busan = data.airports.find((a) => a.id === 'port-busan')!;
    expect(resolveAccess(korea, busan, 'sdf', 'JP', Date.parse(korea.startsAt)).allowed).toBe(false);
    const r = match(highs, s, { timeLimitSeconds: 20 });
    expect(validatePlan(s, r.plan)).toEqual([]);
    const sea = sailings(r.plan.sorties);
    expect(sea.length).toBeGreaterThan(0);
    expect(aboard(sea)).toBeGreaterThan(1000);
    for (const x of sea) expect(x.originAirportId).toBe('port-busan');
    expect(r.plan.sorties.some((x) => offerOf.get(x.offerId)!.category === 'sdf')).toBe(false);
    // every sailing boards people who can reach Busan by road (the same ground rule as an airport)
    for (const x of sea) for (const a of x.allocations) expect(data.areas.find((y) => y.id === a.assemblyAreaId)!.zone).toBe('KR-main');
  });

  it('plans the MSDF ship once a rule allows it at Busan — the access rules apply to ports exactly as to airports', () => {
    const allow: Scenario = { ...korea, accessRules: [...korea.accessRules, {
      id: 'allow-msdf-busan', scope: 'airport', scopeId: 'port-busan', category: 'sdf', nation: null, effect: 'allow',
      validFrom: null, validTo: null, reason: 'host nation consents to the Maritime SDF at Busan (test)',
    }] };
    const s = snap(allow);
    const r = match(highs, s, { timeLimitSeconds: 20 });
    expect(validatePlan(s, r.plan)).toEqual([]);
    expect(r.plan.sorties.filter((x) => x.offerId === 'offer-jp-osumi-1').length).toBeGreaterThan(0);
    // ...and an SDF aircraft at a Korean airport stays denied
    expect(r.plan.sorties.some((x) => offerOf.get(x.offerId)!.partnerId === 'jp-jasdf')).toBe(false);
    // the same sortie in the rules' original scenario is a listed violation
    const osumi = r.plan.sorties.find((x) => x.offerId === 'offer-jp-osumi-1')!;
    const v = validatePlan(snap(), { sorties: [osumi] });
    expect(v).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'access_denied', airportId: 'port-busan' })]));
  });

  it('closes a port inside a hazard zone like an airport: no sailing from it, and a hand-made one is a violation', () => {
    const busan = data.airports.find((a) => a.id === 'port-busan')!;
    const closed: Scenario = { ...korea, hazardZones: [...korea.hazardZones, hazardAround('hz-busan-port', busan.lat, busan.lon, 3)] };
    const s = snap(closed);
    const r = match(highs, s, { timeLimitSeconds: 20 });
    expect(sailings(r.plan.sorties)).toEqual([]);
    const open = match(highs, snap(), { timeLimitSeconds: 20 });
    const sailing = sailings(open.plan.sorties)[0]!;
    expect(validatePlan(s, { sorties: [sailing] })).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'airport_in_hazard', airportId: 'port-busan' })]));
    // the explanation names the port like an airport
    const left = explainLeftBehind(s, r.plan);
    expect(left.areas.length).toBeGreaterThan(0);
  });
});

describe('an offer departs and arrives by one mode', () => {
  const camellia = data.ships.find((s) => s.type.startsWith('New Camellia'))!;
  const c17 = data.aircraft.find((a) => a.type.startsWith('Boeing C-17A Globemaster III (USAF)'))!;
  const sea = (id: string) => ({ id, mode: 'sea' as const });
  const air = (id: string) => ({ id, mode: 'air' as const });
  it('refuses a ship flying from an airport, an aircraft sailing to a port, and mixed origins', () => {
    expect(pointsViolation(camellia, { origins: [sea('port-busan')], destination: sea('port-hakata') })).toBeNull();
    expect(pointsViolation(camellia, { origins: [sea('port-busan')], destination: air('RJFF') })).toMatchObject({ field: 'destinationAirportId' });
    expect(pointsViolation(camellia, { origins: [air('RKPK')], destination: sea('port-hakata') })).toMatchObject({ field: 'originAirportIds' });
    expect(pointsViolation(c17, { origins: [air('RKSO')], destination: sea('port-hakata') })).toMatchObject({ field: 'destinationAirportId', reason: expect.stringMatching(/is an aircraft; its destination port-hakata is a seaport/) });
    // an uncatalogued type follows its destination, and all origins must match it
    expect(pointsViolation(undefined, { origins: [sea('port-busan'), air('RKPK')], destination: sea('port-hakata') })).toMatchObject({ field: 'originAirportIds' });
    expect(pointsViolation(undefined, { origins: [{ id: 'RKSI' }], destination: { id: 'RJFF' } })).toBeNull();
  });
  it('keeps the category and seat rules for ships: MSDF is sdf, seats capped by the catalogue', () => {
    const osumi = data.ships.find((s) => s.type.startsWith('Ōsumi'))!;
    const ferry = { name: 'Camellia Line', categories: ['civil'] as const };
    const msdf = { name: 'JMSDF', categories: ['sdf'] as const };
    expect(checkOfferFacts({ aircraftType: osumi.type, seatsPerSortie: 330 }, ferry, osumi)).toMatchObject({ ok: false, field: 'aircraftType', reason: expect.stringMatching(/is an SDF \(Japan\) ship/) });
    expect(checkOfferFacts({ aircraftType: osumi.type, seatsPerSortie: 330, category: 'civil' }, msdf, osumi)).toMatchObject({ ok: false, field: 'category' });
    expect(checkOfferFacts({ aircraftType: camellia.type, seatsPerSortie: 648 }, ferry, camellia)).toMatchObject({ ok: false, field: 'seatsPerSortie' });
    expect(checkOfferFacts({ aircraftType: camellia.type, seatsPerSortie: 647 }, ferry, camellia, { origins: [sea('port-busan')], destination: sea('port-hakata') })).toMatchObject({ ok: true, category: 'civil' });
  });
});

describe('the printed summary treats a sailing like a sortie', () => {
  it('lists the ferry from Busan under departures and tasking with mode sea, flights with mode air', () => {
    const s = snap();
    const r = match(highs, s, { timeLimitSeconds: 20 });
    const plan = {
      id: 'p', scenarioId: korea.id, name: 'sea', status: 'draft' as const, version: 1, sorties: r.plan.sorties, violations: [],
      leftBehind: explainLeftBehind(s, r.plan), approvedAt: null, approvedBy: null, updatedAt: korea.startsAt,
      plannedOn: { known: true, at: korea.startsAt, basis: 'saved' as const, checkedAt: korea.startsAt, changed: false, changes: [], moreChanges: 0, newViolations: 0, breaks: false },
    };
    const out = buildPlanSummary(s, plan, { printedAt: korea.startsAt, printedBy: 'test' });
    if (!out.ok) throw new Error(out.message);
    const port = out.summary.departures!.find((d) => d.airportId === 'port-busan')!;
    expect(port.mode).toBe('sea');
    expect(port.passengers).toBe(aboard(sailings(r.plan.sorties)));
    expect(out.summary.departures!.filter((d) => d.airportId !== 'port-busan').every((d) => d.mode === 'air')).toBe(true);
    const rows = out.summary.tasking.flatMap((t) => t.sortieRows);
    const sea = new Set(sailings(r.plan.sorties).map((x) => x.id));
    for (const row of rows) expect(row.mode, row.sortieId).toBe(sea.has(row.sortieId) ? 'sea' : 'air');
    expect(rows.some((row) => row.mode === 'sea')).toBe(true);
  });
});
