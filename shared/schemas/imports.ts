import { Type, type Static } from 'typebox';
import { LIMITS } from '../limits.ts';
import { IMPORT_PROBLEM_CODES, type ImportProblemCode } from '../exchange/import-problems.ts';

const strict = { additionalProperties: false } as const;

export const ImportKind = Type.Union([Type.Literal('areas'), Type.Literal('airports'), Type.Literal('offers')]);
export type ImportKind = Static<typeof ImportKind>;

/** Limits a real registry never reaches (19 areas, 168 airports today) but that keep one upload bounded. */
export const IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: LIMITS.importRows } as const;

export const ImportRequest = Type.Object({
  /** Left out: told from the header (the first kind whose required columns are all there). */
  kind: Type.Optional(ImportKind),
  /** A CSV file's text, UTF-8 (give this or `geojson`). */
  csv: Type.Optional(Type.String()),
  /** A GeoJSON (RFC 7946) FeatureCollection's text: each feature's properties are the columns, a Point its lon/lat. */
  geojson: Type.Optional(Type.String()),
  fileName: Type.Optional(Type.String({ maxLength: 200 })),
}, strict);
export type ImportRequest = Static<typeof ImportRequest>;

export const ImportProblem = Type.Object({
  /** What is wrong, stable (shared/exchange/import-problems.ts): a client words it in its reader's language. */
  // Unsafe only for the static type: the schema is the union of the listed codes.
  code: Type.Unsafe<ImportProblemCode>(Type.Union(IMPORT_PROBLEM_CODES.map((c) => Type.Literal(c)))),
  /** The column key (the API field name, whatever language the header was in); null for the file, the row or a header cell no column has. */
  field: Type.Union([Type.String(), Type.Null()]),
  /** The data the code's words need (numbers, ids, the header cell as written); never a sentence. */
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  /** The record: the header is row 1, as a spreadsheet numbers it. */
  row: Type.Integer(),
  /** The line of the file the record starts on (differs from row after a quoted line break). */
  line: Type.Optional(Type.Integer()),
  /** As `field`, but an unknown header cell as written (kept for older clients). */
  column: Type.Union([Type.String(), Type.Null()]),
  /** The problem in English, for the CLI, logs and support; clients show `code` in their own language. */
  message: Type.String(),
  /** GeoJSON: the feature's index in `features` (from 0); `row` is then feature + 2, `column` its property or `geometry`. */
  feature: Type.Optional(Type.Integer()),
});
export type ImportProblem = Static<typeof ImportProblem>;

export const ImportReport = Type.Object({
  kind: ImportKind,
  /** Data rows read (0 when the file could not be read row by row). */
  rows: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  /** Empty when the file imports (or would import) cleanly; otherwise nothing was written. */
  errors: Type.Array(ImportProblem),
  committed: Type.Boolean(),
});
export type ImportReport = Static<typeof ImportReport>;

export const ImportInfo = Type.Object({
  kinds: Type.Record(Type.String(), Type.Object({ columns: Type.Array(Type.String()), required: Type.Array(Type.String()) })),
  limits: Type.Object({ maxBytes: Type.Integer(), maxRows: Type.Integer() }),
});
export type ImportInfo = Static<typeof ImportInfo>;
