import type { GanttRow } from './gantt-rows.ts';

/**
 * The bar the arrow keys go to from `id` (roving focus: the schedule is one tab stop, not 200):
 * ←/→ the previous/next sortie of the row in time, ↑/↓ the sortie nearest in time in the row above/below,
 * Home/End the row's first/last. Null when the key is not one of these or there is nowhere to go.
 */
export function nextBar(rows: readonly GanttRow[], id: string, key: string): string | null {
  const r = rows.findIndex((row) => row.bars.some((b) => b.sortieId === id));
  if (r < 0) return null;
  const bars = [...rows[r]!.bars].sort((a, b) => a.start - b.start);
  const i = bars.findIndex((b) => b.sortieId === id);
  const here = bars[i]!;
  const across = (dir: number) => {
    for (let k = r + dir; k >= 0 && k < rows.length; k += dir) {
      const list = rows[k]!.bars;
      if (list.length) return list.reduce((best, b) => (Math.abs(b.start - here.start) < Math.abs(best.start - here.start) ? b : best)).sortieId;
    }
    return null;
  };
  switch (key) {
    case 'ArrowLeft': return bars[i - 1]?.sortieId ?? null;
    case 'ArrowRight': return bars[i + 1]?.sortieId ?? null;
    case 'ArrowUp': return across(-1);
    case 'ArrowDown': return across(1);
    case 'Home': return bars[0]!.sortieId;
    case 'End': return bars[bars.length - 1]!.sortieId;
    default: return null;
  }
}
