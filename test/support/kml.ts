import { XMLParser, XMLValidator } from 'fast-xml-parser';

// fast-xml-parser's output has no static shape: the checks below walk it as plain objects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = Record<string, any>;

/**
 * The KML 2.2 schema's (OGC 07-147r2) required structure, checked on a parsed document: well-formed XML,
 * root `kml` in the KML namespace, one Document, and every Placemark with exactly one geometry whose
 * `coordinates` are lon,lat[,alt] tuples in range; a Polygon has an outer LinearRing of ≥ 4 closed positions.
 * Returns the problems (none for a valid file) and the Placemarks.
 */
export function checkKml(text: string): { problems: string[]; placemarks: Record<string, unknown>[] } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { problems: [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`], placemarks: [] };
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['Placemark', 'Data', 'innerBoundaryIs'].includes(name) }).parse(text) as Node;
  const problems: string[] = [];
  const kml = doc.kml;
  if (!kml) return { problems: ['the root element is not <kml>'], placemarks: [] };
  if (kml['@_xmlns'] !== 'http://www.opengis.net/kml/2.2') problems.push(`namespace ${String(kml['@_xmlns'])}`);
  const document = kml.Document;
  if (!document) problems.push('no <Document>');
  const placemarks = (document?.Placemark ?? []) as Node[];
  const tuples = (s: unknown, where: string) => {
    const list = String(s ?? '').trim().split(/\s+/).filter(Boolean);
    for (const t of list) {
      const [lon, lat, ...rest] = t.split(',').map(Number);
      if (!(Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90) || rest.length > 1) problems.push(`${where}: bad tuple ${t}`);
    }
    return list;
  };
  placemarks.forEach((p, i) => {
    const where = `Placemark ${i} (${String(p.name ?? '')})`;
    const geometries = ['Point', 'LineString', 'Polygon'].filter((g) => p[g] !== undefined);
    if (geometries.length !== 1) { problems.push(`${where}: ${geometries.length} geometries`); return; }
    if (p.Point) { if (tuples(p.Point.coordinates, where).length !== 1) problems.push(`${where}: a Point has one position`); }
    if (p.LineString) { if (tuples(p.LineString.coordinates, where).length < 2) problems.push(`${where}: a LineString has ≥ 2 positions`); }
    if (p.Polygon) {
      const outer = tuples(p.Polygon.outerBoundaryIs?.LinearRing?.coordinates, where);
      if (outer.length < 4 || outer[0] !== outer[outer.length - 1]) problems.push(`${where}: the outer ring is not closed with ≥ 4 positions`);
    }
  });
  return { problems, placemarks };
}
