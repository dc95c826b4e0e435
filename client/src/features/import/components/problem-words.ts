import type { TFunction } from 'i18next';
import type { ImportProblem } from '../../../../../shared/schemas/imports.ts';
import { CSV_HEADERS, type CsvKind } from '../../../../../shared/exchange/csv-headers.ts';
import { isLanguage } from '../../../../../shared/i18n/languages.ts';
import { wordFormMsg } from '../../offers/form/form-words.ts';

/** Problems whose server detail (a validator's own words) says more than the code: shown beside, in English. */
const WITH_DETAIL = new Set(['geojson_file', 'geojson_feature', 'csv_syntax']);

/**
 * An import problem in the reader's language, from its code and parameters (never from the server's
 * English message, which is kept only as the detail of a GeoJSON or CSV syntax problem).
 */
export function wordProblem(t: TFunction, e: ImportProblem): { text: string; detail: string | null } {
  const p = e.params;
  if (e.code === 'offer_fact' && typeof p.fact === 'string') {
    const key = `facts.${p.fact}`;
    if (t(`offers:form.${key}`, { defaultValue: '' })) return { text: wordFormMsg(t, { key, params: p }), detail: null };
  }
  const rule = e.code === 'value_invalid'
    ? t(`exchange:import.valueRule.${String(p.keyword)}`, { ...p, defaultValue: t('exchange:import.valueRule.other') })
    : '';
  const text = t(`exchange:import.problem.${e.code}`, { value: '', ...p, rule, defaultValue: e.message });
  return { text, detail: WITH_DETAIL.has(e.code) ? e.message : null };
}

/** The column as the reader's header would name it (Japanese words in Japanese); a GeoJSON property as it is. */
export function columnWord(kind: CsvKind, e: ImportProblem, language: string | undefined): string {
  const key = e.field ?? e.column;
  if (key === null) return '—';
  const words = (CSV_HEADERS[kind] as Record<string, { en: string; ja: string } | undefined>)[key];
  return e.feature === undefined && words && isLanguage(language) ? words[language] : key;
}
