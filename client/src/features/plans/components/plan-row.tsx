import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import { ErrorAlert, Spinner } from '../../../components/feedback.tsx';
import { Link } from '../../../lib/router.tsx';
import { printUrl, usePrintVariants } from '../api/get-print-variants.ts';
import type { PlanListRow } from '../list/order-plans.ts';

/** One plan: its figures and its printouts (the per-airport and per-partner ones on demand). */
export function PlanRow({ plan, isPlanner }: { plan: PlanListRow; isPlanner: boolean }) {
  const { t } = useTranslation('plans');
  const f = useFormat();
  const [open, setOpen] = useState(false);
  return (
    <>
      <tr data-plan={plan.id}>
        <td data-label={t('col.plan')}><span><strong>{plan.name}</strong>
          {plan.violationCount > 0 && <span className="plans-violations"> · {t('violations', { count: plan.violationCount })}</span>}
          {plan.inputsChanged && !plan.breaks && <span className="hint"> · {t('inputsChanged')}</span>}
        </span></td>
        <td data-label={t('col.scenario')}>{plan.scenarioName}</td>
        <td data-label={t('col.status')}><span className={`chip chip-${plan.status}`}>{t(`status.${plan.status}`, { defaultValue: plan.status })}</span></td>
        <td data-label={t('col.version')} className="num">v{plan.version}</td>
        <td data-label={t('col.updated')}>{f.shortTime(plan.updatedAt)}</td>
        <td data-label={t('col.out')} className="num"><span>{f.number(plan.peopleOut)}{plan.peopleLeft > 0 && <span className="hint"> {t('left', { n: f.number(plan.peopleLeft) })}</span>}</span></td>
        <td data-label={t('col.print')} className="plans-print">
          <Link to={printUrl(plan.id)} className="btn btn-small btn-primary">{t('printSummary')}</Link>
          <button type="button" className="btn btn-small" aria-expanded={open} aria-controls={`variants-${plan.id}`} onClick={() => setOpen((o) => !o)}>
            {open ? t('hide') : t('byAirportPartner')}
          </button>
          {isPlanner && <Link to={`/?scenario=${encodeURIComponent(plan.scenarioId)}&plan=${encodeURIComponent(plan.id)}`} className="btn btn-small btn-ghost">{t('openOnMap')}</Link>}
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
  const { t } = useTranslation('plans', { keyPrefix: 'variants' });
  const { t: tr } = useTranslation();
  const v = usePrintVariants(planId, true);
  if (v.status === 'error') {
    return (
      <div className="plans-error">
        <ErrorAlert error={v.error} title={t('failed')} />
        <button type="button" className="btn btn-small" onClick={() => void v.refetch()}>{tr('common:tryAgain')}</button>
      </div>
    );
  }
  if (!v.data) return <Spinner label={t('loading')} />;
  return (
    <div className="plans-variants">
      <div>
        <h3>{t('airport')}</h3>
        {v.data.airports.length === 0 ? <p className="muted">{t('noDepartures')}</p> : (
          <ul>{v.data.airports.map((a) => <li key={a.id}><Link to={printUrl(planId, { airport: a.id })}>{a.label} — {a.name}</Link></li>)}</ul>
        )}
      </div>
      <div>
        <h3>{t('partner')}</h3>
        {v.data.partners.length === 0 ? <p className="muted">{t('noPartner')}</p> : (
          <ul>{v.data.partners.map((p) => <li key={p.id}><Link to={printUrl(planId, { partner: p.id })}>{p.name}</Link></li>)}</ul>
        )}
      </div>
    </div>
  );
}
