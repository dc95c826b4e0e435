import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/db.ts';
import { presetPolicy } from '../../shared/policy/presets.ts';
import { listCountries, upsertCountry } from '../../server/repositories/countries.repository.ts';
import { insertAirport, listAirports } from '../../server/repositories/airports.repository.ts';
import { insertArea, listAreas } from '../../server/repositories/areas.repository.ts';
import { insertPartner } from '../../server/repositories/partners.repository.ts';
import { getOffer, insertOffer, listOffers, replaceOffer } from '../../server/repositories/offers.repository.ts';
import { getScenario, insertScenario } from '../../server/repositories/scenarios.repository.ts';
import { getPlan, getPlanBasis, insertPlan, updatePlan } from '../../server/repositories/plans.repository.ts';
import { loadSnapshot } from '../../server/services/snapshot.ts';
import { asPlanned, derivePlan } from '../../shared/plan/derive.ts';
import type { Airport, AssemblyArea, LiftOffer, Scenario } from '../../shared/schemas/domain.ts';

const airport = (id: string, country: string, zone: string, lat: number, lon: number): Airport => ({
  id, iata: null, icao: id, name: `Airport ${id}`, country, zone, lat, lon, runwayM: 3000, departuresPerHour: 10, status: 'open', role: null,
});
const area = (id: string, country: string, residents: number): AssemblyArea => ({
  id, country, zone: `${country}-main`, name: `Area ${id}`, lat: 37, lon: 127, residents, visitors: 10, priority1: 5, priority2: 20,
});

describe('repositories', () => {
  let t: TestDatabase;
  const offer: LiftOffer = {
    id: 'o1', partnerId: 'p1', category: 'civil', aircraftType: 'B787', seatsPerSortie: 250, sorties: 3, aircraftCount: 1,
    availableFrom: '2027-04-01T00:00:00.000Z', availableTo: '2027-04-03T00:00:00.000Z', originAirportIds: ['B', 'A'],
    destinationAirportId: 'J', turnaroundHours: 6, status: 'accepted', note: null, version: 1,
  };
  const scenario: Scenario = {
    id: 's1', name: 'S', description: '', countries: ['KR'], startsAt: '2027-04-01T00:00:00.000Z', horizonHours: 72,
    ground: { roadFactor: 1.3, groundSpeedKmh: 50, maxGroundKm: 400, processingHours: 2 }, airportStatus: { A: 'closed' },
    accessRules: [{ id: 'r1', scope: 'country', scopeId: 'KR', category: 'sdf', nation: null, effect: 'deny', validFrom: null, validTo: '2027-04-02T00:00:00.000Z', reason: 'no SDF' }],
    hazardZones: [{ id: 'h1', name: 'H', geometry: { type: 'Polygon', coordinates: [[[127, 37], [127.1, 37], [127.1, 37.1], [127, 37]]] } }],
    policy: presetPolicy('clear_fastest'),
    version: 1,
  };

  beforeAll(async () => {
    t = await testDatabase();
    for (const c of [{ code: 'KR', name: 'South Korea' }, { code: 'TW', name: 'Taiwan' }, { code: 'JP', name: 'Japan' }]) await upsertCountry(t.db, c);
    for (const a of [airport('A', 'KR', 'KR-main', 37.4, 126.4), airport('B', 'KR', 'KR-main', 35.1, 128.9), airport('J', 'JP', 'JP-kyushu', 33.6, 130.4)]) await insertAirport(t.db, a);
    await insertArea(t.db, area('a1', 'KR', 1000));
    await insertArea(t.db, area('a2', 'TW', 500));
    await insertPartner(t.db, { id: 'p1', name: 'Partner', nation: 'JP', categories: ['civil'] });
    await insertOffer(t.db, offer);
    await insertScenario(t.db, scenario);
  });
  afterAll(async () => { await t.dispose(); });

  it('sums residents and evacuees per country, countries without areas at zero', async () => {
    const byCode = Object.fromEntries((await listCountries(t.db)).map((c) => [c.code, c]));
    expect(byCode.KR).toEqual({ code: 'KR', name: 'South Korea', residents: 1000, evacuees: 1010 });
    expect(byCode.JP).toMatchObject({ residents: 0, evacuees: 0 });
  });

  it('keeps an offer\'s origins in their order and replaces them on update', async () => {
    expect((await getOffer(t.db, 'o1'))?.originAirportIds).toEqual(['B', 'A']);
    await replaceOffer(t.db, { ...offer, originAirportIds: ['A'], version: 2 });
    expect(await getOffer(t.db, 'o1')).toMatchObject({ originAirportIds: ['A'], version: 2 });
    expect(await listOffers(t.db, { status: 'declined' })).toEqual([]);
  });

  it('round-trips a scenario with its rules, zones, status overrides and times', async () => {
    expect(await getScenario(t.db, 's1')).toEqual(scenario);
  });

  it('loads the planning snapshot of a scenario: only its countries\' areas', async () => {
    const snap = await loadSnapshot(t.db, 's1');
    expect(snap?.areas.map((a) => a.id)).toEqual(['a1']);
    expect(snap?.airports.map((a) => a.id).sort()).toEqual(['A', 'B', 'J']);
    expect(await loadSnapshot(t.db, 'nope')).toBeUndefined();
    expect((await listAreas(t.db, { country: [] }))).toEqual([]);
    expect((await listAirports(t.db, { country: 'JP' })).map((a) => a.id)).toEqual(['J']);
  });

  it('stores a plan\'s sorties and allocations and replaces them on update', async () => {
    const sorties = [{ id: 'm-1', offerId: 'o1', originAirportId: 'A', destinationAirportId: 'J', departAt: '2027-04-01T10:00:00.000Z', allocations: [{ assemblyAreaId: 'a1', passengers: 200, locked: true }] }];
    const snap = (await loadSnapshot(t.db, 's1'))!;
    const derivation = asPlanned(derivePlan(snap, sorties, null));
    expect(derivation.metrics.peopleOut).toBe(200);
    await insertPlan(t.db, { id: 'plan1', scenarioId: 's1', name: 'P', createdBy: null, sorties, solve: {}, derivation, digest: 'd1' });
    // Another plan may use the same sortie ids: they are the plan's own.
    await insertPlan(t.db, { id: 'plan2', scenarioId: 's1', name: 'P2', createdBy: null, sorties, solve: {}, derivation, digest: 'd2' });
    expect((await getPlan(t.db, 'plan1'))?.sorties).toEqual(sorties);
    expect((await getPlanBasis(t.db, 'plan1', 1))?.inputs.areas.a1?.evacuees).toBe(derivation.inputs.areas.a1?.evacuees);
    expect((await getPlan(t.db, 'plan1'))?.basis?.kind).toBe('saved');
    await updatePlan(t.db, { id: 'plan1', name: 'P', version: 2, sorties: [], solve: {}, derivation: asPlanned(derivePlan(snap, [], null)), digest: 'd3' });
    expect((await getPlan(t.db, 'plan1'))?.derived).toMatchObject({ digest: 'd3', metrics: { peopleOut: 0 } });
    expect(await getPlan(t.db, 'plan1')).toMatchObject({ version: 2, sorties: [] });
    expect((await getPlan(t.db, 'plan2'))?.sorties).toEqual(sorties);
  });
});
