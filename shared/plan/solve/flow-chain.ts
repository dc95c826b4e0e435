import type { LpBuilder } from './lp-builder.ts';

/**
 * One chain's rows: people of a class arrive at the airport at their ready slots and board at seat
 * slots. Only the stock after the last seat before each next arrival needs a row and a wait column:
 * between two arrivals nobody joins, so the stock at every seat in between is ≥ the stock at the
 * last one (boarding ≥ 0), and its ≥ 0 is implied. wait_k = wait_{k−1} + arrivals_k − Σ boarding in
 * segment k, one row per arrival slot instead of per seat slot (bench L: 17,895 → ≈ 3,000 chain rows).
 * `board(e)` adds event e's boarding column (−1 when it has no seats); returns wait per event, −1 but
 * at a segment's last event. The last wait is 0: whoever flows in boards.
 */
export function addChainRows(lp: LpBuilder, events: readonly number[], arrivals: Map<number, number[]>, board: (e: number) => number): { board: number[]; wait: number[] } {
  const boards: number[] = [];
  const wait: number[] = [];
  let cols: number[] = [];
  let coefs: number[] = [];
  let prev = -1;
  const close = (last: boolean) => {
    const w = lp.addCol(0, 0, last ? 0 : Infinity, false);
    wait[wait.length - 1] = w;
    lp.addRow(0, 0, [w, ...cols], [1, ...coefs]);
    prev = w;
  };
  events.forEach((slot, e) => {
    const arr = arrivals.get(slot);
    if (e > 0 && arr) close(false);
    if (e === 0 || arr) {
      cols = prev >= 0 ? [prev] : [];
      coefs = prev >= 0 ? [-1] : [];
      for (const a of arr ?? []) { cols.push(a); coefs.push(-1); }
    }
    const b = board(e);
    boards.push(b);
    wait.push(-1);
    if (b >= 0) { cols.push(b); coefs.push(1); }
  });
  if (events.length > 0) close(true);
  return { board: boards, wait };
}
