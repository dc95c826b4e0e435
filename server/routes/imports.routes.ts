import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { ImportInfo, ImportReport, ImportRequest, IMPORT_LIMITS, type ImportKind } from '../../shared/schemas/imports.ts';
import { ErrorBody, ErrorCode } from '../../shared/schemas/common.ts';
import { detectImportKind, IMPORT_COLUMNS, IMPORT_REQUIRED, type ImportError, type ImportInput } from '../seed/import-rows.ts';
import { asFeatureErrors, geoJsonRecords, mergeProblems } from '../exchange/geojson-import.ts';
import { parseCsvRecords } from '../seed/csv.ts';
import { runImport } from '../services/import.service.ts';
import { asProblem } from '../exchange/import-problem.ts';
import { currentUser, plannerOnly } from '../auth/auth.ts';
import { badRequest, HttpError } from '../lib/errors.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { importReportExample, importCsvExample } from '../docs/examples.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

type Upload = { kind: ImportKind; input: ImportInput; geojson: boolean; problems?: ImportError[] } | { report: ImportReport };

/**
 * The size and row limits, each refused with a 413 that names it; then the kind, from the header (or the
 * GeoJSON properties) if not given. A GeoJSON file that cannot be read feature by feature answers a report.
 */
function checkUpload(body: ImportRequest): Upload {
  if ((body.csv === undefined) === (body.geojson === undefined)) throw badRequest('body.csv', 'send the file as `csv` or as `geojson` (one of them)');
  const text = body.csv ?? body.geojson ?? '';
  const field = body.csv === undefined ? 'geojson' : 'csv';
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > IMPORT_LIMITS.maxBytes) {
    throw new HttpError(413, ErrorCode.tooLarge, `${field}: the file is ${mb(bytes)}; an import takes at most ${mb(IMPORT_LIMITS.maxBytes)} (split it into several files)`,
      [{ field, reason: `larger than ${IMPORT_LIMITS.maxBytes} bytes`, code: 'file_too_large', params: { bytes, max: IMPORT_LIMITS.maxBytes }, row: null }]);
  }
  if (body.geojson !== undefined) return fromGeoJson(body.geojson, body.kind);
  // Nothing but a byte-order mark and blanks: say so, rather than that the header names no kind.
  if (text.replace(/^\ufeff/, '').trim() === '') return { report: emptyFile(body.kind) };
  // Counting line breaks is cheap and an upper bound; only a file near the limit is parsed to count records.
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && lines <= IMPORT_LIMITS.maxRows + 1; i = text.indexOf('\n', i + 1)) lines++;
  if (lines > IMPORT_LIMITS.maxRows) {
    let records = Infinity;
    try { records = parseCsvRecords(text).filter((r) => !(r.fields.length === 1 && r.fields[0] === '')).length - 1; } catch { /* reported by the import */ }
    if (records > IMPORT_LIMITS.maxRows) {
      throw new HttpError(413, ErrorCode.tooLarge, `csv: more than ${IMPORT_LIMITS.maxRows} data rows; an import takes at most ${IMPORT_LIMITS.maxRows} (split it into several files)`, [{ field: 'csv', reason: `more than ${IMPORT_LIMITS.maxRows} rows`, code: 'too_many_rows', params: { rows: records, max: IMPORT_LIMITS.maxRows }, row: null }]);
    }
  }
  const kind = body.kind ?? detectImportKind(text);
  if (!kind) throw unknownKind('header');
  return { kind, input: text, geojson: false };
}

const emptyFile = (kind: ImportKind | undefined): ImportReport => ({ kind: kind ?? 'areas', rows: 0, created: 0, updated: 0, committed: false,
  errors: [asProblem({ row: 1, line: 1, column: null, code: 'file_empty', message: 'the file is empty: a header row is required' })] });

const unknownKind = (where: string) => badRequest('kind', `cannot tell from the ${where} whether the file holds areas, airports or offers; say which (the ${where} must name the required columns of one: areas ${IMPORT_REQUIRED.areas.join(', ')})`);

function fromGeoJson(text: string, kind: ImportKind | undefined): Upload {
  const read = geoJsonRecords(text, kind, IMPORT_LIMITS.maxRows);
  if ('tooMany' in read) {
    throw new HttpError(413, ErrorCode.tooLarge, `geojson: ${read.tooMany} features; an import takes at most ${IMPORT_LIMITS.maxRows} (split it into several files)`, [{ field: 'geojson', reason: `more than ${IMPORT_LIMITS.maxRows} features` }]);
  }
  if (!read.ok) return { report: { kind: kind ?? 'areas', rows: 0, created: 0, updated: 0, committed: false, errors: asFeatureErrors(read.errors).map(asProblem) } };
  if (!read.kind) throw unknownKind('properties');
  return { kind: read.kind, input: read.records, geojson: true, problems: read.problems };
}

/** Runs the import (or its preview) on what checkUpload read; every error as `{ code, field, params, row }`. */
async function importUpload(db: Kysely<Database>, up: Upload, o: { username: string; commit: boolean; fileName?: string }): Promise<ImportReport> {
  if ('report' in up) return up.report;
  const report = await runUpload(db, up, o);
  return { ...report, errors: report.errors.map(asProblem) };
}

