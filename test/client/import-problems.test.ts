import { describe, expect, it } from 'vitest';
import { i18n } from '../../client/src/i18n/i18n.ts';
import { columnWord, wordProblem } from '../../client/src/features/import/components/problem-words.ts';
import { IMPORT_PROBLEM_CODES } from '../../shared/exchange/import-problems.ts';
import type { ImportProblem } from '../../shared/schemas/imports.ts';

const problem = (over: Partial<ImportProblem>): ImportProblem => ({ code: 'file_empty', field: null, params: {}, row: 1, column: null, message: 'SERVER ENGLISH', ...over });

/** Import problems are worded from their code in the reader's language, never from the server's English. */
describe('import problem words', () => {
  for (const lang of ['en', 'ja'] as const) {
    const t = i18n.getFixedT(lang);
    it(`words every code in ${lang} with its parameters filled`, () => {
      for (const code of IMPORT_PROBLEM_CODES) {
        expect(i18n.exists(`exchange:import.problem.${code}`, { lng: lang }), `${lang} ${code}`).toBe(true);
        const { text } = wordProblem(t, problem({ code, params: { header: 'H', first: 'F', position: 2, cells: 3, expected: 4, value: 'v', rows: 9, max: 8, id: 'i', sum: 5, people: 4, from: 'f', country: 'C', zone: 'Z', partner: 'P', airport: 'A', constraint: 'k', reason: 'R', area: 'X', keyword: 'minimum', limit: 0 } }));
        expect(text, `${lang} ${code}`).not.toMatch(/\{\{|SERVER ENGLISH|exchange:/);
      }
    });
  }

  it('words a schema rule and an offer fact, and names the column in the reader\'s header words', () => {
    const ja = i18n.getFixedT('ja');
    expect(wordProblem(ja, problem({ code: 'value_invalid', params: { keyword: 'maximum', limit: 90, value: 95 } })).text).toBe('「95」: 90 以下にしてください。');
    const fact = wordProblem(ja, problem({ code: 'offer_fact', params: { fact: 'seats_over_max', type: 'C-2', seats: 500, max: 110 } })).text;
    expect(fact).not.toMatch(/offers:|SERVER/);
    expect(columnWord('areas', problem({ field: 'lat', column: 'lat' }), 'ja')).toBe('緯度');
    expect(columnWord('areas', problem({ field: 'lat', column: 'lat' }), 'en')).toBe('lat');
    expect(columnWord('areas', problem({ code: 'header_unknown', column: 'population' }), 'ja')).toBe('population');
  });
});
