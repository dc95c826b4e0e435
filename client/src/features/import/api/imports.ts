import type { ImportInfo, ImportKind, ImportReport } from '../../../../../shared/schemas/imports.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

export const useImportInfo = () => useQuery({ queryKey: ['import-info'], queryFn: (signal) => api.get<ImportInfo>('/imports', { signal }) });

export interface ImportUpload { kind?: ImportKind; csv: string; fileName?: string }
/** Runs the import and rolls it back: what a commit would create, update or refuse. */
export const previewImport = (u: ImportUpload) => api.post<ImportReport>('/imports/preview', u);
/** All or nothing: 201 with the counts, or 422 whose details is the report listing every problem. */
export const commitImport = (u: ImportUpload) => api.post<ImportReport>('/imports', u);
