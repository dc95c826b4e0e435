import { useCallback, useMemo, useState } from 'react';
import type { Sortie } from '../../../../../shared/schemas/domain.ts';
import type { PlanningSnapshot } from '../../../../../shared/plan/snapshot.ts';
import { moveTargets } from '../map-view/move-targets.ts';
import type { DragMove, DragMoveApi, PendingDrop } from './drag-context.ts';

/**
 * The page's drag state. The legal targets are the same list the keyboard's "Move…" offers, computed
 * once per drag; a drop on anything else is ignored here too, not only by the bars' dragover.
 */
export function useDragMoveState(snapshot: PlanningSnapshot | null, sorties: readonly Sortie[], editable: boolean, onStart?: () => void) {
  const [dragging, setDragging] = useState<DragMove | null>(null);
  const [pending, setPending] = useState<PendingDrop | null>(null);
  const free = useMemo(() => {
    if (!dragging || !snapshot) return null;
    return new Map(moveTargets(snapshot, sorties, dragging.areaId, dragging.fromSortieId).map((x) => [x.sortie.id, x.free]));
  }, [dragging, snapshot, sorties]);
  const start = useCallback((m: DragMove) => { if (editable) { setDragging(m); onStart?.(); } }, [editable, onStart]);
  const end = useCallback(() => setDragging(null), []);
  const drop = useCallback((toSortieId: string) => {
    const n = free?.get(toSortieId);
    if (dragging && n !== undefined) setPending({ ...dragging, toSortieId, free: n });
    setDragging(null);
  }, [dragging, free]);
  const api = useMemo<DragMoveApi>(() => ({ dragging, free, start, end, drop }), [dragging, free, start, end, drop]);
  return { api, pending, close: () => setPending(null) };
}
