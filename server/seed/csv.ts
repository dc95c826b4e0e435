import { parse, CsvError as ParseError } from 'csv-parse/sync';

/**
 * CSV through csv-parse (RFC 4180: comma separated, fields optionally in double quotes, `""` inside quotes
 * is one quote, commas and line breaks inside quotes are data; `\n`, `\r\n` and `\r` line ends; a UTF-8
 * byte-order mark). It replaced a hand-written parser: CSV files now come from users through the API and
 * the UI, and a maintained parser with a large test suite is a safer door than our own 100 lines.
 * Pure: text in, records out.
 */

export class CsvError extends Error {
  /** `code`: csv-parse's own (e.g. CSV_QUOTE_NOT_CLOSED), stable data a client can word. */
  constructor(message: string, readonly line: number, readonly column: number, readonly code = 'CSV_INVALID') {
    super(`CSV line ${line}${column > 0 ? `, character ${column}` : ''}: ${message}`);
    this.name = 'CsvError';
  }
}

export interface CsvRecord { fields: string[]; /** the physical line the record starts on (1-based) */ line: number }

const WORDS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'unterminated quoted field (a quote opens a field and never closes)',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote must be followed by a comma or a line end',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double the quote)',
};

/**
 * Records with the line each starts on. A final line break does not start an empty record; an empty line
 * in the middle is a record with one empty field (callers usually skip those). Throws CsvError with the
 * line of a broken quote.
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      bom: true, relax_column_count: true, skip_empty_lines: false, info: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    if (e instanceof ParseError) {
      const line = (e as ParseError & { lines?: number }).lines ?? 1;
      throw new CsvError(WORDS[e.code] ?? e.message, line, 0, e.code);
    }
    throw e;
  }
  let next = 1;
  return parsed.map(({ record, info }) => {
    const r = { fields: record, line: next };
    next = info.lines + 1;
    return r;
  });
}

/** The first record only (a header row), read by csv-parse as the rest would be: BOM, quotes, any line end. */
export function parseCsvHeader(text: string): string[] {
  try {
    const [first] = parse(text.slice(0, 64 * 1024), { bom: true, to: 1, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    return (first ?? []).map((h) => h.trim());
  } catch (e) {
    if (e instanceof ParseError) throw new CsvError(e.message, 1, 0, e.code);
    throw e;
  }
}

/** Parses CSV text into records (arrays of fields); see parseCsvRecords. */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((r) => r.fields);
}

export interface CsvTable {
  header: string[];
  /** Data records keyed by header name; `row` is the record number counting the header as row 1. */
  rows: { row: number; values: Record<string, string> }[];
}

/**
 * Parses CSV with a header record. Blank records (a single empty field) are skipped. Throws CsvError when
 * the header is missing or has duplicate names, or a record has a different number of fields.
 */
export function parseCsvTable(text: string): CsvTable {
  const records = parseCsvRecords(text);
  const header = records[0]?.fields.map((h) => h.trim());
  if (!header || (header.length === 1 && header[0] === '')) throw new CsvError('the file has no header row', 1, 1);
  const seen = new Set<string>();
  for (const h of header) {
    if (h === '') throw new CsvError('a header column has no name', 1, 1);
    if (seen.has(h)) throw new CsvError(`duplicate header column "${h}"`, 1, 1);
    seen.add(h);
  }
  const rows: CsvTable['rows'] = [];
  records.slice(1).forEach(({ fields: rec, line }, k) => {
    const row = k + 2;
    if (rec.length === 1 && rec[0] === '') return;
    if (rec.length !== header.length) {
      throw new CsvError(`row ${row} has ${rec.length} fields, the header has ${header.length}`, line, 1);
    }
    const values: Record<string, string> = {};
    header.forEach((h, j) => { values[h] = rec[j] ?? ''; });
    rows.push({ row, values });
  });
  return { header, rows };
}
