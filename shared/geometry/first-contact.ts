import { comparePoints, meetingPoint, orient, samePoint, segmentsMeet, type Point } from './orient.ts';
import { SweepStatus } from './sweep-status.ts';

/** Edge `index` of ring `ring` runs from position `index` to position `index + 1`. */
export interface EdgeRef { ring: number; index: number }
export type Contact =
  /** Two edges that are not neighbours in a ring cross, touch or overlap. */
  | { kind: 'crossing'; a: EdgeRef; b: EdgeRef; at: [number, number] }
  /** A position occurs twice (other than a ring's closing one): the outline touches itself there. */
  | { kind: 'repeat'; first: EdgeRef; second: EdgeRef; at: [number, number] }
  /** A ring doubles back along itself at position `at.index` (edges before and after it overlap). */
  | { kind: 'spike'; at: EdgeRef };

interface Seg { l: Point; r: Point; ring: number; index: number; edges: number }

class Found extends Error {
  constructor(readonly a: Seg, readonly b: Seg) { super('contact'); }
}

const adjacent = (a: Seg, b: Seg) => a.ring === b.ring
  && (Math.abs(a.index - b.index) === 1 || Math.abs(a.index - b.index) === a.edges - 1);

/**
 * Orders two segments of the sweep status by height where both span the sweep line. Exact, and valid
 * because segments in the status never cross (the sweep stops at the first contact). A new segment
 * starting on another one is a contact: it is thrown rather than ordered.
 */
function compare(a: Seg, b: Seg): number {
  if (a === b) return 0;
  if (comparePoints(a.l, b.l) < 0) return -compare(b, a);
  const o = orient(b.l, b.r, a.l);
  if (o !== 0) return o;
  if (samePoint(a.l, b.l)) {
    const o2 = orient(b.l, b.r, a.r);
    if (o2 !== 0) return o2;
  }
  throw new Found(a, b);
}

function spike(rings: readonly (readonly Point[])[]): Contact | null {
  for (const [r, ring] of rings.entries()) {
    const m = ring.length - 1;
    for (let k = 0; k < m; k++) {
      const p = ring[(k + m - 1) % m]!, q = ring[k]!, s = ring[k + 1]!;
      const dot = (q[0]! - p[0]!) * (s[0]! - q[0]!) + (q[1]! - p[1]!) * (s[1]! - q[1]!);
      if (orient(p, q, s) === 0 && dot < 0) return { kind: 'spike', at: { ring: r, index: k } };
    }
  }
  return null;
}

function repeat(rings: readonly (readonly Point[])[]): Contact | null {
  // Every position but each ring's closing one, sorted: equal positions end up side by side. (Sorting
  // numbers beats a Map keyed by "x,y" strings several times over; 0 and -0 compare equal, as in orient().)
  const refs: EdgeRef[] = [];
  for (const [r, ring] of rings.entries()) for (let k = 0; k < ring.length - 1; k++) refs.push({ ring: r, index: k });
  const pos = (e: EdgeRef) => rings[e.ring]![e.index]!;
  refs.sort((a, b) => comparePoints(pos(a), pos(b)) || a.ring - b.ring || a.index - b.index);
  for (let i = 1; i < refs.length; i++) {
    const p = pos(refs[i]!);
    if (samePoint(p, pos(refs[i - 1]!))) return { kind: 'repeat', first: refs[i - 1]!, second: refs[i]!, at: [p[0]!, p[1]!] };
  }
  return null;
}

/**
 * The first place where the closed rings of a polygon meet themselves or each other, other than where
 * neighbouring edges share their vertex; null when there is none. Shamos–Hoey plane sweep: O(n log n)
 * time and O(n) memory for n edges, stopping at the first contact. (turf's kinks lists every crossing,
 * which for a scribbled outline is O(n²) points and ran the server out of memory.) Each ring must be
 * closed and free of zero-length edges, its coordinates 0 or at least 1e-100 in size (no underflow).
 */
export function firstContact(rings: readonly (readonly Point[])[]): Contact | null {
  const early = spike(rings) ?? repeat(rings);
  if (early) return early;
  const segs: Seg[] = [];
  for (const [r, ring] of rings.entries()) {
    const edges = ring.length - 1;
    for (let k = 0; k < edges; k++) {
      const p = ring[k]!, q = ring[k + 1]!;
      const [l, rr] = comparePoints(p, q) <= 0 ? [p, q] : [q, p];
      segs.push({ l, r: rr, ring: r, index: k, edges });
    }
  }
  // Events: 2i inserts segment i at its left end, 2i+1 removes it at its right end. At one point removals
  // come first: an edge ending where its neighbour starts is gone before the neighbour is compared to it
  // (two other edges meeting at a vertex are repeats, found above).
  const n = segs.length * 2;
  const ex = new Float64Array(n);
  const ey = new Float64Array(n);
  const events: number[] = new Array<number>(n);
  for (let e = 0; e < n; e++) {
    const p = e & 1 ? segs[e >> 1]!.r : segs[e >> 1]!.l;
    ex[e] = p[0]!;
    ey[e] = p[1]!;
    events[e] = e;
  }
  events.sort((a, b) => ex[a]! - ex[b]! || ey[a]! - ey[b]! || (b & 1) - (a & 1));
  const status = new SweepStatus<Seg>(compare);
  const check = (a: Seg, b: Seg | undefined) => {
    if (b && !adjacent(a, b) && segmentsMeet(a.l, a.r, b.l, b.r)) throw new Found(a, b);
  };
  try {
    for (const e of events) {
      const s = segs[e >> 1]!;
      if ((e & 1) === 0) {
        status.insert(s);
        check(s, status.below(s));
        check(s, status.above(s));
      } else {
        const below = status.below(s);
        const above = status.above(s);
        status.remove(s);
        if (below && above) check(below, above);
      }
    }
  } catch (err) {
    if (!(err instanceof Found)) throw err;
    const { a, b } = err;
    return {
      kind: 'crossing', a: { ring: a.ring, index: a.index }, b: { ring: b.ring, index: b.index },
      at: meetingPoint(a.l, a.r, b.l, b.r),
    };
  }
  return null;
}
