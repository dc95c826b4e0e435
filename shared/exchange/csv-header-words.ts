import type { Language } from '../i18n/languages.ts';
import { CSV_HEADERS, type CsvKind, type Header } from './csv-headers.ts';

const table = (kind: CsvKind): Readonly<Record<string, Header>> => CSV_HEADERS[kind];

/** The header row of a CSV kind in one language, for the given column keys (unknown keys stay as they are). */
export function headerRow(kind: CsvKind, columns: readonly string[], lang: Language): string[] {
  return columns.map((c) => table(kind)[c]?.[lang] ?? c);
}

/** The column key a header cell names, in either language (trimmed, exact words), and which language it is in. */
export function columnOfHeader(kind: CsvKind, cell: string): { key: string; lang: Language } | undefined {
  const text = cell.trim();
  for (const [key, words] of Object.entries(table(kind))) {
    for (const lang of Object.keys(words) as Language[]) if (words[lang] === text) return { key, lang };
  }
  return undefined;
}
