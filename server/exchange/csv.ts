import { stringify } from 'csv-stringify/sync';

/**
 * CSV (RFC 4180, UTF-8, CRLF, header row) through csv-stringify, the csv-parse project's writer. Text a
 * spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets an apostrophe in front: names come
 * from users and partners (OWASP "CSV injection"). Arrays are joined with ';', as the import reads them.
 */
export function toCsv<T extends Record<string, unknown>>(columns: readonly string[], rows: readonly T[], header: readonly string[] = columns): string {
  return stringify(rows.map((r) => columns.map((c) => r[c])), {
    // The header row's words (English or Japanese, shared/exchange/csv-headers.ts); the values are the rows' data.
    header: true, columns: [...header], record_delimiter: '\r\n',
    // A line break of either kind inside a field, and edge spaces some readers trim, are quoted too.
    quoted_match: [/[\r\n]/, /^\s|\s$/],
    cast: {
      string: (v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v),
      boolean: (v) => (v ? 'true' : 'false'),
      object: (v) => (Array.isArray(v) ? v.join(';') : JSON.stringify(v)),
    },
  });
}
