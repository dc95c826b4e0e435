import type { LogEntry, Operation } from '../../../../../shared/schemas/operation.ts';
import type { BoardView } from '../../operation/api/operation-api.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

/** The board as the operation page reads it (one type for the answer of GET /api/operations/:id/board). */
export interface Execution { board: BoardView; log: LogEntry[] }

/** How many of the situation log's newest entries the paper carries. */
export const PRINTED_LOG_ENTRIES = 12;

/**
 * The execution of this plan, if an operation has it in force (the newest such operation): its board and the
 * log's last entries, for the paper's execution section. null when no operation runs this plan.
 */
async function getExecution(planId: string, signal: AbortSignal): Promise<Execution | null> {
  // The newest operation with this plan in force: the server filters, so the paper never reads the whole list.
  const [op] = await api.get<Operation[]>('/operations', { signal, query: { planId, limit: 1 } });
  if (!op) return null;
  const id = encodeURIComponent(op.id);
  const [board, log] = await Promise.all([
    api.get<BoardView>(`/operations/${id}/board`, { signal }),
    api.get<LogEntry[]>(`/operations/${id}/log`, { signal, query: { limit: PRINTED_LOG_ENTRIES } }),
  ]);
  return { board, log };
}

export const useExecution = (planId: string, enabled: boolean) =>
  useQuery({ queryKey: ['plans', 'execution', planId], enabled, queryFn: (signal) => getExecution(planId, signal) });
