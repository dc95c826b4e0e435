import { useMemo } from 'react';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { Link } from '../../../lib/router.tsx';
import { ExportLinks } from '../../../components/export-links.tsx';
import { exportUrls } from '../../../lib/export-urls.ts';
import { useSession } from '../../../lib/session.ts';
import { usePlanList, useScenarioList } from '../api/get-plan-list.ts';
import { orderPlans, type PlanListRow } from '../list/order-plans.ts';
import { PlanRow } from './plan-row.tsx';
import './plans.css';

/**
 * /plans — every plan with its printouts: a reader's home (they brief from approved plans), and a
 * planner's overview across scenarios. Approved first, then drafts.
 */
export function PlansPage() {
  const { user } = useSession();
  const plans = usePlanList();
  const scenarios = useScenarioList();
  // Scenario names are a nicety: without them the list still shows, with scenario ids.
  const ordered = useMemo(() => plans.data && orderPlans(plans.data, scenarios.data ?? []), [plans.data, scenarios.data]);
  const isPlanner = user.role === 'planner';

  return (
    <main className="plans-page">
      <header className="plans-head">
        <h1>Plans</h1>
        <p className="muted">Approved plans first, then drafts. Print the whole summary, or one airport’s departures or one partner’s tasking.</p>
        <ExportLinks what="plans" hrefs={exportUrls.plans()} />
      </header>
      {plans.status === 'loading' && <Spinner label="Loading the plans…" />}
      {plans.status === 'error' && (
        <div className="plans-error">
          <ErrorAlert error={plans.error} title="The plans could not be loaded" />
          <button type="button" className="btn" onClick={() => void plans.refetch()}>Try again</button>
        </div>
      )}
      {ordered && ordered.approved.length + ordered.drafts.length === 0 && (
        <div className="empty">
          <h2>No plans yet</h2>
          {isPlanner
            ? <p>Open the <Link to="/">map planner</Link>, choose a scenario and run the matcher: the plan it builds appears here, and in print once approved.</p>
            : <p>A planner has not built a plan yet. Plans appear here as soon as they are saved — approved ones first — with their printable summaries.</p>}
        </div>
      )}
      {ordered && ordered.approved.length + ordered.drafts.length > 0 && (
        <>
          <PlanSection title="Approved" rows={ordered.approved} isPlanner={isPlanner}
            empty="No plan is approved yet: the drafts below may still change." />
          <PlanSection title="Drafts" rows={ordered.drafts} isPlanner={isPlanner}
            empty="No drafts." note="Drafts may still change; their printouts carry a DRAFT mark." />
        </>
      )}
    </main>
  );
}

function PlanSection({ title, rows, isPlanner, empty, note }: { title: string; rows: PlanListRow[]; isPlanner: boolean; empty: string; note?: string }) {
  const id = `plans-${title.toLowerCase()}`;
  return (
    <section className="plans-section" aria-labelledby={id}>
      <h2 id={id}>{title} <span className="count count-muted">{rows.length}</span></h2>
      {rows.length === 0 ? <p className="muted">{empty}</p> : (
        <>
          {note && <p className="hint">{note}</p>}
          <table className="table plans-table">
            <thead>
              <tr>
                <th scope="col">Plan</th><th scope="col">Scenario</th><th scope="col">Status</th><th scope="col" className="num">Version</th>
                <th scope="col">Updated</th><th scope="col" className="num">People out</th><th scope="col">Print</th>
              </tr>
            </thead>
            <tbody>{rows.map((p) => <PlanRow key={p.id} plan={p} isPlanner={isPlanner} />)}</tbody>
          </table>
        </>
      )}
    </section>
  );
}
