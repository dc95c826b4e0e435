import { toKML } from '@placemarkio/tokml';
import type { ExportCollection } from '../../shared/exchange/geojson.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * KML 2.2 of a GeoJSON export, through @placemarkio/tokml (maintained by Placemark, no dependencies, pure
 * ESM; it escapes names and writes every other property as ExtendedData). Feature ids are left to
 * ExtendedData: KML's `id` attribute is an xsd:ID, which a UUID or "area>airport" is not.
 */
export function toKmlDocument(fc: ExportCollection, name: string): string {
  const features = fc.features.map(({ id: _id, ...f }) => f);
  const kml = toKML({ type: 'FeatureCollection', features });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${kml.replace('<Document>', `<Document><name>${escapeXml(name)}</name>`)}`;
}
