import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages.ts';

// Every key in one language exists in every other, with the plural forms that language's rules need
// (Intl.PluralRules: English one/other, Japanese other), the same {{placeholders}} and <tags>, and text.

const root = join(import.meta.dirname, '../../client/src/i18n/locales');
type Tree = { [k: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (v && typeof v === 'object') for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, `<<not a string: ${JSON.stringify(v)}>>`);
  }
  return out;
}

const load = (lang: string) => Object.fromEntries(readdirSync(join(root, lang)).filter((f) => f.endsWith('.json'))
  .map((f) => [f.replace(/\.json$/, ''), flatten(JSON.parse(readFileSync(join(root, lang, f), 'utf8')) as Tree)]));
const catalogues = Object.fromEntries(LANGUAGES.map((l) => [l, load(l)]));

/** Base key → the plural forms present (none for a plain key). */
function bases(keys: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const k of keys) {
    const m = PLURAL.exec(k);
    const base = m ? k.slice(0, -m[0].length) : k;
    const forms = out.get(base) ?? new Set<string>();
    if (m) forms.add(m[1]!);
    out.set(base, forms);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|<(\/?\w+)\s*\/?>/g)].map((m) => m[1] ?? m[2]).sort();

describe('translation catalogues', () => {
  const namespaces = [...new Set(LANGUAGES.flatMap((l) => Object.keys(catalogues[l]!)))].sort();

  it('every language has the same feature files', () => {
    for (const l of LANGUAGES) expect(Object.keys(catalogues[l]!).sort(), l).toEqual(namespaces);
  });

  for (const ns of namespaces) {
    it(`${ns}: the same keys in ${LANGUAGES.join(' and ')}, with each language's plural forms and placeholders`, () => {
      const problems: string[] = [];
      const byLang = Object.fromEntries(LANGUAGES.map((l) => [l, catalogues[l]![ns] ?? new Map<string, string>()]));
      const all = new Set(LANGUAGES.flatMap((l) => [...bases(byLang[l]!.keys()).keys()]));
      for (const l of LANGUAGES) {
        const need = new Intl.PluralRules(l).resolvedOptions().pluralCategories;
        const mine = bases(byLang[l]!.keys());
        for (const base of all) {
          const forms = mine.get(base);
          const pluralElsewhere = LANGUAGES.some((o) => (bases(byLang[o]!.keys()).get(base)?.size ?? 0) > 0);
          if (!forms) { problems.push(`${l}: missing ${ns}:${base}`); continue; }
          if (pluralElsewhere) {
            for (const f of need) if (!forms.has(f)) problems.push(`${l}: ${ns}:${base} lacks the plural form _${f}`);
            for (const f of forms) if (!need.includes(f as Intl.LDMLPluralRule)) problems.push(`${l}: ${ns}:${base}_${f} is a form ${l} does not use`);
          }
        }
        for (const [k, v] of byLang[l]!) if (!v.trim()) problems.push(`${l}: ${ns}:${k} is empty`);
      }
      // Placeholders: each base key's forms use the same variables and tags in every language.
      const [first, ...others] = LANGUAGES;
      const varsOf = (l: string, base: string) => [...new Set([...byLang[l]!].filter(([k]) => k === base || k.replace(PLURAL, '') === base)
        .flatMap(([, v]) => placeholders(v)).filter((p) => p !== 'count'))].sort();
      for (const base of all) for (const o of others) {
        const a = varsOf(first!, base);
        const b = varsOf(o, base);
        if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${ns}:${base}: ${first} uses ${a.join(',') || 'nothing'}, ${o} ${b.join(',') || 'nothing'}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
