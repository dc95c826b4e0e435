/**
 * The codes of an import's row problems. The server answers `{ code, field, params, row }`; the client words
 * the code in the reader's language (exchange:import.problem.<code>, every code in en and ja: the catalogue
 * test checks it), so no English sentence built on the server reaches the screen. Stable: add codes, never
 * rename one.
 */
export const IMPORT_PROBLEM_CODES = [
  // the file
  'file_empty', 'csv_syntax', 'too_many_rows',
  // the header row (either language, any order)
  'header_blank', 'header_unknown', 'header_duplicate', 'header_mixed', 'header_missing',
  // one row
  'row_cells', 'value_required', 'value_not_number', 'value_not_integer', 'value_empty_id', 'value_invalid',
  'priorities_exceed', 'window_order', 'id_twice',
  // against the database
  'country_unknown', 'zone_country', 'partner_unknown', 'airport_unknown', 'offer_fact', 'db_refused',
  // check-ins (an operation's CSV)
  'area_unknown', 'time_invalid', 'time_before_start', 'time_future', 'value_count', 'no_rows',
  // GeoJSON files
  'geojson_file', 'geojson_feature', 'geojson_nested', 'geojson_not_point', 'geojson_not_degrees',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** Parameters are data (numbers, ids, header words as written), never sentences. */
export type ProblemParams = Record<string, string | number>;
