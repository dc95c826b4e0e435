import loadHighs from 'highs';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { match } from '../../shared/plan/solve/matcher.ts';
import { explainLeftBehind } from '../../shared/plan/checks/explain.ts';
import { REASON_CODES, reasonInEnglish } from '../../shared/plan/checks/explain-phrases.ts';
import { diffPlans } from '../../shared/operation/plan-diff.ts';
import { replanInputs } from '../../shared/operation/actuals.ts';
import { airport, area, at, offer, snapshot } from './fixtures.ts';

let highs: Highs;
beforeAll(async () => { highs = await loadHighs(); });

// A re-plan proposal says why, as data: dropped sorties and newly left-behind areas carry codes and
// parameters a client words in its reader's language, beside the English sentence.
describe('what a re-plan changes, as codes', () => {
  const s = (closed: string[] = []) => snapshot({
    areas: [area('seoul', 'seoul', 900, { priority1: 100 }), area('busan', 'busan', 400)],
    airports: [airport('ICN', { departuresPerHour: 2 }), airport('PUS', { departuresPerHour: 1 }), airport('FUK')],
    offers: [offer({ id: 'b767', seatsPerSortie: 250, sorties: 6, aircraftCount: 2, turnaroundHours: 5, originAirportIds: ['RKSI', 'RKPK'] })],
    scenario: { horizonHours: 24, airportStatus: Object.fromEntries(closed.map((id) => [id, 'closed' as const])) },
  });

  it('names the closed airport of a dropped sortie and the reason code of the people it leaves behind', () => {
    const before = match(highs, s(), { timeLimitSeconds: 10 }).plan;
    const closed = s(['RKPK']);
    const inputs = replanInputs(closed, before.sorties, [], [], Date.parse(at(0)));
    const fromPus = before.sorties.filter((x) => x.originAirportId === 'RKPK');
    expect(fromPus.length).toBeGreaterThan(0);
    for (const x of fromPus) expect(inputs.dropped).toContainEqual({ sortieId: x.id, reason: 'airport RKPK is closed', code: 'airport_closed', params: { airport: 'RKPK' } });
    const after = match(highs, inputs.snapshot, { timeLimitSeconds: 10 }).plan;
    const changes = diffPlans(before.sorties, after.sorties, inputs.dropped,
      explainLeftBehind(s(), before).areas, explainLeftBehind(closed, after).areas);
    expect(changes.newlyLeftBehind.length).toBeGreaterThan(0);
    const codes = new Set<string>(REASON_CODES);
    for (const l of changes.newlyLeftBehind) {
      expect(l.after).toBeGreaterThan(l.before);
      expect(codes.has(l.reasonCode), l.reasonCode).toBe(true);
      expect(l.reason).toContain(reasonInEnglish({ reasonCode: l.reasonCode, reasonParams: l.reasonParams, reasonNotes: l.reasonNotes }));
    }
    for (const d of changes.dropped) expect(['out', 'airport_closed', 'not_departed', 'replanned']).toContain(d.code);
  });
});