/** GeoJSON errors name features. */
async function runUpload(db: Kysely<Database>, up: Exclude<Upload, { report: ImportReport }>, o: { username: string; commit: boolean; fileName?: string }) {
  // Features with problems of their own: the rest is still checked (a preview), so the answer lists every problem.
  const problems = up.problems ?? [];
  const report = await runImport(db, { kind: up.kind, csv: up.input, ...o, commit: o.commit && problems.length === 0 });
  if (!up.geojson) return report;
  if (problems.length === 0) return { ...report, errors: asFeatureErrors(report.errors) };
  return { ...report, created: 0, updated: 0, committed: false, errors: asFeatureErrors(mergeProblems(problems, report.errors)) };
}

/**
 * CSV import through the running server (what `npm run import` does, which the embedded database's lock
 * refuses while the server runs): a preview that writes nothing, then the import, all or nothing, audited.
 */
export const importRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['imports'];
  // JSON escaping can double a CSV's size (every quote and line break), so the body may be twice the file.
  const bodyLimit = 2 * IMPORT_LIMITS.maxBytes + 64 * 1024;

  app.get('/imports', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'What an import takes',
      description: 'For each kind (`areas`, `airports`, `offers`) the CSV columns it reads and those it requires, and the size and row limits.',
      response: { kinds: { areas: { columns: ['id', 'country', 'zone', 'name', 'lat', 'lon', 'residents', 'visitors'], required: ['country', 'zone', 'name', 'lat', 'lon', 'residents'] } }, limits: { maxBytes: 5242880, maxRows: 20000 } },
    }) }, schema: { tags, response: { 200: ImportInfo } } }, async () => ({
    kinds: Object.fromEntries((['areas', 'airports', 'offers'] as const).map((k) => [k, { columns: [...IMPORT_COLUMNS[k]], required: [...IMPORT_REQUIRED[k]] }])),
    limits: { ...IMPORT_LIMITS },
  }));

  app.post('/imports/preview', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Check an import without writing',
      description: 'Reads the file (`csv` or `geojson`) as an import would and answers what it would create and update, and every row error as `{ code, field, params, row }` (plus `line`, and for GeoJSON the `feature` index; `message` is the same in English for logs, clients word `code`); writes nothing. CSV headers in English (the field names) or Japanese (the export\'s `?lang=ja` words), in any order.',
      request: { kind: 'areas', csv: importCsvExample },
      response: { ...importReportExample, committed: false },
      errors: { 400: 'The kind cannot be told from the header; say which.', 413: 'The file is larger than 5 MB (`file_too_large`) or has more than 20,000 rows (`too_many_rows`); `details` is `[{ code, field, params, row: null }]`.' },
    }) }, bodyLimit, schema: { tags, body: ImportRequest, response: { 200: ImportReport, 400: ErrorBody, 413: ErrorBody } } },
    async (req) => {
      return importUpload(db, checkUpload(req.body), { username: currentUser(req).username, commit: false });
    });

  app.post('/imports', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Import areas, airports or offers from CSV or GeoJSON',
      description: 'The file as `csv` (a header row of the API field names or their Japanese words — `shared/exchange/csv-headers.ts`, what `?lang=ja` exports write — in any order; a BOM and CRLF are fine) or as `geojson` (a FeatureCollection whose features carry those fields as properties, a Point geometry for areas and airports; what the exports write imports again). All or nothing: every row is checked first; if any has a problem nothing is written and the answer is 422 with every row error as `{ code, field, params, row }`: an empty file `file_empty`, a broken quote `csv_syntax`, a column twice `header_duplicate` (or once per language: `header_mixed`), `header_unknown`, `header_missing`, a row with too many or too few cells `row_cells`, then each value\'s problem (codes: shared/exchange/import-problems.ts). Rows with a known id update it. Audited (one event per row, with the file name).',
      request: { kind: 'areas', csv: importCsvExample, fileName: 'areas-2027-04-01.csv' },
      response: importReportExample,
      errors: { 400: 'The kind cannot be told from the header; say which.', 413: 'The file is larger than 5 MB (`file_too_large`) or has more than 20,000 rows (`too_many_rows`).', 422: 'Nothing imported: the file has problems; `details` is the report with each row error.' },
    }) }, bodyLimit, schema: { tags, body: ImportRequest, response: { 201: ImportReport, 400: ErrorBody, 413: ErrorBody, 422: ErrorBody } } },
    async (req, reply) => {
      const report = await importUpload(db, checkUpload(req.body), { username: currentUser(req).username, commit: true, ...(req.body.fileName ? { fileName: req.body.fileName } : {}) });
      if (!report.committed) {
        const n = report.errors.length;
        throw new HttpError(422, ErrorCode.unprocessable, `Nothing imported: ${n} problem${n === 1 ? '' : 's'} in the file (see details)`, report);
      }
      return reply.status(201).send(report);
    });
};
