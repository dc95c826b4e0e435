import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { nearestState, PEEK_PX, stepState, type SheetState } from './sheet-snap.ts';

/**
 * The planner's side panel as a bottom sheet over the map on a phone (the CSS applies it under 760 px
 * only; on a wide screen the attributes are inert). The handle opens and closes it by click or keyboard,
 * and resizes it by drag, resting at the nearest of closed / half / full. A selection on the map opens it.
 */
export function useSheet(reveal: unknown) {
  const id = useId();
  // Half open at first: a phone user sees the plan and the map above it, and closes the sheet for the whole map.
  const [state, setState] = useState<SheetState>('half');
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const drag = useRef<{ y: number; h: number; room: number; moved: boolean } | null>(null);
  const panel = useRef<HTMLElement | null>(null);

  useEffect(() => { if (reveal) setState((s) => (s === 'closed' ? 'half' : s)); }, [reveal]);

  // The click that ends a drag is not a toggle.
  const dragged = useRef(false);
  const toggle = useCallback(() => {
    if (dragged.current) { dragged.current = false; return; }
    setState((s) => (s === 'closed' ? 'half' : 'closed'));
  }, []);
  const onKeyDown = useCallback((e: KeyboardEvent) => {
    const next = e.key === 'ArrowUp' ? stepState(state, 1) : e.key === 'ArrowDown' ? stepState(state, -1) : e.key === 'Escape' ? 'closed' : null;
    if (!next) return;
    e.preventDefault();
    setState(next);
  }, [state]);

  const onPointerDown = useCallback((e: PointerEvent<HTMLElement>) => {
    const el = panel.current;
    const room = el?.parentElement?.clientHeight ?? 0;
    if (!el || !room) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    dragged.current = false;
    drag.current = { y: e.clientY, h: el.getBoundingClientRect().height, room, moved: false };
  }, []);
  const onPointerMove = useCallback((e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    const dy = d.y - e.clientY;
    if (Math.abs(dy) > 4) d.moved = true;
    if (d.moved) setDragHeight(Math.max(PEEK_PX, Math.min(d.room, d.h + dy)));
  }, []);
  const onPointerUp = useCallback((e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d?.moved) return;
    setState(nearestState(Math.max(PEEK_PX, Math.min(d.room, d.h + d.y - e.clientY)), d.room));
    setDragHeight(null);
    dragged.current = true;
  }, []);

  return {
    state,
    /** Out of the way, e.g. when the schedule opens over the map. */
    collapse: useCallback(() => setState('closed'), []),
    panelProps: { id, ref: panel, 'data-sheet': state, style: dragHeight === null ? undefined : { height: dragHeight } },
    handleProps: {
      'aria-expanded': state !== 'closed', 'aria-controls': id,
      onClick: toggle, onKeyDown, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp,
    },
  };
}
export type Sheet = ReturnType<typeof useSheet>;
