import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('plans');
  const { user } = useSession();
  const plans = usePlanList();
  const scenarios = useScenarioList();
  // Scenario names are a nicety: without them the list still shows, with scenario ids.
  const ordered = useMemo(() => plans.data && orderPlans(plans.data, scenarios.data ?? []), [plans.data, scenarios.data]);
  const isPlanner = user.role === 'planner';

  return (
    <main className="plans-page">
      <header className="plans-head">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
        <ExportLinks what="plans" hrefs={exportUrls.plans()} />
      </header>
      {plans.status === 'loading' && <Spinner label={t('loading')} />}
      {plans.status === 'error' && (
        <div className="plans-error">
          <ErrorAlert error={plans.error} title={t('failed')} />
          <button type="button" className="btn" onClick={() => void plans.refetch()}>{t('common:tryAgain')}</button>
        </div>
      )}
      {ordered && ordered.approved.length + ordered.drafts.length === 0 && (
        <div className="empty">
          <h2>{t('empty.title')}</h2>
          {isPlanner
            ? <p><Trans t={t} i18nKey="empty.planner" components={{ link: <Link to="/" /> }} /></p>
            : <p>{t('empty.other')}</p>}
        </div>
      )}
      {ordered && ordered.approved.length + ordered.drafts.length > 0 && (
        <>
          <PlanSection id="approved" title={t('approved')} rows={ordered.approved} isPlanner={isPlanner}
            empty={t('noApproved')} />
          <PlanSection id="drafts" title={t('drafts')} rows={ordered.drafts} isPlanner={isPlanner}
            empty={t('noDrafts')} note={t('draftsNote')} />
        </>
      )}
    </main>
  );
}

function PlanSection({ id: key, title, rows, isPlanner, empty, note }: { id: string; title: string; rows: PlanListRow[]; isPlanner: boolean; empty: string; note?: string }) {
  const { t } = useTranslation('plans');
  const id = `plans-${key}`;
  return (
    <section className="plans-section" aria-labelledby={id}>
      <h2 id={id}>{title} <span className="count count-muted">{rows.length}</span></h2>
      {rows.length === 0 ? <p className="muted">{empty}</p> : (
        <>
          {note && <p className="hint">{note}</p>}
          <table className="table plans-table">
            <thead>
              <tr>
                <th scope="col">{t('col.plan')}</th><th scope="col">{t('col.scenario')}</th><th scope="col">{t('col.status')}</th><th scope="col" className="num">{t('col.version')}</th>
                <th scope="col">{t('col.updated')}</th><th scope="col" className="num">{t('col.out')}</th><th scope="col">{t('col.print')}</th>
              </tr>
            </thead>
            <tbody>{rows.map((p) => <PlanRow key={p.id} plan={p} isPlanner={isPlanner} />)}</tbody>
          </table>
        </>
      )}
    </section>
  );
}
