import type { PlanSummary } from '../../../../../shared/schemas/summary.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

export interface SummaryVariantQuery { airport?: string | null; partner?: string | null }

export const getPlanSummary = (id: string, q: SummaryVariantQuery, signal?: AbortSignal) =>
  api.get<PlanSummary>(`/plans/${encodeURIComponent(id)}/summary`, { query: { airport: q.airport, partner: q.partner }, signal });

export const planSummaryQuery = (id: string, q: SummaryVariantQuery) => ({
  queryKey: ['plans', 'summary', id, q.airport ?? null, q.partner ?? null] as const,
  queryFn: (signal: AbortSignal) => getPlanSummary(id, q, signal),
});

export const usePlanSummary = (id: string, q: SummaryVariantQuery) => useQuery(planSummaryQuery(id, q));

/** The CSV of the same selection (a plain link: the session cookie goes with it). */
export function exportCsvUrl(id: string, q: SummaryVariantQuery): string {
  const params = new URLSearchParams();
  if (q.airport) params.set('airport', q.airport);
  if (q.partner) params.set('partner', q.partner);
  const qs = params.toString();
  return `/api/plans/${encodeURIComponent(id)}/export.csv${qs ? `?${qs}` : ''}`;
}
