import type { CheckinCreate } from '../schemas/operation.ts';
import { columnOfHeader } from '../exchange/csv-header-words.ts';
import type { ImportProblemCode, ProblemParams } from '../exchange/import-problems.ts';

/** `code` + `params`: the problem as data for a client to word; `reason` the same in English (log, support). */
export interface RowError { row: number; field: string; reason: string; code: ImportProblemCode; params?: ProblemParams }
export interface CheckinRules { areaIds: ReadonlySet<string>; notBeforeMs: number; notAfterMs: number }

export const CHECKIN_COLUMNS = ['assemblyAreaId', 'at', 'priority1', 'priority2', 'priority3'] as const;
const MAX_COUNT = 10_000_000;

/** One check-in as sent or imported: an area of the scenario, a real instant in the operation's past, whole counts. */
export function checkCheckin(c: CheckinCreate, rules: CheckinRules, prefix = 'body'): Omit<RowError, 'row'>[] {
  const out: Omit<RowError, 'row'>[] = [];
  if (!rules.areaIds.has(c.assemblyAreaId)) out.push({ field: `${prefix}.assemblyAreaId`, code: 'area_unknown', params: { area: c.assemblyAreaId }, reason: `${c.assemblyAreaId} is not an assembly area of the operation's scenario` });
  const ms = Date.parse(c.at);
  if (Number.isNaN(ms)) out.push({ field: `${prefix}.at`, code: 'time_invalid', params: { value: c.at }, reason: `"${c.at}" is not a date and time` });
  else if (ms < rules.notBeforeMs) out.push({ field: `${prefix}.at`, code: 'time_before_start', params: { value: c.at }, reason: `${c.at} is before the scenario starts` });
  else if (ms > rules.notAfterMs) out.push({ field: `${prefix}.at`, code: 'time_future', params: { value: c.at }, reason: `${c.at} is in the future of the operation` });
  return out;
}

/** The header in English or Japanese, any order: each cell → its column key, or the problems (coded as the area import's). */
function headerOf(line: number, cells: readonly string[]): { names: string[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const first = new Map<string, { text: string; lang: string }>();
  const names = cells.map((cell) => {
    const text = cell.trim();
    const named = columnOfHeader('checkins', text);
    if (!named) { errors.push({ row: line, field: text, code: 'header_unknown', params: { header: text }, reason: `unknown column (expected ${CHECKIN_COLUMNS.join(', ')})` }); return text; }
    const seen = first.get(named.key);
    if (seen) errors.push({ row: line, field: named.key, code: seen.lang === named.lang ? 'header_duplicate' : 'header_mixed', params: { header: text, first: seen.text }, reason: `column appears twice ("${seen.text}", "${text}")` });
    else first.set(named.key, { text, lang: named.lang });
    return named.key;
  });
  for (const c of CHECKIN_COLUMNS) if (!names.includes(c)) errors.push({ row: line, field: c, code: 'header_missing', reason: 'column missing from the header' });
  return { names, errors };
}

const count = (v: string | undefined) => (v !== undefined && /^\d{1,8}$/.test(v.trim()) && Number(v) <= MAX_COUNT ? Number(v) : undefined);

/**
 * CSV records (header first) → check-ins, or every row's problems. All or nothing: the caller
 * stores the rows only when there is no error at all. Rows are numbered as a spreadsheet shows them.
 */
export function checkinsFromCsv(records: readonly { fields: string[]; line: number }[], rules: CheckinRules): { rows: CheckinCreate[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const [head, ...data] = records.filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''));
  if (!head) return { rows: [], errors: [{ row: 1, field: 'csv', code: 'file_empty', reason: 'the file is empty' }] };
  const { names, errors: headerErrors } = headerOf(head.line, head.fields);
  if (headerErrors.length > 0) return { rows: [], errors: headerErrors };
  if (data.length === 0) return { rows: [], errors: [{ row: head.line, field: 'csv', code: 'no_rows', reason: 'no data rows' }] };
  const rows: CheckinCreate[] = [];
  for (const r of data) {
    const get = (c: string) => r.fields[names.indexOf(c)];
    if (r.fields.length !== names.length) { errors.push({ row: r.line, field: 'csv', code: 'row_cells', params: { cells: r.fields.length, expected: names.length }, reason: `${r.fields.length} fields, the header has ${names.length}` }); continue; }
    const p = [count(get('priority1')), count(get('priority2')), count(get('priority3'))];
    p.forEach((v, i) => { if (v === undefined) errors.push({ row: r.line, field: `priority${i + 1}`, code: 'value_count', params: { value: get(`priority${i + 1}`) ?? '', max: MAX_COUNT }, reason: `"${get(`priority${i + 1}`)}" is not a whole number from 0 to ${MAX_COUNT}` }); });
    const at = (get('at') ?? '').trim();
    const parsed = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(at) ? Date.parse(at) : NaN;
    const row = { assemblyAreaId: (get('assemblyAreaId') ?? '').trim(), at: Number.isNaN(parsed) ? at : new Date(parsed).toISOString(), priority1: p[0] ?? 0, priority2: p[1] ?? 0, priority3: p[2] ?? 0 };
    for (const e of checkCheckin(row, rules, 'csv')) errors.push({ ...e, row: r.line, field: e.field.replace(/^csv\./, '') });
    rows.push(row);
  }
  return { rows: errors.length ? [] : rows, errors };
}
