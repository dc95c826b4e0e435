import type { TFunction } from 'i18next';
import type { ExplainParams, Phrase, ReasonCode, RemedyCode, StructuredExplanation } from '../../../../../shared/plan/checks/explain-phrases.ts';
import type { Format } from '../../../i18n/format.ts';

/** The param that picks a clause's plural form (i18next `count`, Intl.PluralRules), where the wording has one. */
const COUNTED: Partial<Record<ReasonCode | RemedyCode, keyof ExplainParams>> = { lift_exhausted: 'offers', more_sorties: 'sorties' };
const TIMES = new Set<keyof ExplainParams>(['from', 'to']);

/** The params of one clause as the words of `t`'s language: numbers by Intl, instants in the reader's zone, lists and codes worded. */
function values(ph: Phrase<ReasonCode | RemedyCode>, t: TFunction, f: Format): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const p = ph.params;
  const num = (n: number) => f.number(n, { maximumFractionDigits: 1 });
  const sep = t('explain:listSep');
  for (const [k, raw] of Object.entries(p) as [keyof ExplainParams, ExplainParams[keyof ExplainParams]][]) {
    if (raw === undefined) continue;
    if (k === 'airports' || k === 'moreAirports') continue;
    if (k === 'aircraft' && Array.isArray(raw)) {
      out.aircraft = (p.aircraft ?? []).map((a) => t('explain:aircraftItem', {
        aircraftType: a.aircraftType, aircraftCount: num(a.aircraftCount), turnaroundHours: num(a.turnaroundHours), used: num(a.used), sorties: num(a.sorties),
      })).join(sep);
    } else if (k === 'category' && typeof raw === 'string') out.category = t(`map:violationCategory.${raw}`, { defaultValue: raw });
    else if (k === 'hazard') out.hazard = typeof raw === 'string' ? raw : t('explain:unnamedHazard');
    // An access rule's reason is a sentence of its own: the template closes it.
    else if (k === 'ruleReason' && typeof raw === 'string') out.ruleReason = raw.replace(/[.。]\s*$/, '');
    else if (TIMES.has(k) && typeof raw === 'string') out[k] = f.shortTime(raw);
    else if (typeof raw === 'number') out[k] = num(raw);
    else if (typeof raw === 'string') out[k] = raw;
  }
  if (p.airports) {
    const list = p.airports.join(sep);
    out.where = p.moreAirports ? t('explain:whereMore', { list, count: p.moreAirports, n: num(p.moreAirports) }) : list;
  }
  if (ph.code === 'offer_denied' && out.ruleReason === undefined) out.ruleReason = t('explain:noRuleReason');
  const counted = COUNTED[ph.code];
  if (counted && typeof p[counted] === 'number') out.count = p[counted];
  return out;
}

/** One clause in `t`'s language. */
export function phraseWords(kind: 'reason' | 'remedy', ph: Phrase<ReasonCode | RemedyCode>, t: TFunction, f: Format): string {
  return t(`explain:${kind}.${ph.code}`, values(ph, t, f));
}

/**
 * Why people are left behind and what would free them, in the reader's language, from the codes and params of
 * shared/plan/checks/explain.ts; null when the explanation has no codes (then only its English sentences say it).
 * `t` is unprefixed (namespaced keys); `f` formats in the same language.
 */
export function leftBehindWords(e: Partial<StructuredExplanation>, t: TFunction, f: Format): { reason: string; remedy: string } | null {
  if (!e.reasonCode || !e.reasonParams || !e.remedyCode || !e.remedyParams) return null;
  const reasons = [{ code: e.reasonCode, params: e.reasonParams }, ...(e.reasonNotes ?? [])].map((ph) => phraseWords('reason', ph, t, f));
  const remedies = [{ code: e.remedyCode, params: e.remedyParams }, ...(e.remedyAlternatives ?? [])].map((ph) => phraseWords('remedy', ph, t, f));
  return {
    reason: reasons.reduce((a, b) => t('explain:joinReasons', { a, b })),
    remedy: remedies.reduce((a, b) => t('explain:joinOr', { a, b })),
  };
}
