import { describe, expect, it } from 'vitest';
import type { Sortie } from '../../shared/schemas/domain.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { airport, area, at, hazardAround, offer, rule, snapshot } from './fixtures.ts';

const civil = offer({ id: 'civ', seatsPerSortie: 100, sorties: 2, aircraftCount: 1, turnaroundHours: 6 });
const sdf = offer({ id: 'sdf', partnerId: 'jp-mod', category: 'sdf', aircraftType: 'C-2' });
const base = () => snapshot({
  areas: [area('seoul', 'seoul', 300), area('busan', 'busan', 100), area('jeju', 'jeju', 50, { zone: 'KR-jeju' })],
  offers: [civil, sdf, offer({ id: 'pending', status: 'submitted' })],
  scenario: { accessRules: [rule({})] },
});
const sortie = (over: Partial<Sortie> = {}, pax = 50, areaId = 'seoul'): Sortie => ({
  id: 's1', offerId: 'civ', originAirportId: 'RKSI', departAt: at(6), destinationAirportId: 'RJFF',
  allocations: [{ assemblyAreaId: areaId, passengers: pax, locked: false }], ...over,
});
const rules = (snap: ReturnType<typeof base>, sorties: Sortie[]) => validatePlan(snap, { sorties }).map((v) => v.rule);

describe('validatePlan', () => {
  it('accepts a valid plan', () => {
    expect(validatePlan(base(), { sorties: [sortie()] })).toEqual([]);
  });
  it('access: an SDF sortie from a Korean airport while SDF is denied in KR', () => {
    const v = validatePlan(base(), { sorties: [sortie({ offerId: 'sdf' })] });
    expect(v.map((x) => x.rule)).toEqual(['access_denied']);
    expect(v[0]!.message).toMatch(/sdf aircraft of JP may not depart from ICN .* landing rights/);
  });
  it('seats per sortie', () => {
    expect(rules(base(), [sortie({}, 101)])).toEqual(['seats_exceeded']);
  });
  it('sorties per offer, availability window, eligible origin, destination', () => {
    const s = base();
    expect(rules(s, [sortie({ id: 'a' }), sortie({ id: 'b', departAt: at(12) }), sortie({ id: 'c', departAt: at(18) })]))
      .toEqual(['offer_sorties_exceeded']);
    expect(rules(s, [sortie({ departAt: at(60) })])).toEqual(['outside_availability']);
    expect(rules(s, [sortie({ originAirportId: 'RKSS' })])).toEqual(['origin_not_eligible']);
    expect(rules(s, [sortie({ destinationAirportId: 'RJAA' })])).toEqual(['destination_mismatch']);
  });
  it('aircraftCount within turnaroundHours', () => {
    expect(rules(base(), [sortie({ id: 'a' }), sortie({ id: 'b', departAt: at(11) })])).toEqual(['turnaround_exceeded']);
    expect(rules(base(), [sortie({ id: 'a' }), sortie({ id: 'b', departAt: at(12) })])).toEqual([]);
  });
  it('airport open, outside hazard zones, departures per clock hour', () => {
    const closed = { ...base(), scenario: { ...base().scenario, airportStatus: { RKSI: 'closed' as const } } };
    expect(rules(closed, [sortie()])).toEqual(['airport_closed']);
    const hz = { ...base(), scenario: { ...base().scenario, hazardZones: [hazardAround('icn', 37.46, 126.44, 3)] } };
    expect(rules(hz, [sortie()])).toContain('airport_in_hazard');
    const busy = { ...base(), airports: [airport('ICN', { departuresPerHour: 1 }), airport('FUK')],
      offers: [offer({ id: 'o1' }), offer({ id: 'o2' })] };
    expect(rules(busy, [sortie({ id: 'a', offerId: 'o1' }), sortie({ id: 'b', offerId: 'o2', departAt: at(6.5) })]))
      .toEqual(['departures_per_hour_exceeded']);
  });
  it('ground: zone, distance, hazard crossing and travel time', () => {
    expect(rules(base(), [sortie({}, 10, 'jeju')])).toEqual(['ground_other_zone']);
    const far = { ...base(), scenario: { ...base().scenario, ground: { ...base().scenario.ground, maxGroundKm: 200 } } };
    expect(rules(far, [sortie({}, 10, 'busan')])).toEqual(['ground_too_far']);
    const cut = { ...base(), scenario: { ...base().scenario, hazardZones: [hazardAround('front', 37.5, 126.7, 5)] } };
    expect(rules(cut, [sortie()])).toEqual(['ground_hazard_crossing']);
    const v = validatePlan(base(), { sorties: [sortie({ departAt: at(3) })] });
    expect(v.map((x) => x.rule)).toEqual(['ground_too_early']);
    expect(v[0]!.message).toMatch(/cannot be there before/);
  });
  it('people per area and integer counts', () => {
    expect(rules(base(), [sortie({ id: 'a' }, 100), sortie({ id: 'b', departAt: at(12) }, 100), sortie({ id: 'c', offerId: 'civ2' }, 0)]))
      .toEqual(['unknown_offer']);
    const two = { ...base(), offers: [...base().offers, offer({ id: 'civ2', seatsPerSortie: 300 })] };
    expect(rules(two, [sortie({ id: 'a' }, 100), sortie({ id: 'b', offerId: 'civ2' }, 250)])).toEqual(['area_over_allocated']);
    expect(rules(base(), [sortie({}, 2.5)])).toEqual(['invalid_count']);
    expect(rules(base(), [sortie({}, -1)])).toEqual(['invalid_count']);
  });
  it('only accepted offers', () => {
    expect(rules(base(), [sortie({ offerId: 'pending' })])).toEqual(['offer_not_accepted']);
  });
});
