import { useState } from 'react';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { Link } from '../../../lib/router.tsx';
import { printUrl, usePrintVariants } from '../api/get-print-variants.ts';
import { fmtUpdated, type PlanListRow } from '../list/order-plans.ts';

const fmtCount = (n: number) => n.toLocaleString('en-US');

/** One plan: its figures and its printouts (the per-airport and per-partner ones on demand). */
export function PlanRow({ plan, isPlanner }: { plan: PlanListRow; isPlanner: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <tr data-plan={plan.id}>
        <td data-label="Plan"><span><strong>{plan.name}</strong>
          {plan.violationCount > 0 && <span className="plans-violations"> · {plan.violationCount} violation{plan.violationCount === 1 ? '' : 's'} on today’s data</span>}
          {plan.inputsChanged && !plan.breaks && <span className="hint"> · inputs changed since it was saved (still holds)</span>}
        </span></td>
        <td data-label="Scenario">{plan.scenarioName}</td>
        <td data-label="Status"><span className={`chip chip-${plan.status}`}>{plan.status}</span></td>
        <td data-label="Version" className="num">v{plan.version}</td>
        <td data-label="Updated">{fmtUpdated(plan.updatedAt)}</td>
        <td data-label="People out" className="num"><span>{fmtCount(plan.peopleOut)}{plan.peopleLeft > 0 && <span className="hint"> ({fmtCount(plan.peopleLeft)} left)</span>}</span></td>
        <td data-label="Print" className="plans-print">
          <Link to={printUrl(plan.id)} className="btn btn-small btn-primary">Print summary</Link>
          <button type="button" className="btn btn-small" aria-expanded={open} aria-controls={`variants-${plan.id}`} onClick={() => setOpen((o) => !o)}>
            {open ? 'Hide' : 'By airport / partner'}
          </button>
          {isPlanner && <Link to={`/?scenario=${encodeURIComponent(plan.scenarioId)}&plan=${encodeURIComponent(plan.id)}`} className="btn btn-small btn-ghost">Open on the map</Link>}
        </td>
      </tr>
      {open && (
        <tr className="plans-variants-row" id={`variants-${plan.id}`}>
          <td colSpan={7}><PrintVariantLinks planId={plan.id} /></td>
        </tr>
      )}
    </>
  );
}

function PrintVariantLinks({ planId }: { planId: string }) {
  const v = usePrintVariants(planId, true);
  if (v.status === 'error') {
    return (
      <div className="plans-error">
        <ErrorAlert error={v.error} title="The airports and partners of this plan could not be loaded" />
        <button type="button" className="btn btn-small" onClick={() => void v.refetch()}>Try again</button>
      </div>
    );
  }
  if (!v.data) return <Spinner label="Loading the airports and partners of this plan…" />;
  return (
    <div className="plans-variants">
      <div>
        <h3>One airport’s departures</h3>
        {v.data.airports.length === 0 ? <p className="muted">No departures in this plan.</p> : (
          <ul>{v.data.airports.map((a) => <li key={a.id}><Link to={printUrl(planId, { airport: a.id })}>{a.label} — {a.name}</Link></li>)}</ul>
        )}
      </div>
      <div>
        <h3>One partner’s tasking</h3>
        {v.data.partners.length === 0 ? <p className="muted">No partner flies in this plan.</p> : (
          <ul>{v.data.partners.map((p) => <li key={p.id}><Link to={printUrl(planId, { partner: p.id })}>{p.name}</Link></li>)}</ul>
        )}
      </div>
    </div>
  );
}
