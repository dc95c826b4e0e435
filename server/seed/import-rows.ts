/**
 * CSV import of assembly areas, airports and lift offers (`npm run import -- FILE`). Pure: CSV text in,
 * typed objects and per-row, per-column errors out; the caller writes to the database.
 *
 * The columns are the fields of the API objects (shared/schemas/domain.ts), by name, in any order, headed in
 * English (the field names) or Japanese (shared/exchange/csv-headers.ts); a header row is required and
 * unknown columns are an error. Each problem has a stable code and data parameters (shared/exchange/import-problems.ts). Rows are numbered as in a spreadsheet: the header is
 * row 1, the first data row is row 2 (a record with a line break inside quotes is still one row).
 *
 * Assembly areas  id?, country, zone, name, lat, lon, residents, visitors?, priority1?, priority2?
 * Airports        id?, iata?, icao?, name, country, zone, lat, lon, runwayM?, departuresPerHour, status?, role?,
 *                 mode? (air|sea), berths?, unlocode?
 * Lift offers     id?, partnerId, category, aircraftType, seatsPerSortie, sorties, aircraftCount,
 *                 availableFrom, availableTo, originAirportIds, destinationAirportId, turnaroundHours,
 *                 status?, note?, version?
 *
 * `?` = may be left out or blank. Blank id: the server makes one (a UUID), so give stable ids to import a
 * file twice without duplicates. Defaults: visitors, priority1, priority2 0; status 'open' (airports) /
 * 'submitted' (offers); version 1; iata, icao, runwayM, role, note null. originAirportIds: airport ids
 * separated by ';' or '|' (e.g. `RKSI;RKSS`). Times are ISO-8601 (e.g. 2027-04-01T06:00:00Z).
 * Cross-field checks: priority1 + priority2 ≤ residents + visitors; availableTo after availableFrom;
 * no id twice in one file. References to other rows (partnerId, airport ids, country codes) are checked
 * by the caller against the database.
 */
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { Airport, AssemblyArea, LiftOffer } from '../../shared/schemas/domain.ts';
import type { ImportProblemCode, ProblemParams } from '../../shared/exchange/import-problems.ts';
import { CsvError, parseCsvHeader, parseCsvRecords, type CsvRecord } from './csv.ts';
import { headerKeys, readHeader } from './import-header.ts';

/** `row`: the record (header = row 1, as a spreadsheet numbers it); `line`: the line of the file it starts on. */
/** `code` + `params` are what a client words; `message` is the same in English, for the CLI and the log. */
export interface ImportError { row: number; line?: number; column: string | null; code: ImportProblemCode; params?: ProblemParams; message: string }
type Problem = { code: ImportProblemCode; params?: ProblemParams; message: string };
export interface ImportResult<T> { rows: T[]; errors: ImportError[]; /** the file line each of `rows` starts on */ lines?: number[] }

/** "row 3, column lat: must be ≤ 90" (and the file line when a quoted line break makes it differ) */
export function formatImportError(e: ImportError): string {
  const where = e.line !== undefined && e.line !== e.row ? `row ${e.row} (line ${e.line})` : `row ${e.row}`;
  return e.column === null ? `${where}: ${e.message}` : `${where}, column ${e.column}: ${e.message}`;
}

type Kind = 'string' | 'int' | 'number' | 'ids';
interface ColumnSpec { kind: Kind; required: boolean; blank?: null | string | number }

type WithOptionalId<T extends { id: string }> = Omit<T, 'id'> & { id?: string };
export type ImportedArea = WithOptionalId<AssemblyArea>;
export type ImportedAirport = WithOptionalId<Airport>;
export type ImportedOffer = WithOptionalId<LiftOffer>;

const AREA_COLUMNS: Record<string, ColumnSpec> = {
  id: { kind: 'string', required: false },
  country: { kind: 'string', required: true },
  zone: { kind: 'string', required: true },
  name: { kind: 'string', required: true },
  lat: { kind: 'number', required: true },
  lon: { kind: 'number', required: true },
  residents: { kind: 'int', required: true },
  visitors: { kind: 'int', required: false, blank: 0 },
  priority1: { kind: 'int', required: false, blank: 0 },
  priority2: { kind: 'int', required: false, blank: 0 },
};

const AIRPORT_COLUMNS: Record<string, ColumnSpec> = {
  id: { kind: 'string', required: false },
  iata: { kind: 'string', required: false, blank: null },
  icao: { kind: 'string', required: false, blank: null },
  name: { kind: 'string', required: true },
  country: { kind: 'string', required: true },
  zone: { kind: 'string', required: true },
  lat: { kind: 'number', required: true },
  lon: { kind: 'number', required: true },
  runwayM: { kind: 'int', required: false, blank: null },
  departuresPerHour: { kind: 'int', required: true },
  status: { kind: 'string', required: false, blank: 'open' },
  role: { kind: 'string', required: false, blank: null },
  // Seaports (issue 15): `air` when left out, as the API's; berths and UN/LOCODE only for ports.
  mode: { kind: 'string', required: false },
  berths: { kind: 'int', required: false, blank: null },
  unlocode: { kind: 'string', required: false, blank: null },
};

