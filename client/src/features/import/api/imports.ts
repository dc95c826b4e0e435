import type { ImportInfo, ImportKind, ImportReport } from '../../../../../shared/schemas/imports.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

export const useImportInfo = () => useQuery({ queryKey: ['import-info'], queryFn: (signal) => api.get<ImportInfo>('/imports', { signal }) });

/** The file as `csv` or as `geojson` (a FeatureCollection), one of them. */
export type ImportUpload = { kind?: ImportKind; fileName?: string } & ({ csv: string } | { geojson: string });

/** A GeoJSON file by its name (.geojson, .json) or, whatever its name, by a JSON object as its first character. */
export const isGeoJson = (name: string, text: string) => /\.(geo)?json$/i.test(name) || /^\ufeff?\s*\{/.test(text);
/** Runs the import and rolls it back: what a commit would create, update or refuse. */
export const previewImport = (u: ImportUpload) => api.post<ImportReport>('/imports/preview', u);
/** All or nothing: 201 with the counts, or 422 whose details is the report listing every problem. */
export const commitImport = (u: ImportUpload) => api.post<ImportReport>('/imports', u);
