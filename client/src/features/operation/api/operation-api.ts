import type { LogEntry, Operation, OperationSortie, OperationView } from '../../../../../shared/schemas/operation.ts';
import type { Board } from '../../../../../shared/operation/board.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

export type BoardView = Board & { operation: Operation; scenarioName: string; labels: OperationView['labels'] };

export const useOperations = () => useQuery({ queryKey: ['operations'], queryFn: (signal) => api.getAll<Operation>('/operations', { signal }) });
export const useOperation = (id: string) => useQuery({ queryKey: ['operation', id], queryFn: (signal) => api.get<OperationView>(`/operations/${id}`, { signal }) });
export const useBoard = (id: string, enabled: boolean) => useQuery({ queryKey: ['operation-board', id], enabled, queryFn: (signal) => api.get<BoardView>(`/operations/${id}/board`, { signal }) });
export const useLog = (id: string, kind: string) => useQuery({ queryKey: ['operation-log', id, kind], queryFn: (signal) => api.get<LogEntry[]>(`/operations/${id}/log`, { signal, query: { kind: kind || undefined, limit: 50 } }) });

/** One lifecycle step, sent with the version the user saw (If-Match): a stale one is a 409 shown to them. */
export const postStep = (opId: string, s: OperationSortie, action: string, body: Record<string, unknown> = {}) =>
  api.post<OperationSortie>(`/operations/${opId}/sorties/${s.sortieId}/${action}`, body, { headers: { 'if-match': `"${s.version}"` } });
export const postLog = (opId: string, body: { kind: string; text: string }) => api.post<LogEntry>(`/operations/${opId}/log`, body);
export const taskAll = (opId: string) => api.post<OperationView>(`/operations/${opId}/task-all`, {});
export const startOperation = (body: { planId: string; name?: string; clockAt?: string }) => api.post<OperationView>('/operations', body);
export const postCheckin = (opId: string, body: { assemblyAreaId: string; at: string; priority1: number; priority2: number; priority3: number }) => api.post(`/operations/${opId}/checkins`, body);
export const importCheckins = (opId: string, csv: string) => api.post<{ imported: number }>(`/operations/${opId}/checkins/import`, { csv });
