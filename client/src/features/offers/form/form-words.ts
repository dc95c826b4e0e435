import type { TFunction } from 'i18next';

/**
 * A message of the offer form as data: a key under `offers:form.` and its parameters. The checks in
 * offer-draft.ts and the server's coded details give these; the form words them in the reader's language,
 * so no English sentence reaches a Japanese screen.
 */
export interface FormMsg { key: string; params?: Record<string, string | number> }

const CATEGORIES = new Set(['sdf', 'foreign_military', 'civil']);

/** The parameters as words: category codes, modes and lists become phrases of the reader's language. */
function wordParams(t: TFunction, p: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = { ...p };
  const cat = (c: string) => (CATEGORIES.has(c) ? t(`offers:categoryWord.${c}`) : c);
  const article = (c: string) => (CATEGORIES.has(c) ? t(`offers:form.facts.aCategory.${c}`) : c);
  if (typeof p.category === 'string') Object.assign(out, { category: cat(p.category), aCategory: article(p.category) });
  if (typeof p.typeCategory === 'string') Object.assign(out, { typeCategory: cat(p.typeCategory), aTypeCategory: article(p.typeCategory) });
  if (typeof p.categories === 'string') {
    out.categories = p.categories.split(',').filter(Boolean).map(cat).join(t('offers:form.or')) || t('offers:form.noCategory');
  }
  if (p.mode === 'ship' || p.mode === 'aircraft') Object.assign(out, { mode: t(`offers:form.facts.mode.${p.mode}`), aMode: t(`offers:form.facts.aMode.${p.mode}`) });
  if (p.mode === 'air' || p.mode === 'sea') out.travel = t(`offers:form.facts.travel.${p.mode}`);
  if (p.pointMode === 'air' || p.pointMode === 'sea') out.pointMode = t(`offers:form.facts.pointMode.${p.pointMode}`);
  if (p.type === '') out.type = t('offers:form.facts.thisType');
  return out;
}

/** The message in the reader's language, starting with a capital where the language has them. */
export function wordFormMsg(t: TFunction, m: FormMsg): string {
  const s = t(`offers:form.${m.key}`, wordParams(t, m.params ?? {}));
  return s.charAt(0).toUpperCase() + s.slice(1);
}
