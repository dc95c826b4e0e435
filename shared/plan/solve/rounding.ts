import type { Candidates } from './candidates.ts';
import { decodePlan } from './decode.ts';
import type { MatcherModel } from './model.ts';
import { startFromPlan } from './plan-values.ts';
import type { PlanInput } from '../snapshot.ts';

/**
 * Rows that hold sortie columns only (sorties per offer, turnaround windows, departures per hour):
 * their coefficients are all +1 with an upper bound, so adding a sortie is allowed iff every such
 * row it is in keeps a unit of slack. Seat rows (boarding ≤ seats) only get looser with more sorties.
 */
class SortieRows {
  private readonly activity: Float64Array;
  private readonly upper: Float64Array;
  private readonly rowsOf = new Map<number, number[]>();

  constructor(m: MatcherModel, x: Float64Array) {
    const { lp } = m;
    const isX = new Uint8Array(lp.numCols);
    for (const xv of m.x) isX[xv.col] = 1;
    this.activity = new Float64Array(lp.numRows);
    this.upper = Float64Array.from(lp.rowUpper);
    for (let r = 0; r < lp.numRows; r++) {
      const from = lp.starts[r]!;
      const to = lp.starts[r + 1]!;
      let onlyX = to > from;
      for (let k = from; k < to && onlyX; k++) if (!isX[lp.indices[k]!]) onlyX = false;
      if (!onlyX) continue;
      let a = 0;
      for (let k = from; k < to; k++) {
        const col = lp.indices[k]!;
        a += lp.values[k]! * x[col]!;
        const list = this.rowsOf.get(col);
        if (list) list.push(r); else this.rowsOf.set(col, [r]);
      }
      this.activity[r] = a;
    }
  }

  /** How many more sorties this column may take (bounded by `upTo`). */
  room(col: number, current: number, colUpper: number, upTo: number): number {
    let n = Math.min(upTo, Math.floor(colUpper - current + 1e-9));
    for (const r of this.rowsOf.get(col) ?? []) n = Math.min(n, Math.floor(this.upper[r]! - this.activity[r]! + 1e-9));
    return Math.max(0, n);
  }

  add(col: number, n: number): void {
    for (const r of this.rowsOf.get(col) ?? []) this.activity[r]! += n;
  }
}

/**
 * From an LP-relaxation solution to a plan: sortie counts rounded down, then rounded up where the
 * LP wanted most of a sortie and the sortie rows allow it, then sorties added earliest first
 * wherever people are still left and the rows allow (a greedy repair). Returns the column values:
 * sortie counts integral, passenger columns still the LP's (re-solve them for the rounded sorties,
 * or decode them as they are: LP quotas first, then a top-up onto any free seat).
 */
export function roundLpSolution(c: Candidates, m: MatcherModel, lpValues: Float64Array, idPrefix = 'm'): Float64Array {
  const { lp } = m;
  const values = Float64Array.from(lpValues);
  for (const xv of m.x) values[xv.col] = Math.floor(lpValues[xv.col]! + 1e-6);
  const rows = new SortieRows(m, values);

  const fractional = m.x
    .map((xv) => ({ xv, frac: lpValues[xv.col]! - values[xv.col]! }))
    .filter((f) => f.frac > 0.25)
    .sort((a, b) => b.xv.slot - a.xv.slot || b.frac - a.frac || a.xv.col - b.xv.col);
  for (const { xv } of fractional) {
    if (rows.room(xv.col, values[xv.col]!, lp.colUpper[xv.col]!, 1) < 1) continue;
    values[xv.col]! += 1;
    rows.add(xv.col, 1);
  }

  // Greedy repair: people the rounded plan leaves behind, on extra sorties, earliest first,
  // larger aircraft first, nearest areas first (as the greedy baseline boards).
  const plan = decodePlan(c, m, values, idPrefix);
  const left = remainingAfter(c, plan);
  const order = [...m.x].sort((a, b) => a.slot - b.slot || b.offer.offer.seatsPerSortie - a.offer.offer.seatsPerSortie || a.col - b.col);
  const legsNearest = new Map([...c.legs].map(([id, legs]) => [id, [...legs].sort((a, b) => a.km - b.km || (a.area.id < b.area.id ? -1 : 1))]));
  for (const xv of order) {
    const legs = legsNearest.get(xv.originId);
    if (!legs) continue;
    const seats = xv.offer.offer.seatsPerSortie;
    // Most columns have no room left (their offer's sorties are spent): check that before the legs.
    if (rows.room(xv.col, values[xv.col]!, lp.colUpper[xv.col]!, 1) <= 0) continue;
    let waiting = 0;
    for (const l of legs) if (l.readySlot <= xv.slot) waiting += left.get(l.area.id) ?? 0;
    if (waiting <= 0) continue;
    const n = rows.room(xv.col, values[xv.col]!, lp.colUpper[xv.col]!, Math.ceil(waiting / seats));
    if (n <= 0) continue;
    values[xv.col]! += n;
    rows.add(xv.col, n);
    let free = n * seats;
    for (const l of legs) {
      if (free <= 0) break;
      if (l.readySlot > xv.slot) continue;
      const k = Math.min(free, left.get(l.area.id) ?? 0);
      if (k <= 0) continue;
      left.set(l.area.id, left.get(l.area.id)! - k);
      free -= k;
    }
  }
  return values;
}

/** People of each area not on the plan (fixed sorties and locked allocations are already out of c.remaining). */
function remainingAfter(c: Candidates, plan: PlanInput): Map<string, number> {
  const left = new Map([...c.remaining].map(([id, r]) => [id, r.total]));
  for (const s of plan.sorties) {
    if (c.fixedIds.has(s.id)) continue;
    for (const a of s.allocations) {
      if (a.locked || !left.has(a.assemblyAreaId)) continue;
      left.set(a.assemblyAreaId, left.get(a.assemblyAreaId)! - a.passengers);
    }
  }
  return left;
}

/** The model objective of a plan (the value the solver would give it), or undefined when it does not map onto the model. */
export function planObjective(c: Candidates, m: MatcherModel, plan: PlanInput): number | undefined {
  const v = startFromPlan(c, m, plan);
  if (!v) return undefined;
  let s = 0;
  for (let i = 0; i < v.length; i++) s += m.lp.colCost[i]! * v[i]!;
  return s;
}
