import { getIssues } from '@placemarkio/check-geojson';
import { EXPORT_ONLY_PROPERTIES } from '../../shared/exchange/geojson.ts';
import type { ImportKind } from '../../shared/schemas/imports.ts';
import { kindOfHeader, type ImportError } from '../seed/import-rows.ts';
import type { CsvRecord } from '../seed/csv.ts';
import { jsonTooDeep } from '../lib/json-depth.ts';

/**
 * A GeoJSON file as the import's records, so a feature is checked by exactly the rules a CSV row is
 * (server/seed/import-rows.ts): its properties are the columns, a Point's [lon, lat] the lon and lat.
 * Structure first, with @placemarkio/check-geojson (the validator behind placemark.io: a parser that says
 * where a file breaks RFC 7946); then what it does not check: the coordinate reference (RFC 7946 is WGS 84
 * degrees, longitude first — a `crs` member or coordinates beyond ±180/±90 mean another one), Point
 * geometries for areas and airports, flat property values. Features are numbered from 0 as in the file's
 * `features` array; record k is row k + 2, as a CSV's first data row is row 2.
 */
export type GeoJsonRecords =
  /** `problems`: features the import rules cannot see as they are (geometry, nested values); their records carry placeholders. */
  | { ok: true; kind: ImportKind | null; records: CsvRecord[]; problems: ImportError[] }
  | { ok: false; errors: ImportError[] }
  | { ok: false; tooMany: number };

const SKIP = new Set<string>([...EXPORT_ONLY_PROPERTIES, 'lat', 'lon']);
const WGS84 = /^(urn:ogc:def:crs:OGC:1\.3:CRS84|urn:ogc:def:crs:EPSG::4326|EPSG:4326|CRS84)$/i;

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// GeoJSON problems carry a code too; their English detail (a validator's words) is the message.
const fileError = (message: string, line?: number): ImportError => ({ row: 1, ...(line ? { line } : {}), column: null, code: 'geojson_file', message });

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A property value as the text a CSV cell would hold; lists of ids joined with ';' (originAirportIds). */
function cell(v: Json): string | { error: string } {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(';');
  return { error: 'a nested value; give text, a number or a list of ids' };
}

/**
 * check-geojson walks the file in JavaScript, about 100× slower than JSON.parse (a 3.4 MB file took 2 s of
 * CPU): files up to this size get its full check; larger ones JSON.parse and the checks below, which cover
 * everything an import reads.
 */
const FULL_CHECK_BYTES = 512 * 1024;
/** A FeatureCollection of points with a list property nests 5 deep; more is not a file the import reads. */
const MAX_DEPTH = 16;

interface Doc { type?: unknown; crs?: { properties?: { name?: string } }; features?: unknown }
interface InFeature { type?: unknown; id?: Json; geometry?: { type?: unknown; coordinates?: unknown } | null; properties?: Record<string, Json> | null }

function parse(body: string): { doc: Doc } | { errors: ImportError[] } {
  const deep = jsonTooDeep(body, MAX_DEPTH, 'geojson');
  if (deep) return { errors: [fileError(`${deep}: nested more than ${MAX_DEPTH} levels; an import's features are points with flat properties`)] };
  if (body.length <= FULL_CHECK_BYTES) {
    const issues = getIssues(body);
    if (issues.length) return { errors: issues.slice(0, 100).map((i) => fileError(`not valid GeoJSON: ${i.message}`, lineAt(body, i.from))) };
  }
  try {
    return { doc: JSON.parse(body) as Doc };
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    return { errors: [fileError(`not valid JSON: ${(e as Error).message}`, at ? lineAt(body, Number(at[1])) : undefined)] };
  }
}

/** What RFC 7946 requires of each feature and check-geojson would say for a large file. */
function featureShape(f: InFeature): string | null {
  if (typeof f !== 'object' || f === null || f.type !== 'Feature') return 'not a Feature object';
  if (f.properties !== null && (typeof f.properties !== 'object' || Array.isArray(f.properties))) return 'properties must be an object or null';
  const g = f.geometry;
  if (g === null || g === undefined) return null;
  if (typeof g !== 'object' || typeof g.type !== 'string') return 'geometry must be a geometry object or null';
  if (g.type === 'Point' && !(Array.isArray(g.coordinates) && g.coordinates.length >= 2 && g.coordinates.length <= 3 && g.coordinates.every((x) => typeof x === 'number' && Number.isFinite(x)))) {
    return 'a Point\'s coordinates are [longitude, latitude] numbers';
  }
  return null;
}

