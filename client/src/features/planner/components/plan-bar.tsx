import type { Scenario } from '../../../../../shared/schemas/domain.ts';
import type { PlanSummaryRow } from '../../../../../shared/schemas/api.ts';
import { Link } from '../../../lib/router.tsx';
import { ExportLinks } from '../../../components/export-links.tsx';
import { exportUrls } from '../../../lib/export-urls.ts';
import type { Plan } from '../api/plan-types.ts';
import type { PlanDraft } from '../hooks/use-plan-draft.ts';
import { fmtCount, fmtTime } from './format.ts';

export type Busy = null | 'solving' | 'saving' | 'optimizing' | 'approving' | 'copying';

interface Props {
  scenarios: Scenario[];
  scenarioId: string | null;
  onScenario: (id: string) => void;
  plans: PlanSummaryRow[] | undefined;
  plan: Plan | undefined;
  onPlan: (id: string) => void;
  draft: PlanDraft;
  isPlanner: boolean;
  busy: Busy;
  violationCount: number;
  onNewPlan: () => void;
  onSave: () => void;
  onOptimize: () => void;
  onApprove: () => void;
}

export function PlanBar(p: Props) {
  const editable = p.isPlanner && p.plan?.status === 'draft';
  return (
    <section className="plan-bar" aria-label="Scenario and plan">
      <label>
        Scenario
        <select value={p.scenarioId ?? ''} onChange={(e) => p.onScenario(e.target.value)} aria-label="Scenario">
          {p.scenarios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </label>
      {p.scenarioId && (
        <div className="row plan-bar-exports">
          <ExportLinks what="scenario" hrefs={exportUrls.scenario(p.scenarioId)} />
          <ExportLinks what="areas" hrefs={exportUrls.areas()} />
          <ExportLinks what="airports" hrefs={exportUrls.airports()} />
        </div>
      )}
      <div className="row">
        <label className="grow">
          Plan
          <select value={p.plan?.id ?? ''} onChange={(e) => p.onPlan(e.target.value)} aria-label="Plan" disabled={!p.plans?.length}>
            {!p.plans?.length && <option value="">No plan yet</option>}
            {p.plans?.map((pl) => (
              <option key={pl.id} value={pl.id}>
                {pl.name} — {pl.status} v{pl.version} · {fmtCount(pl.peopleOut)} out
              </option>
            ))}
          </select>
        </label>
        {p.isPlanner && (
          <button type="button" className="btn" onClick={p.onNewPlan} disabled={!!p.busy || !p.scenarioId} title="Run the matcher on this scenario and store the result as a new draft plan">
            New plan
          </button>
        )}
      </div>
      {p.plan && (
        <div className="plan-status">
          <span className={`chip chip-${p.plan.status}`}>{p.plan.status}</span>
          <span>version {p.plan.version}</span>
          <span className="muted">saved {fmtTime(p.plan.updatedAt)}</span>
          {p.draft.dirty && <span className="chip chip-unsaved" role="status">unsaved changes</span>}
          <ExportLinks what="plan" hrefs={exportUrls.plan(p.plan.id)} />
        </div>
      )}
      {p.plan && p.isPlanner && (
        <div className="row actions">
          <button type="button" className="btn btn-small" onClick={p.draft.undo} disabled={!p.draft.canUndo || !!p.busy} title="Undo the last edit">Undo</button>
          <button type="button" className="btn btn-small" onClick={p.draft.redo} disabled={!p.draft.canRedo || !!p.busy} title="Redo">Redo</button>
          <button type="button" className="btn btn-primary btn-small" onClick={p.onSave} disabled={!editable || !p.draft.dirty || !!p.busy}>Save</button>
          <button type="button" className="btn btn-small" onClick={p.onOptimize} disabled={!editable || !!p.busy} title="Keep locked allocations and let the matcher re-plan everything else">Re-optimize the rest</button>
          <button type="button" className="btn btn-small" onClick={p.onApprove} disabled={!editable || p.draft.dirty || p.violationCount > 0 || !!p.busy}
            title={p.violationCount > 0 ? 'A plan with violations cannot be approved' : p.draft.dirty ? 'Save first' : 'Approve this plan'}>Approve</button>
          <Link className="btn btn-small" to={`/plans/${encodeURIComponent(p.plan.id)}/print`}>Print</Link>
        </div>
      )}
      {p.plan && !p.isPlanner && <p className="hint">Read-only: only planners edit plans.</p>}
      {p.plan?.status === 'approved' && p.isPlanner && <p className="hint">Approved plans are not edited; run a new plan to change it.</p>}
    </section>
  );
}