const OFFER_COLUMNS: Record<string, ColumnSpec> = {
  id: { kind: 'string', required: false },
  partnerId: { kind: 'string', required: true },
  category: { kind: 'string', required: true },
  aircraftType: { kind: 'string', required: true },
  seatsPerSortie: { kind: 'int', required: true },
  sorties: { kind: 'int', required: true },
  aircraftCount: { kind: 'int', required: true },
  availableFrom: { kind: 'string', required: true },
  availableTo: { kind: 'string', required: true },
  originAirportIds: { kind: 'ids', required: true },
  destinationAirportId: { kind: 'string', required: true },
  turnaroundHours: { kind: 'number', required: true },
  status: { kind: 'string', required: false, blank: 'submitted' },
  note: { kind: 'string', required: false, blank: null },
  version: { kind: 'int', required: false, blank: 1 },
};

/** Columns an export writes that the server derives (an offer's `flags`): an import reads past them. */
const DERIVED_COLUMNS = new Set(['flags']);

/** The columns each import understands (for help texts and the CLI). */
export const IMPORT_COLUMNS = {
  areas: Object.keys(AREA_COLUMNS), airports: Object.keys(AIRPORT_COLUMNS), offers: Object.keys(OFFER_COLUMNS),
} as const;

const requiredOf = (cols: Record<string, ColumnSpec>) => Object.entries(cols).filter(([, s]) => s.required).map(([n]) => n);
/** The columns that must be in each file's header. */
export const IMPORT_REQUIRED = {
  areas: requiredOf(AREA_COLUMNS), airports: requiredOf(AIRPORT_COLUMNS), offers: requiredOf(OFFER_COLUMNS),
} as const;

function convert(raw: string, spec: ColumnSpec): { value: unknown } | { error: Problem } {
  const text = raw.trim();
  if (text === '') {
    if (spec.required) return { error: { code: 'value_required', message: 'required, but blank' } };
    return { value: spec.blank === undefined ? undefined : spec.blank };
  }
  switch (spec.kind) {
    case 'string': return { value: text };
    case 'ids': {
      const ids = text.split(/[;|]/).map((s) => s.trim());
      if (ids.some((s) => s === '')) return { error: { code: 'value_empty_id', params: { value: text }, message: `an empty airport id in "${text}" (separate ids with ';')` } };
      return { value: ids };
    }
    case 'int':
    case 'number': {
      if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return { error: { code: 'value_not_number', params: { value: text }, message: `"${text}" is not a number` } };
      const n = Number(text);
      if (spec.kind === 'int' && !Number.isInteger(n)) return { error: { code: 'value_not_integer', params: { value: text }, message: `"${text}" is not a whole number` } };
      return { value: n };
    }
  }
}

/** CSV text, or records already read from another format (a GeoJSON file's features: server/exchange). */
export type ImportInput = string | CsvRecord[];

