import type { CheckinCreate } from '../schemas/operation.ts';

export interface RowError { row: number; field: string; reason: string }
export interface CheckinRules { areaIds: ReadonlySet<string>; notBeforeMs: number; notAfterMs: number }

export const CHECKIN_COLUMNS = ['assemblyAreaId', 'at', 'priority1', 'priority2', 'priority3'] as const;
const MAX_COUNT = 10_000_000;

/** One check-in as sent or imported: an area of the scenario, a real instant in the operation's past, whole counts. */
export function checkCheckin(c: CheckinCreate, rules: CheckinRules, prefix = 'body'): { field: string; reason: string }[] {
  const out: { field: string; reason: string }[] = [];
  if (!rules.areaIds.has(c.assemblyAreaId)) out.push({ field: `${prefix}.assemblyAreaId`, reason: `${c.assemblyAreaId} is not an assembly area of the operation's scenario` });
  const ms = Date.parse(c.at);
  if (Number.isNaN(ms)) out.push({ field: `${prefix}.at`, reason: `"${c.at}" is not a date and time` });
  else if (ms < rules.notBeforeMs) out.push({ field: `${prefix}.at`, reason: `${c.at} is before the scenario starts` });
  else if (ms > rules.notAfterMs) out.push({ field: `${prefix}.at`, reason: `${c.at} is in the future of the operation` });
  return out;
}

const count = (v: string | undefined) => (v !== undefined && /^\d{1,8}$/.test(v.trim()) && Number(v) <= MAX_COUNT ? Number(v) : undefined);

/**
 * CSV records (header first) → check-ins, or every row's problems. All or nothing: the caller
 * stores the rows only when there is no error at all. Rows are numbered as a spreadsheet shows them.
 */
export function checkinsFromCsv(records: readonly { fields: string[]; line: number }[], rules: CheckinRules): { rows: CheckinCreate[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const [head, ...data] = records.filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''));
  if (!head) return { rows: [], errors: [{ row: 1, field: 'csv', reason: 'the file is empty' }] };
  const names = head.fields.map((f) => f.trim());
  for (const c of CHECKIN_COLUMNS) if (!names.includes(c)) errors.push({ row: head.line, field: c, reason: 'column missing from the header' });
  for (const n of names) if (!(CHECKIN_COLUMNS as readonly string[]).includes(n)) errors.push({ row: head.line, field: n, reason: `unknown column (expected ${CHECKIN_COLUMNS.join(', ')})` });
  if (errors.length > 0) return { rows: [], errors };
  if (data.length === 0) return { rows: [], errors: [{ row: head.line, field: 'csv', reason: 'no data rows' }] };
  const rows: CheckinCreate[] = [];
  for (const r of data) {
    const get = (c: string) => r.fields[names.indexOf(c)];
    if (r.fields.length !== names.length) { errors.push({ row: r.line, field: 'csv', reason: `${r.fields.length} fields, the header has ${names.length}` }); continue; }
    const p = [count(get('priority1')), count(get('priority2')), count(get('priority3'))];
    p.forEach((v, i) => { if (v === undefined) errors.push({ row: r.line, field: `priority${i + 1}`, reason: `"${get(`priority${i + 1}`)}" is not a whole number from 0 to ${MAX_COUNT}` }); });
    const at = (get('at') ?? '').trim();
    const parsed = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(at) ? Date.parse(at) : NaN;
    const row = { assemblyAreaId: (get('assemblyAreaId') ?? '').trim(), at: Number.isNaN(parsed) ? at : new Date(parsed).toISOString(), priority1: p[0] ?? 0, priority2: p[1] ?? 0, priority3: p[2] ?? 0 };
    for (const e of checkCheckin(row, rules, 'csv')) errors.push({ row: r.line, field: e.field.replace(/^csv\./, ''), reason: e.reason });
    rows.push(row);
  }
  return { rows: errors.length ? [] : rows, errors };
}
