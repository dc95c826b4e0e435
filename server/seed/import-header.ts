import type { ImportKind } from '../../shared/schemas/imports.ts';
import { columnOfHeader } from '../../shared/exchange/csv-header-words.ts';
import type { ImportError } from './import-rows.ts';

/**
 * The header row of an import, in English or Japanese (shared/exchange/csv-headers.ts), in any order: each
 * cell → the column key it names (null: blank or unknown). The same column twice is refused, whether written
 * twice in one language (`header_duplicate`) or once in each (`header_mixed`): which one would win is a guess.
 * `ignored`: columns an export writes that the import reads past (an offer's `flags`).
 */
export function readHeader(kind: ImportKind, cells: readonly string[], known: readonly string[], ignored: ReadonlySet<string>): { keys: (string | null)[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const first = new Map<string, { text: string; lang: string }>();
  const keys = cells.map((cell, j) => {
    const text = cell.trim();
    const at = { row: 1, line: 1 };
    if (text === '') { errors.push({ ...at, column: '(blank)', code: 'header_blank', params: { position: j + 1 }, message: 'a header column has no name' }); return null; }
    const named = columnOfHeader(kind, text);
    if (!named || (!known.includes(named.key) && !ignored.has(named.key))) {
      errors.push({ ...at, column: text, code: 'header_unknown', params: { header: text, position: j + 1 }, message: `unknown column; expected some of ${known.join(', ')}` });
      return null;
    }
    const seen = first.get(named.key);
    if (seen) {
      const mixed = seen.lang !== named.lang;
      errors.push({ ...at, column: named.key, code: mixed ? 'header_mixed' : 'header_duplicate', params: { header: text, first: seen.text, position: j + 1 },
        message: mixed ? `column appears twice, as "${seen.text}" and "${text}" (one language per column)` : 'column appears twice' });
    } else first.set(named.key, { text, lang: named.lang });
    return named.key;
  });
  return { keys, errors };
}

/** The column keys a header names for one kind (unknown cells as they are), to tell the kind of a file. */
export const headerKeys = (kind: ImportKind, cells: readonly string[]) => cells.map((c) => columnOfHeader(kind, c)?.key ?? c.trim());