function importTable<T>(
  kind: 'areas' | 'airports' | 'offers', input: ImportInput, columns: Record<string, ColumnSpec>, schema: TSchema,
  crossCheck: (obj: T) => (Problem & { column: string | null })[],
): ImportResult<T> {
  const errors: ImportError[] = [];
  let parsed: CsvRecord[];
  try {
    parsed = typeof input === 'string' ? parseCsvRecords(input) : input;
  } catch (e) {
    if (e instanceof CsvError) return { rows: [], errors: [{ row: e.line, line: e.line, column: null, code: 'csv_syntax', params: { reason: e.code }, message: e.message }] };
    throw e;
  }
  const records = parsed.map((r) => r.fields);
  const cells = records[0] ?? [];
  if (cells.length === 0 || (cells.length === 1 && cells[0]!.trim() === '')) {
    return { rows: [], errors: [{ row: 1, column: null, code: 'file_empty', message: 'the file is empty: a header row is required' }] };
  }
  const { keys: header, errors: headerErrors } = readHeader(kind, cells, Object.keys(columns), DERIVED_COLUMNS);
  errors.push(...headerErrors);
  for (const [name, spec] of Object.entries(columns)) {
    if (spec.required && !header.includes(name)) errors.push({ row: 1, line: 1, column: name, code: 'header_missing', message: 'required column is missing from the header' });
  }
  if (errors.length > 0) return { rows: [], errors };

  const rows: T[] = [];
  const lines: number[] = [];
  const ids = new Map<string, number>();
  const lineOf = (row: number) => parsed[row - 1]?.line ?? row;
  records.slice(1).forEach((rec, k) => {
    const row = k + 2;
    if (rec.length === 1 && rec[0]?.trim() === '') return; // blank line
    if (rec.length !== header.length) {
      errors.push({ row, column: null, code: 'row_cells', params: { cells: rec.length, expected: header.length }, message: `${rec.length} fields, the header has ${header.length}` });
      return;
    }
    const obj: Record<string, unknown> = {};
    const rowErrors: ImportError[] = [];
    for (const [name, spec] of Object.entries(columns)) {
      const j = header.indexOf(name);
      const out = convert(j < 0 ? '' : (rec[j] ?? ''), spec);
      if ('error' in out) rowErrors.push({ row, column: name, ...out.error });
      else if (out.value !== undefined) obj[name] = out.value;
    }
    if (rowErrors.length === 0) {
      // validate with a placeholder id when none was given (the server makes one)
      const candidate = obj.id === undefined ? { ...obj, id: 'placeholder' } : obj;
      const reported = new Set<string>();
      for (const err of Value.Errors(schema, candidate)) {
        const column = err.instancePath.split('/')[1] ?? null;
        const key = column ?? '';
        if (reported.has(key)) continue; // the first reason per column is enough
        reported.add(key);
        rowErrors.push({ row, column, code: 'value_invalid', params: schemaParams(err, candidate), message: describe(err.message, err.instancePath) });
      }
    }
    if (rowErrors.length === 0) {
      for (const e of crossCheck(obj as T)) rowErrors.push({ row, ...e });
      if (typeof obj.id === 'string') {
        const first = ids.get(obj.id);
        if (first !== undefined) rowErrors.push({ row, column: 'id', code: 'id_twice', params: { id: obj.id, first }, message: `"${obj.id}" is also used on row ${first}` });
        else ids.set(obj.id, row);
      }
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else { rows.push(obj as T); lines.push(lineOf(row)); }
  });
  if (errors.length > 0) return { rows: [], errors: errors.map((e) => ({ ...e, line: e.line ?? lineOf(e.row) })) };
  return { rows, errors, lines };
}

/** What the schema refused, as data: the keyword (minimum, pattern, const…), its limit, the value given. */
function schemaParams(err: { keyword: string; instancePath: string; params: unknown }, row: Record<string, unknown>): ProblemParams {
  const out: ProblemParams = { keyword: err.keyword };
  const item = err.instancePath.split('/')[2];
  if (item !== undefined) out.item = Number(item) + 1;
  const value = err.instancePath.split('/').slice(1).reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], row);
  if (typeof value === 'string' || typeof value === 'number') out.value = value;
  for (const [k, v] of Object.entries((err.params ?? {}) as Record<string, unknown>)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}

function describe(message: string, instancePath: string): string {
  const item = instancePath.split('/')[2];
  return item === undefined ? message : `item ${Number(item) + 1}: ${message}`;
}

/** Assembly areas from CSV. Any error → no rows (all or nothing). */
export function importAreas(csv: ImportInput): ImportResult<ImportedArea> {
  return importTable<ImportedArea>('areas', csv, AREA_COLUMNS, AssemblyArea, (a) =>
    a.priority1 + a.priority2 > a.residents + a.visitors
      ? [{ column: 'priority2', code: 'priorities_exceed', params: { sum: a.priority1 + a.priority2, people: a.residents + a.visitors }, message: `priority1 + priority2 (${a.priority1 + a.priority2}) exceeds residents + visitors (${a.residents + a.visitors})` }]
      : []);
}

/** Airports from CSV. Any error → no rows (all or nothing). */
export function importAirports(csv: ImportInput): ImportResult<ImportedAirport> {
  return importTable<ImportedAirport>('airports', csv, AIRPORT_COLUMNS, Airport, () => []);
}

/** Lift offers from CSV. Any error → no rows (all or nothing). */
export function importOffers(csv: ImportInput): ImportResult<ImportedOffer> {
  return importTable<ImportedOffer>('offers', csv, OFFER_COLUMNS, LiftOffer, (o) =>
    Date.parse(o.availableTo) <= Date.parse(o.availableFrom)
      ? [{ column: 'availableTo', code: 'window_order', params: { from: o.availableFrom }, message: `must be after availableFrom (${o.availableFrom})` }]
      : []);
}

/** Which import a CSV header is for (English or Japanese words): the first column set whose required columns are all present. */
export function detectImportKind(csv: string): 'areas' | 'airports' | 'offers' | null {
  let cells: string[];
  try { cells = parseCsvHeader(csv); } catch { return null; }
  return kindOfHeader(cells);
}

const COLUMNS_OF = { offers: OFFER_COLUMNS, airports: AIRPORT_COLUMNS, areas: AREA_COLUMNS } as const;

/** Which import a set of column names is for (a CSV header, a GeoJSON file's property names). */
export function kindOfHeader(header: readonly string[]): 'areas' | 'airports' | 'offers' | null {
  for (const kind of ['offers', 'airports', 'areas'] as const) {
    const cols = COLUMNS_OF[kind];
    const keys = headerKeys(kind, header);
    if (Object.entries(cols).every(([n, s]) => !s.required || keys.includes(n)) && keys.every((h) => h in cols || DERIVED_COLUMNS.has(h))) return kind;
  }
  return null;
}
