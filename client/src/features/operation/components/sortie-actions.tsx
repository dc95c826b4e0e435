import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationSortie } from '../../../../../shared/schemas/operation.ts';
import { actionsFor } from '../../../../../shared/operation/lifecycle.ts';
import { ErrorAlert } from '../../../components/feedback.tsx';
import { invalidateQueries } from '../../../lib/query.ts';
import { postStep } from '../api/operation-api.ts';
import { DepartDialog } from './depart-dialog.tsx';

/** The steps open to this user on one sortie; a departure reports its actual time and who boarded. */
export function SortieActions({ opId, sortie, role, now, areas }: { opId: string; sortie: OperationSortie; role: 'planner' | 'liaison' | 'reader'; now: string; areas: Record<string, string> }) {
  const { t } = useTranslation('operation');
  const [error, setError] = useState<unknown>(null);
  const [departing, setDeparting] = useState(false);
  const run = async (action: string, body: Record<string, unknown> = {}) => {
    setError(null);
    try {
      await postStep(opId, sortie, action, body);
    } catch (e) { setError(e); }
    await invalidateQueries(['operation', opId]);
  };
  if (!sortie.inForce) return null;
  return (
    <div className="op-actions">
      {actionsFor(sortie.state, role).map((a) => a === 'depart' ? (
        <button key={a} type="button" onClick={() => setDeparting(true)}>{t('action.depart')}</button>
      ) : (
        <button key={a} type="button" onClick={() => run(a, a === 'decline' || a === 'cancel' ? { reason: window.prompt(t('reasonPrompt')) || t('noReason') } : a === 'arrive' ? { arrivedAt: now } : {})}>{t(`action.${a}`)}</button>
      ))}
      {departing && <DepartDialog sortie={sortie} areas={areas} now={now} onClose={() => setDeparting(false)} onSend={(body) => { setDeparting(false); void run('depart', body); }} />}
      {error !== null && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
    </div>
  );
}