export function geoJsonRecords(text: string, kindGiven: ImportKind | undefined, maxFeatures: number): GeoJsonRecords {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parse(body);
  if ('errors' in parsed) return { ok: false, errors: parsed.errors };
  const doc = parsed.doc;
  if (typeof doc !== 'object' || doc === null || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    return { ok: false, errors: [fileError(`${typeof doc === 'object' && doc !== null ? `a ${String(doc.type)}` : 'not an object'}: an import takes a FeatureCollection`)] };
  }
  if (doc.features.length > maxFeatures) return { ok: false, tooMany: doc.features.length };
  const shapes = (doc.features as InFeature[]).flatMap((f, i) => { const why = featureShape(f); return why ? [{ row: i + 2, column: null, code: 'geojson_feature' as const, message: why }] : []; });
  if (shapes.length) return { ok: false, errors: shapes.slice(0, 1000) };
  const crs = doc.crs?.properties?.name;
  if (doc.crs !== undefined && !(crs && WGS84.test(crs))) {
    return { ok: false, errors: [fileError(`crs ${crs ?? JSON.stringify(doc.crs)}: RFC 7946 GeoJSON is WGS 84 longitude, latitude in degrees; reproject the file (e.g. ogr2ogr -t_srs EPSG:4326) and leave out the crs member`)] };
  }
  const features = doc.features as (InFeature & { geometry: { type: string; coordinates: number[] } | null })[];
  const names: string[] = [];
  for (const f of features) for (const k of Object.keys(f.properties ?? {})) if (!SKIP.has(k) && !names.includes(k)) names.push(k);
  if (features.some((f) => f.id !== undefined) && !names.includes('id')) names.unshift('id');
  const points = features.length > 0 && features.every((f) => f.geometry?.type === 'Point');
  const kind = kindGiven ?? kindOfHeader(points ? [...names, 'lat', 'lon'] : names);
  const located = kind !== 'offers';
  const header = located ? [...names, 'lat', 'lon'] : names;
  const errors: ImportError[] = [];
  const records: CsvRecord[] = [{ fields: header, line: 1 }];
  features.forEach((f, i) => {
    const row = i + 2;
    const problem = (column: string | null, code: ImportError['code'], message: string) => errors.push({ row, column, code, message });
    const props = { ...(f.properties ?? {}) };
    if (props.id === undefined && (typeof f.id === 'string' || typeof f.id === 'number')) props.id = String(f.id);
    const fields = names.map((n) => {
      const c = cell(props[n] ?? null);
      if (typeof c === 'string') return c;
      problem(n, 'geojson_nested', c.error);
      return '';
    });
    if (located) {
      const g = f.geometry;
      if (!g || g.type !== 'Point') { problem('geometry', 'geojson_not_point', `${g ? `a ${g.type}` : 'no geometry'}: ${kind ?? 'this kind'} are points ([longitude, latitude])`); fields.push('0', '0'); }
      else {
        const [lon, lat] = g.coordinates as [number, number];
        const degrees = Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
        if (!degrees) problem('geometry', 'geojson_not_degrees', `[${lon}, ${lat}] is not longitude, latitude in degrees (RFC 7946 uses WGS 84; a projected file has metres)`);
        fields.push(degrees ? String(lat) : '0', degrees ? String(lon) : '0');
      }
    }
    records.push({ fields, line: row });
  });
  return { ok: true, kind, records, problems: errors };
}

/**
 * The feature problems found here and the import's own row errors, in feature order, one reason per
 * feature and property: a feature with a nested `name` is not told again that `name` is blank.
 */
export function mergeProblems(problems: ImportError[], rowErrors: ImportError[]): ImportError[] {
  const seen = new Set(problems.map((e) => `${e.row}|${e.column}`));
  const placeholder = (e: ImportError) => seen.has(`${e.row}|${e.column}`) || ((e.column === 'lat' || e.column === 'lon') && seen.has(`${e.row}|geometry`));
  return [...problems, ...rowErrors.filter((e) => !placeholder(e))].sort((a, b) => a.row - b.row);
}

/** Import errors on GeoJSON records name the feature and its property, not a CSV row and column. */
export function asFeatureErrors(errors: ImportError[]): (ImportError & { feature?: number })[] {
  return errors.map(({ line: _line, ...e }) => {
    const column = e.column === 'lat' ? 'geometry.coordinates[1]' : e.column === 'lon' ? 'geometry.coordinates[0]' : e.column;
    return e.row >= 2 ? { ...e, column, feature: e.row - 2 } : { ...e, column, ...(_line && e.row === 1 ? { line: _line } : {}) };
  });
}
