import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sortie } from '../../../../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../../../../shared/plan/snapshot.ts';
import { validatePlan } from '../../../../../shared/plan/checks/validator.ts';
import { Dialog } from '../../../components/feedback.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { movePassengers, passengersOf } from '../edit/plan-edits.ts';
import { sortieLabel, type Lookup } from '../components/sortie-label.ts';
import { ViolationText } from '../components/violation-text.tsx';
import { brokenBy } from './broken-rules.ts';
import type { PendingDrop } from './drag-context.ts';

interface Props { drop: PendingDrop; snapshot: PlanningSnapshot; sorties: Sortie[]; lookup: Lookup; onApply: (edit: (s: Sortie[]) => Sortie[]) => void; onClose: () => void }

/** After a legal drop: how many (default as many as fit), and which rule the move would break, before it is applied. */
export function DropDialog({ drop, snapshot, sorties, lookup, onApply, onClose }: Props) {
  const { t } = useTranslation('schedule', { keyPrefix: 'drop' });
  const f = useFormat();
  const from = sorties.find((s) => s.id === drop.fromSortieId);
  const to = sorties.find((s) => s.id === drop.toSortieId);
  const have = passengersOf(from, drop.areaId);
  const max = Math.max(0, Math.min(have, drop.free));
  const [n, setN] = useState(max);
  const count = Math.max(0, Math.min(max, Math.round(Number.isFinite(n) ? n : 0)));
  const edit = (s: Sortie[]) => movePassengers(s, drop.areaId, drop.fromSortieId, drop.toSortieId, count);
  const before = useMemo(() => validatePlan(snapshot, { sorties }), [snapshot, sorties]);
  const broken = useMemo(() => (count > 0 ? brokenBy(snapshot, before, movePassengers(sorties, drop.areaId, drop.fromSortieId, drop.toSortieId, count)) : []),
    [snapshot, before, sorties, drop, count]);
  if (!from || !to) return null;
  return (
    <Dialog open title={t('title')} onClose={onClose}>
      <form className="drop-dialog" data-testid="drop-dialog" onSubmit={(e) => { e.preventDefault(); if (count > 0) { onApply(edit); onClose(); } }}>
        <p>{t('text', { area: lookup.areaName(drop.areaId), from: sortieLabel(from, lookup), to: sortieLabel(to, lookup) })}</p>
        <label className="field">{t('count', { max })}
          <input type="number" min={1} max={max} value={Number.isFinite(n) ? n : ''} autoFocus onChange={(e) => setN(e.target.valueAsNumber)} />
        </label>
        <p className="hint">{t('free', { count: drop.free, n: f.number(drop.free), have: f.number(have) })}</p>
        {broken.length > 0 ? (
          <div className="alert alert-error" role="alert"><p>{t('breaks', { count: broken.length })}</p>
            <ul className="list violations compact">{broken.map((v, i) => <li key={i}><span className="rule-tag">!</span><ViolationText violation={v} /></li>)}</ul>
          </div>
        ) : <p className="text-ok" role="status">{t('clean')}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{t('cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={count <= 0}>{broken.length ? t('applyAnyway') : t('apply')}</button>
        </div>
      </form>
    </Dialog>
  );
}
