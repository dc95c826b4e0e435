import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

export interface AuditEvent {
  id: number; at: string; username: string | null; action: string; entityType: string; entityId: string; before: unknown; after: unknown;
}

/** Who changed an entity, when, and what (planners only). */
export const getEntityHistory = (entityType: string, entityId: string, signal?: AbortSignal) =>
  api.get<AuditEvent[]>('/audit', { query: { entityType, entityId, limit: 200 }, signal });
export const useEntityHistory = (entityType: string, entityId: string) =>
  useQuery({ queryKey: ['audit', entityType, entityId], queryFn: (signal) => getEntityHistory(entityType, entityId, signal) });
