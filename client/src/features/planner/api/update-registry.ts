import type { AirportPatch, AssemblyAreaPatch } from '../../../../../shared/schemas/api.ts';
import type { AirportRecord, AssemblyAreaRecord } from '../../../../../shared/schemas/versioned.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateQueries, setQueryData, useQuery } from '../../../lib/query.ts';
import { referenceKeys } from './get-reference-data.ts';

/**
 * One airport or assembly area as the registry holds it, with its version; a PATCH sends that
 * version back in If-Match (the server answers 409 when someone saved in between).
 */
const recordKey = (kind: 'airports' | 'assembly-areas', id: string) => [kind, 'record', id] as const;

export const getAirportRecord = (id: string, signal?: AbortSignal) => api.get<AirportRecord>(`/airports/${encodeURIComponent(id)}`, { signal });
export const getAreaRecord = (id: string, signal?: AbortSignal) => api.get<AssemblyAreaRecord>(`/assembly-areas/${encodeURIComponent(id)}`, { signal });

export const useAirportRecord = (id: string, enabled: boolean) =>
  useQuery({ queryKey: recordKey('airports', id), queryFn: (s: AbortSignal) => getAirportRecord(id, s), enabled });
export const useAreaRecord = (id: string, enabled: boolean) =>
  useQuery({ queryKey: recordKey('assembly-areas', id), queryFn: (s: AbortSignal) => getAreaRecord(id, s), enabled });

async function patchRecord<T extends { id: string }>(kind: 'airports' | 'assembly-areas', id: string, version: number, patch: object): Promise<T> {
  const saved = await api.patch<T>(`/${kind}/${encodeURIComponent(id)}`, patch, { headers: { 'if-match': `"${version}"` } });
  setQueryData(recordKey(kind, id), saved);
  // The map and the validator read the lists: refetch them so the plan is checked against the new record.
  await invalidateQueries(kind === 'airports' ? referenceKeys.airports : referenceKeys.areas);
  return saved;
}

export const patchAirport = (id: string, version: number, patch: AirportPatch) => patchRecord<AirportRecord>('airports', id, version, patch);
export const patchArea = (id: string, version: number, patch: AssemblyAreaPatch) => patchRecord<AssemblyAreaRecord>('assembly-areas', id, version, patch);
