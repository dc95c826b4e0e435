import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

/**
 * The offline basemap: Natural Earth countries (world-atlas TopoJSON) turned into GeoJSON in the
 * page, so no tile or font server is needed and no request leaves the machine.
 */

type Ring = Position[];

/**
 * Rings that cross ±180° (Russia's Chukotka, Fiji, Wrangel Island) jump from +180 to -180 and draw a
 * streak across the whole map. Unwrap their longitudes so the ring stays continuous (some points end
 * up beyond ±180, which MapLibre draws on the neighbouring world copy). A ring that does not come back
 * to its starting side goes round a pole (Antarctica) and is left as it is.
 */
export function unwrapRing(ring: Ring): Ring {
  if (ring.length < 2) return ring;
  let offset = 0;
  let changed = false;
  const out: Ring = [ring[0]!];
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i]![0]! - ring[i - 1]![0]!;
    if (d > 180) offset -= 360;
    else if (d < -180) offset += 360;
    if (offset !== 0) changed = true;
    out.push(offset === 0 ? ring[i]! : [ring[i]![0]! + offset, ...ring[i]!.slice(1)]);
  }
  if (!changed || offset !== 0) return ring;
  return out;
}

export function unwrapGeometry<G extends Polygon | MultiPolygon>(g: G): G {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrapRing) };
  return { ...g, coordinates: (g as MultiPolygon).coordinates.map((p) => p.map(unwrapRing)) };
}

/** ISO 3166 numeric (world-atlas feature ids) → alpha-2, for the countries the planner deals with. */
const ISO_NUMERIC: Record<string, string> = {
  '392': 'JP', '410': 'KR', '408': 'KP', '158': 'TW', '156': 'CN', '344': 'HK', '446': 'MO', '496': 'MN',
  '643': 'RU', '608': 'PH', '704': 'VN', '764': 'TH', '702': 'SG', '458': 'MY', '360': 'ID', '036': 'AU',
  '840': 'US', '826': 'GB', '124': 'CA', '554': 'NZ', '250': 'FR', '276': 'DE', '356': 'IN', '316': 'GU',
};

/** Local names, drawn under the English name where the machine has CJK fonts. */
const LOCAL_NAMES: Record<string, string> = {
  JP: '日本', KR: '대한민국', KP: '조선', TW: '臺灣', CN: '中国', HK: '香港', MO: '澳門', MN: 'Монгол улс',
  RU: 'Россия', VN: 'Việt Nam', TH: 'ประเทศไทย',
};

/** Absent keys rather than nulls: style expressions test them with `has`. */
export interface CountryProps { name: string; iso2?: string; local?: string }

/** Signed area of a ring (shoelace, degrees²); used to pick the largest part for the label. */
function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0]! * ring[i]![1]!) - (ring[i]![0]! * ring[j]![1]!);
  return a / 2;
}

function ringCentroid(ring: Ring): Position {
  let x = 0, y = 0, a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
    x += (ring[j]![0]! + ring[i]![0]!) * f;
    y += (ring[j]![1]! + ring[i]![1]!) * f;
    a += f;
  }
  if (a === 0) return ring[0]!;
  return [x / (3 * a), y / (3 * a)];
}

/** The label point of a country: the centroid of its largest part. */
export function labelPoint(g: Polygon | MultiPolygon): Position {
  const outers = g.type === 'Polygon' ? [g.coordinates[0]!] : g.coordinates.map((p) => p[0]!);
  let best = outers[0]!;
  for (const r of outers) if (Math.abs(ringArea(r)) > Math.abs(ringArea(best))) best = r;
  return ringCentroid(best);
}

export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  labels: FeatureCollection<Point, CountryProps>;
}

/** world-atlas features (from topojson-client) → the basemap's two GeoJSON collections. */
export function buildBasemap(features: Feature<Polygon | MultiPolygon | null, { name?: string }>[]): Basemap {
  const countries: Basemap['countries']['features'] = [];
  const labels: Basemap['labels']['features'] = [];
  for (const f of features) {
    if (!f.geometry) continue;
    const iso2 = ISO_NUMERIC[String(f.id)];
    const local = iso2 ? LOCAL_NAMES[iso2] : undefined;
    const properties: CountryProps = { name: f.properties?.name ?? '', ...(iso2 ? { iso2 } : {}), ...(local ? { local } : {}) };
    const geometry = unwrapGeometry(f.geometry);
    countries.push({ type: 'Feature', id: f.id, properties, geometry });
    labels.push({ type: 'Feature', id: f.id, properties, geometry: { type: 'Point', coordinates: labelPoint(geometry) } });
  }
  return { countries: { type: 'FeatureCollection', features: countries }, labels: { type: 'FeatureCollection', features: labels } };
}

/** ~10 m: far below the accuracy of 1:50m data, and it halves the file. */
const quantize = (g: Polygon | MultiPolygon): Polygon | MultiPolygon => {
  const q = (p: Position): Position => [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(q)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(q))) };
};

export type BasemapFeatureProps = CountryProps & { kind: 'country' | 'label' };
export type BasemapCollection = FeatureCollection<Polygon | MultiPolygon | Point, BasemapFeatureProps>;

/**
 * The basemap as one GeoJSON file, built once at build time (client/basemap-plugin.ts): country
 * polygons (`kind: 'country'`) and their label points (`kind: 'label'`). MapLibre's worker fetches and
 * tiles it itself, so the page's main thread never converts TopoJSON.
 */
export function basemapCollection(features: Parameters<typeof buildBasemap>[0]): BasemapCollection {
  const { countries, labels } = buildBasemap(features);
  return {
    type: 'FeatureCollection',
    features: [
      ...countries.features.map((f) => ({ ...f, geometry: quantize(f.geometry), properties: { ...f.properties, kind: 'country' as const } })),
      ...labels.features.map((f) => ({ ...f, properties: { ...f.properties, kind: 'label' as const } })),
    ],
  };
}

/** The two collections of `Basemap` back from the one file. */
export function splitBasemap(fc: BasemapCollection): Basemap {
  const countries: Basemap['countries']['features'] = [];
  const labels: Basemap['labels']['features'] = [];
  for (const f of fc.features) {
    const { kind: _kind, ...properties } = f.properties;
    if (f.properties.kind === 'label') labels.push({ ...f, properties, geometry: f.geometry as Point });
    else countries.push({ ...f, properties, geometry: f.geometry as Polygon | MultiPolygon });
  }
  return { countries: { type: 'FeatureCollection', features: countries }, labels: { type: 'FeatureCollection', features: labels } };
}
