import type { TFunction } from 'i18next';
import type { InputChange, PlannedOn } from '../../../shared/schemas/plan-result.ts';
import type { Format } from '../i18n/format.ts';
import type { PlannedOnNotice } from './planned-on.ts';

/** One input change in the reader's language, from its code and params (shared/plan/inputs.ts). */
export function changeWords(c: InputChange, t: TFunction): string {
  const p = c.params;
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p)) if (v !== null && typeof v !== 'boolean') values[k] = v;
  if (c.kind === 'rule') {
    values.rule = t(p.nation ? 'common:plannedOn.ruleOf' : 'common:plannedOn.rule', {
      category: t(`map:violationCategory.${String(p.category)}`, { defaultValue: String(p.category ?? '') }),
      nation: p.nation ?? '', where: p.scopeId ?? '', effect: t(`common:plannedOn.effect.${String(p.effect)}`, { defaultValue: String(p.effect ?? '') }),
    });
  }
  for (const k of ['status', 'from', 'to'] as const) {
    if (typeof p[k] === 'string' && (c.kind === 'offer' || c.kind === 'airport')) values[k] = t(c.kind === 'offer' ? `offers:status.${p[k]}` : `planner:registry.option.${p[k]}`, { defaultValue: String(p[k]) });
  }
  return t(`common:plannedOn.change.${c.code}`, { ...values, defaultValue: c.message });
}

/** The notice of lib/planned-on.ts worded outside English: title, lines and advice from the catalogue. */
export function plannedOnWords(n: PlannedOnNotice, p: PlannedOn, status: 'draft' | 'approved', shown: number, t: TFunction, f: Format): PlannedOnNotice {
  if (!p.known) return { ...n, title: t('common:plannedOn.unknown'), advice: t('common:plannedOn.unknownAdvice') };
  const basis = t(p.basis === 'approved' || status === 'approved' ? 'common:plannedOn.basisApproved' : 'common:plannedOn.basisSaved', { time: p.at ? f.dateTime(p.at) : t('common:plannedOn.earlier') });
  const title = p.breaks
    ? t(status === 'approved' ? 'common:plannedOn.breaksApproved' : 'common:plannedOn.breaks', { count: p.newViolations })
    : t('common:plannedOn.changed');
  const advice = t(p.breaks ? (status === 'approved' ? 'common:plannedOn.adviceApproved' : 'common:plannedOn.adviceDraft') : 'common:plannedOn.adviceChanged');
  return { ...n, title: `${title} — ${basis}`, advice, lines: p.changes.slice(0, shown).map((c) => ({ text: changeWords(c, t), breaks: c.breaksPlan })) };
}
