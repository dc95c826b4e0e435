import { describe, expect, it } from 'vitest';
import { InputChangeCode } from '../../shared/schemas/plan-result.ts';
import type { InputChange } from '../../shared/schemas/plan-result.ts';
import { i18n } from '../../client/src/i18n/i18n.ts';
import { changeWords } from '../../client/src/lib/planned-on-words.ts';

// What changed since a plan was planned is worded from each change's code and params, in every language.

const params = { fields: 'startsAt', partnerId: 'gb-raf', status: 'accepted', aircraftType: 'C-17', from: 'submitted', to: 'accepted',
  fromVersion: 1, toVersion: 2, category: 'sdf', nation: 'JP', effect: 'deny', scopeId: 'KR', label: 'ICN', name: 'Seoul', evacuees: 120 };
const codes = (InputChangeCode as unknown as { enum: string[] }).enum;
it('lists the codes', () => expect(codes.length).toBeGreaterThan(15));

describe('input changes in both languages', () => {
  for (const lng of ['en', 'ja']) {
    it(`${lng}: every change code has words, every placeholder filled`, () => {
      const t = i18n.getFixedT(lng);
      for (const code of codes) {
        const kind = code.split('_')[0] === 'area' ? 'area' : (code.split('_')[0] as InputChange['kind']);
        const c = { code, kind, id: 'x', params, message: 'ENGLISH', breaksPlan: false } as InputChange;
        const words = changeWords(c, t);
        expect(words, code).not.toMatch(/ENGLISH|\{\{|plannedOn/);
        if (lng === 'ja') expect(words, code).not.toMatch(/\b(added|deleted|changed|denied|offer|rule)\b/);
      }
    });
  }
});
