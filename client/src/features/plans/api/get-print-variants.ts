import type { PlanSummary } from '../../../../../shared/schemas/summary.ts';
import { api } from '../../../lib/api-client.ts';
import { useQuery } from '../../../lib/query.ts';

/** The airports and partners one plan's summary can be printed for (read from the full summary). */
export interface PrintVariants {
  airports: { id: string; label: string; name: string }[];
  partners: { id: string; name: string }[];
}

export async function getPrintVariants(planId: string, signal?: AbortSignal): Promise<PrintVariants> {
  const s = await api.get<PlanSummary>(`/plans/${encodeURIComponent(planId)}/summary`, { signal });
  return {
    airports: (s.departures ?? []).map((a) => ({ id: a.airportId, label: a.label, name: a.name })),
    partners: s.tasking.map((p) => ({ id: p.partnerId, name: p.name })),
  };
}

export const usePrintVariants = (planId: string, enabled: boolean) =>
  useQuery({ queryKey: ['plans', 'print-variants', planId] as const, queryFn: (signal: AbortSignal) => getPrintVariants(planId, signal), enabled });

/** /plans/:id/print with the variant in the query string (the print page reads it). */
export function printUrl(planId: string, variant: { airport?: string; partner?: string } = {}): string {
  const q = new URLSearchParams();
  if (variant.airport) q.set('airport', variant.airport);
  if (variant.partner) q.set('partner', variant.partner);
  const qs = q.toString();
  return `/plans/${encodeURIComponent(planId)}/print${qs ? `?${qs}` : ''}`;
}
