import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/feedback.tsx';
import { navigate } from '../../../lib/router.tsx';
import { invalidateQueries } from '../../../lib/query.ts';
import { useFormat } from '../../../i18n/format.ts';
import { usePlanList } from '../../plans/api/get-plan-list.ts';
import { startOperation } from '../api/operation-api.ts';

/**
 * A planner starts executing an approved plan. An exercise runs on the scenario's clock: the planner
 * says what time it is in the operation now (the plan's first hour by default), real time passes from there.
 */
export function StartOperation() {
  const { t } = useTranslation('operation');
  const f = useFormat();
  const plans = usePlanList();
  const approved = (plans.data ?? []).filter((p) => p.status === 'approved');
  const [planId, setPlanId] = useState('');
  const [name, setName] = useState('');
  const [exercise, setExercise] = useState(true);
  const [clockAt, setClockAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const chosen = planId || approved[0]?.id || '';
  if (plans.status === 'success' && approved.length === 0) return <p className="muted" data-testid="no-approved">{t('start.noApproved')}</p>;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true); setError(null);
    try {
      const body = { planId: chosen, ...(name.trim() ? { name: name.trim() } : {}), ...(exercise && clockAt ? { clockAt: new Date(`${clockAt}:00Z`).toISOString() } : {}) };
      const view = await startOperation(body);
      await invalidateQueries(['operations']);
      navigate(`/operations/${view.operation.id}`);
    } catch (err) { setError(err); } finally { setBusy(false); }
  };
  return (
    <form className="op-start" onSubmit={submit} aria-label={t('start.title')}>
      <h2>{t('start.title')}</h2>
      <label>{t('start.plan')}
        <select value={chosen} onChange={(e) => setPlanId(e.target.value)} required>
          {approved.map((p) => <option key={p.id} value={p.id}>{t('start.planOption', { name: p.name, out: f.number(p.peopleOut), approved: f.dateTime(p.approvedAt) })}</option>)}
        </select>
      </label>
      <label>{t('start.name')}<input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} placeholder={t('start.namePlaceholder')} /></label>
      <label className="op-check"><input type="checkbox" checked={exercise} onChange={(e) => setExercise(e.target.checked)} /> {t('start.exercise')}</label>
      {exercise && <label>{t('start.clockAt')}<input type="datetime-local" value={clockAt} onChange={(e) => setClockAt(e.target.value)} aria-describedby="op-clock-help" /></label>}
      {exercise && <p id="op-clock-help" className="muted">{t('start.clockHelp')}</p>}
      <button type="submit" disabled={busy || !chosen}>{busy ? t('start.starting') : t('start.submit')}</button>
      {error !== null && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
    </form>
  );
}
