import type { ImportProblem } from '../../shared/schemas/imports.ts';
import type { ImportError } from '../seed/import-rows.ts';

/** A header cell that names no column has no field (its words are in `params.header`). */
const NO_FIELD = new Set<ImportError['code']>(['header_unknown', 'header_blank']);

/** An import error as the API answers it: `{ code, field, params, row }` beside the older column and message. */
export function asProblem(e: ImportError & { feature?: number }): ImportProblem {
  return { ...e, field: NO_FIELD.has(e.code) ? null : e.column, params: e.params ?? {} };
}
