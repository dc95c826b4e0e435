import { describe, expect, it } from 'vitest';
import type { Sortie } from '../../shared/schemas/domain.ts';
import { ViolationRule } from '../../shared/plan/checks/violations.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { i18n } from '../../client/src/i18n/i18n.ts';
import { makeFormat } from '../../client/src/i18n/format.ts';
import { violationWords } from '../../client/src/features/planner/components/violation-words.ts';
import { airport, area, at, hazardAround, offer, rule, snapshot } from '../core/fixtures.ts';

// Violations are data (rule + params); each language words every rule from them, with no English left in Japanese.

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
const b = base();
/** Seats on the partner's own departure at H+6 (seat shares): a sortie elsewhere, or two on it, break the rules. */
const share = offer({ id: 'share', sorties: 1, seatShare: { departures: [{ originAirportId: 'RKSI', departAt: at(6) }] } });
const cases: [ReturnType<typeof base>, Sortie[]][] = [
  [b, [sortie({ offerId: 'sdf' })]],
  [b, [sortie({}, 101)]],
  [b, [sortie({ id: 'a' }), sortie({ id: 'b', departAt: at(12) }), sortie({ id: 'c', departAt: at(18) })]],
  [b, [sortie({ departAt: at(60) })]],
  [b, [sortie({ originAirportId: 'RKSS' })]],
  [b, [sortie({ destinationAirportId: 'RJAA' })]],
  [b, [sortie({ id: 'a' }), sortie({ id: 'b', departAt: at(11) })]],
  [{ ...b, scenario: { ...b.scenario, airportStatus: { RKSI: 'closed' as const } } }, [sortie()]],
  [{ ...b, scenario: { ...b.scenario, hazardZones: [hazardAround('icn', 37.46, 126.44, 3)] } }, [sortie()]],
  [{ ...b, airports: [airport('ICN', { departuresPerHour: 1 }), airport('FUK')], offers: [offer({ id: 'o1' }), offer({ id: 'o2' })] },
    [sortie({ id: 'a', offerId: 'o1' }), sortie({ id: 'b', offerId: 'o2', departAt: at(6.5) })]],
  [b, [sortie({}, 10, 'jeju')]],
  [{ ...b, scenario: { ...b.scenario, ground: { ...b.scenario.ground, maxGroundKm: 200 } } }, [sortie({}, 10, 'busan')]],
  [{ ...b, scenario: { ...b.scenario, hazardZones: [hazardAround('front', 37.5, 126.7, 5)] } }, [sortie()]],
  [b, [sortie({ departAt: at(3) })]],
  [b, [sortie({ offerId: 'nope' })]],
  [{ ...b, offers: [...b.offers, offer({ id: 'civ2', seatsPerSortie: 300 })] }, [sortie({ id: 'a' }, 100), sortie({ id: 'b', offerId: 'civ2' }, 250)]],
  [b, [sortie({}, 2.5)]],
  [b, [sortie({}, 10, 'atlantis')]],
  [b, [sortie({ offerId: 'pending' })]],
  [b, [sortie({ originAirportId: 'XXXX' })]],
  [b, [sortie({ departAt: 'soon' })]],
  [{ ...b, offers: [...b.offers, share] }, [sortie({ id: 'a', offerId: 'share', departAt: at(9) })]],
  [{ ...b, offers: [...b.offers, share] }, [sortie({ id: 'a', offerId: 'share' }), sortie({ id: 'b', offerId: 'share' })]],
];
const violations = cases.flatMap(([snap, sorties]) => validatePlan(snap, { sorties }));
const exists = (k: string) => i18n.exists(k);

describe('violations in both languages', () => {
  it('the cases cover every rule, and every violation carries params', () => {
    // ground_other_country needs a second theatre and the partner_* rules a seat request: their words are checked below.
    expect(new Set(violations.map((v) => v.rule))).toEqual(new Set(Object.values(ViolationRule).filter((r) => r !== 'ground_other_country' && !r.startsWith('partner_'))));
    for (const v of violations) expect(v.params, v.rule).toBeTruthy();
  });
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: each is worded from its params, every placeholder filled`, () => {
      const t = i18n.getFixedT(lang);
      const f = makeFormat(lang);
      for (const v of violations) {
        const words = violationWords(v, t, exists, f);
        expect(words, v.rule).toBeTruthy();
        expect(words, v.rule).not.toMatch(/\{\{|violationText|undefined/);
        if (lang === 'ja') expect(words, `${v.rule}: ${words}`).not.toMatch(/\b(Sortie|sortie|offer|airport|people|depart|closed)\b/);
      }
    });
  }
  it('the English words match the server sentence where no id is left out', () => {
    const t = i18n.getFixedT('en');
    const v = violations.find((x) => x.rule === 'seats_exceeded')!;
    expect(violationWords(v, t, exists, makeFormat('en'))).toBe('Sortie s1 carries 101 passengers but Japan Airlines B767 has 100 seats.');
  });
  it('every rule has words in every language (ground_other_country too)', () => {
    for (const lang of ['en', 'ja']) for (const r of Object.values(ViolationRule)) {
      expect(i18n.exists(`map:violationText.${r}`, { lng: lang }) || i18n.exists(`map:violationText.${r}_other`, { lng: lang }), `${lang} ${r}`).toBe(true);
    }
  });
});
