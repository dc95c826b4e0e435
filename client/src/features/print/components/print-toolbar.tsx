import type { PlanSummary } from '../../../../../shared/schemas/summary.ts';
import { Link, navigate } from '../../../lib/router.tsx';
import { exportCsvUrl, type SummaryVariantQuery } from '../api/get-plan-summary.ts';

interface Props {
  planId: string;
  query: SummaryVariantQuery;
  /** The full summary (for the lists of airports and partners); undefined for a liaison or while loading. */
  full: PlanSummary | undefined;
  canChooseVariant: boolean;
  ready: boolean;
  /** Where "Back" goes: the map planner, or a liaison's offers page. */
  backTo: string;
}

/** Screen-only controls: variant, CSV, print. Hidden on paper. */
export function PrintToolbar({ planId, query, full, canChooseVariant, ready, backTo }: Props) {
  const go = (q: SummaryVariantQuery) => {
    const p = new URLSearchParams();
    if (q.airport) p.set('airport', q.airport);
    if (q.partner) p.set('partner', q.partner);
    const qs = p.toString();
    navigate(`/plans/${encodeURIComponent(planId)}/print${qs ? `?${qs}` : ''}`);
  };
  return (
    <div className="pr-toolbar" role="toolbar" aria-label="Print summary">
      <Link to={backTo} className="btn btn-ghost">← Back</Link>
      {canChooseVariant && (
        <div className="pr-variants">
          <button type="button" className="btn" aria-pressed={!query.airport && !query.partner} onClick={() => go({})}>Full summary</button>
          <select aria-label="One airport's departures" value={query.partner ? '' : (query.airport ?? '')} onChange={(e) => go({ airport: e.target.value || null })}>
            <option value="">One airport…</option>
            {(full?.departures ?? []).map((a) => <option key={a.airportId} value={a.airportId}>{a.label} — {a.name}</option>)}
          </select>
          <select aria-label="One partner's tasking" value={query.partner ?? ''} onChange={(e) => go({ partner: e.target.value || null })}>
            <option value="">One partner…</option>
            {(full?.tasking ?? []).map((p) => <option key={p.partnerId} value={p.partnerId}>{p.name}</option>)}
          </select>
        </div>
      )}
      <span className="pr-toolbar-spacer" />
      <a className="btn" href={exportCsvUrl(planId, query)} download>Download CSV</a>
      <button type="button" className="btn btn-primary" onClick={() => window.print()} disabled={!ready} title={ready ? 'Print or save as PDF (Ctrl+P)' : 'Preparing the map…'}>
        {ready ? 'Print' : 'Preparing…'}
      </button>
    </div>
  );
}
