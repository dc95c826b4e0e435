import type { TFunction } from 'i18next';
import type { Violation } from '../api/plan-types.ts';
import type { Format } from '../../../i18n/format.ts';

/** Params that are instants (ISO strings) and words that are codes: shown in the reader's zone and language. */
const TIMES = new Set(['time', 'from', 'to', 'readyAt']);
const CODES: Record<string, string> = { role: 'map:violationRole.', status: 'offers:status.', category: 'map:violationCategory.' };

/**
 * A violation in the reader's language, from its rule code and params (shared/plan/checks/validator.ts);
 * null when it has no params (a plan stored before they existed): then only its English sentence says it.
 * `t` is unprefixed (namespaced keys); `exists` is i18next's key test.
 */
export function violationWords(v: Violation, t: TFunction, exists: (key: string) => boolean, f: Format,
  sortieName?: (id: string) => string | undefined): string | null {
  if (!v.params || !exists(`map:violationText.${v.rule}`) && !exists(`map:violationText.${v.rule}_other`)) return null;
  const values: Record<string, string | number> = {};
  for (const [k, raw] of Object.entries(v.params)) {
    if (raw === null) continue;
    // count picks the plural form (ICU rules through i18next); n is the same figure formatted.
    if (k === 'count' && typeof raw === 'number') { values.count = raw; values.n = f.number(raw); continue; }
    if (TIMES.has(k) && typeof raw === 'string') values[k] = f.shortTime(raw);
    else if (CODES[k] && typeof raw === 'string') values[k] = t(`${CODES[k]}${raw}`, { defaultValue: raw });
    else if ((k === 'sortie' || k === 'other') && typeof raw === 'string') values[k] = sortieName?.(raw) ?? raw;
    // A rule's reason is a sentence of its own: the template ends it.
    else if (k === 'reason' && typeof raw === 'string') values[k] = raw.replace(/[.。]\s*$/, '');
    else values[k] = typeof raw === 'number' ? f.number(raw, { maximumFractionDigits: 1 }) : raw;
  }
  const of = `map:violationText.${v.rule}_of`;
  return t(v.params.nation && exists(of) ? of : `map:violationText.${v.rule}`, values);
}
