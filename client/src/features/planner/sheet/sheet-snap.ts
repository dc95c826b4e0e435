/** The bottom sheet's resting heights on a phone: only its handle, half the map, or all of it. */
export type SheetState = 'closed' | 'half' | 'full';
export const SHEET_STATES: readonly SheetState[] = ['closed', 'half', 'full'];
/** The handle's height; the map ends this far above the bottom so nothing of it is ever covered when closed. */
export const PEEK_PX = 48;

export function snapHeights(room: number): Record<SheetState, number> {
  return { closed: PEEK_PX, half: Math.round(room * 0.5), full: room - 8 };
}

/** The resting state nearest a dragged height. */
export function nearestState(height: number, room: number): SheetState {
  const h = snapHeights(room);
  return SHEET_STATES.reduce((best, s) => (Math.abs(h[s] - height) < Math.abs(h[best] - height) ? s : best), 'closed' as SheetState);
}

/** One step up or down (arrow keys), stopping at either end. */
export function stepState(s: SheetState, dir: 1 | -1): SheetState {
  const i = SHEET_STATES.indexOf(s) + dir;
  return SHEET_STATES[Math.max(0, Math.min(SHEET_STATES.length - 1, i))]!;
}
