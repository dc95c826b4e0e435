/**
 * A small RFC-4180 CSV parser: comma separated, fields optionally in double quotes, `""` inside quotes is
 * one quote, commas and line breaks inside quotes are data. Accepts `\n` and `\r\n` line ends and a UTF-8
 * byte-order mark. Pure: text in, records out.
 */

export class CsvError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`CSV line ${line}, character ${column}: ${message}`);
    this.name = 'CsvError';
  }
}

/**
 * Parses CSV text into records (arrays of fields). A final line break does not start an empty record;
 * an empty line in the middle is a record with one empty field (callers usually skip those).
 * Throws CsvError on an unterminated quoted field or a quote inside an unquoted field.
 */
export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let quoted = false; // the current field started with a quote
  let fieldStarted = false; // anything read for the current field (to tell "" from nothing)
  const n = s.length;

  const endField = () => {
    record.push(field);
    field = '';
    quoted = false;
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < n) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') { field += '"'; i += 2; continue; }
        // closing quote: next must be a separator, a line end or the end of the text
        const next = s[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvError('a closing quote must be followed by a comma or a line end', line, i + 2 - lineStart);
        }
        quoted = false;
        i += 1;
        // fieldStarted stays true: the field was quoted and is complete
        continue;
      }
      if (c === '\n') { line += 1; lineStart = i + 1; }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (fieldStarted) throw new CsvError('a quote inside an unquoted field (quote the whole field and double the quote)', line, i + 1 - lineStart);
      quoted = true;
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (c === ',') { endField(); i += 1; continue; }
    if (c === '\r' && s[i + 1] === '\n') { endRecord(); i += 2; line += 1; lineStart = i; continue; }
    if (c === '\n' || c === '\r') { endRecord(); i += 1; line += 1; lineStart = i; continue; }
    field += c;
    fieldStarted = true;
    i += 1;
  }
  if (quoted) throw new CsvError('unterminated quoted field', line, n - lineStart);
  // the last record, unless the text ended with a line break (or is empty)
  if (fieldStarted || field !== '' || record.length > 0) endRecord();
  return records;
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
  const records = parseCsv(text);
  const header = records[0]?.map((h) => h.trim());
  if (!header || (header.length === 1 && header[0] === '')) throw new CsvError('the file has no header row', 1, 1);
  const seen = new Set<string>();
  for (const h of header) {
    if (h === '') throw new CsvError('a header column has no name', 1, 1);
    if (seen.has(h)) throw new CsvError(`duplicate header column "${h}"`, 1, 1);
    seen.add(h);
  }
  const rows: CsvTable['rows'] = [];
  records.slice(1).forEach((rec, k) => {
    const row = k + 2;
    if (rec.length === 1 && rec[0] === '') return;
    if (rec.length !== header.length) {
      throw new CsvError(`row ${row} has ${rec.length} fields, the header has ${header.length}`, row, 1);
    }
    const values: Record<string, string> = {};
    header.forEach((h, j) => { values[h] = rec[j] ?? ''; });
    rows.push({ row, values });
  });
  return { header, rows };
}
