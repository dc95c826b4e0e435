import { createContext, useContext } from 'react';

/** People of one area on one sortie, picked up by a drag (a handle in the area's panel or the sortie's detail). */
export interface DragMove { areaId: string; fromSortieId: string }
/** A drop that passed the legality check: the count dialog asks how many and checks the rules. */
export interface PendingDrop extends DragMove { toSortieId: string; free: number }

export interface DragMoveApi {
  dragging: DragMove | null;
  /** While dragging: the legal targets (move-targets.ts) and their free seats; every other bar refuses the drop. */
  free: ReadonlyMap<string, number> | null;
  start: (m: DragMove) => void;
  end: () => void;
  drop: (toSortieId: string) => void;
}

const noop = () => {};
const IDLE: DragMoveApi = { dragging: null, free: null, start: noop, end: noop, drop: noop };

/** A context, not props: the Gantt's bars, the area panel and the sortie detail sit in different subtrees. */
export const DragMoveContext = createContext<DragMoveApi>(IDLE);
export const useDragMove = () => useContext(DragMoveContext);
