import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { Scenario } from '../../../../../shared/schemas/domain.ts';
import type { PlanSummaryRow } from '../../../../../shared/schemas/api.ts';
import { Link } from '../../../lib/router.tsx';
import { ExportLinks } from '../../../components/export-links.tsx';
import { exportUrls } from '../../../lib/export-urls.ts';
import type { Plan } from '../api/plan-types.ts';
import type { PlanDraft } from '../hooks/use-plan-draft.ts';

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
  const { t } = useTranslation('planner', { keyPrefix: 'bar' });
  const { t: tr } = useTranslation();
  const f = useFormat();
  const editable = p.isPlanner && p.plan?.status === 'draft';
  return (
    <section className="plan-bar" aria-label={t('label')}>
      <label>
        {t('scenario')}
        <select value={p.scenarioId ?? ''} onChange={(e) => p.onScenario(e.target.value)} aria-label={t('scenario')}>
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
          {t('plan')}
          <select value={p.plan?.id ?? ''} onChange={(e) => p.onPlan(e.target.value)} aria-label={t('plan')} disabled={!p.plans?.length}>
            {!p.plans?.length && <option value="">{t('noPlan')}</option>}
            {p.plans?.map((pl) => (
              <option key={pl.id} value={pl.id}>
                {t('option', { name: pl.name, status: tr(`plans:status.${pl.status}`), version: pl.version, out: f.number(pl.peopleOut) })}
              </option>
            ))}
          </select>
        </label>
        {p.isPlanner && (
          <button type="button" className="btn" onClick={p.onNewPlan} disabled={!!p.busy || !p.scenarioId} title={t('newPlanTitle')}>
            {t('newPlan')}
          </button>
        )}
      </div>
      {p.plan && (
        <div className="plan-status">
          <span className={`chip chip-${p.plan.status}`}>{tr(`plans:status.${p.plan.status}`)}</span>
          <span>{t('version', { v: p.plan.version })}</span>
          <span className="muted">{t('savedAt', { time: f.shortTime(p.plan.updatedAt) })}</span>
          {p.draft.dirty && <span className="chip chip-unsaved" role="status">{t('unsaved')}</span>}
          <ExportLinks what="plan" hrefs={exportUrls.plan(p.plan.id)} />
        </div>
      )}
      {p.plan && p.isPlanner && (
        <div className="row actions">
          <button type="button" className="btn btn-small" onClick={p.draft.undo} disabled={!p.draft.canUndo || !!p.busy} title={t('undoTitle')}>{t('undo')}</button>
          <button type="button" className="btn btn-small" onClick={p.draft.redo} disabled={!p.draft.canRedo || !!p.busy} title={t('redo')}>{t('redo')}</button>
          <button type="button" className="btn btn-primary btn-small" onClick={p.onSave} disabled={!editable || !p.draft.dirty || !!p.busy}>{t('save')}</button>
          <button type="button" className="btn btn-small" onClick={p.onOptimize} disabled={!editable || !!p.busy} title={t('optimizeTitle')}>{t('optimize')}</button>
          <button type="button" className="btn btn-small" onClick={p.onApprove} disabled={!editable || p.draft.dirty || p.violationCount > 0 || !!p.busy}
            title={p.violationCount > 0 ? t('approveViolations') : p.draft.dirty ? t('saveFirst') : t('approveTitle')}>{t('approve')}</button>
          <Link className="btn btn-small" to={`/plans/${encodeURIComponent(p.plan.id)}/print`}>{t('print')}</Link>
        </div>
      )}
      {p.plan && !p.isPlanner && <p className="hint">{t('readOnly')}</p>}
      {p.plan?.status === 'approved' && p.isPlanner && <p className="hint">{t('approvedHint')}</p>}
    </section>
  );
}
