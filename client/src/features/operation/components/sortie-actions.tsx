import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationSortie } from '../../../../../shared/schemas/operation.ts';
import { actionsFor } from '../../../../../shared/operation/lifecycle.ts';
import { ErrorAlert } from '../../../components/feedback.tsx';
import { invalidateQueries } from '../../../lib/query.ts';
import { postStep } from '../api/operation-api.ts';

/** The steps open to this user on one sortie; a departure reports its actual time and who boarded. */
export function SortieActions({ opId, sortie, role, now }: { opId: string; sortie: OperationSortie; role: 'planner' | 'liaison' | 'reader'; now: string }) {
  const { t } = useTranslation('operation');
  const [error, setError] = useState<unknown>(null);
  const [aboard, setAboard] = useState(String(sortie.plannedPassengers));
  const run = async (action: string, body: Record<string, unknown> = {}) => {
    setError(null);
    try {
      await postStep(opId, sortie, action, body);
    } catch (e) { setError(e); }
    await invalidateQueries(['operation', opId]);
  };
  if (!sortie.inForce) return null;
  const area = sortie.planned[0]?.assemblyAreaId;
  return (
    <div className="op-actions">
      {actionsFor(sortie.state, role).map((a) => a === 'depart' ? (
        <span key={a} className="op-depart">
          <input type="number" min={0} max={sortie.seats} value={aboard} aria-label={t('aboard')} onChange={(e) => setAboard(e.target.value)} />
          <button type="button" onClick={() => run('depart', { departedAt: now, manifest: area ? [{ assemblyAreaId: area, priority: 3, passengers: Math.max(0, Math.min(sortie.seats, Number(aboard) || 0)) }] : [] })}>{t('action.depart')}</button>
        </span>
      ) : (
        <button key={a} type="button" onClick={() => run(a, a === 'decline' || a === 'cancel' ? { reason: window.prompt(t('reasonPrompt')) || t('noReason') } : a === 'arrive' ? { arrivedAt: now } : {})}>{t(`action.${a}`)}</button>
      ))}
      {error !== null && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
    </div>
  );
}
