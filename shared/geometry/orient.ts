import { orient2d } from 'robust-predicates';

/** [lon, lat] (GeoJSON order); the checks treat them as plane coordinates. */
export type Point = readonly [number, number] | readonly number[];

/**
 * 1 when c lies left of the directed line a→b (a, b, c counter-clockwise), -1 right of it, 0 on it.
 * Exact (Shewchuk's adaptive predicate): a sweep whose comparisons could contradict each other on nearly
 * collinear input would miss crossings.
 */
export function orient(a: Point, b: Point, c: Point): -1 | 0 | 1 {
  // robust-predicates' orient2d is positive for clockwise order.
  const d = orient2d(a[0]!, a[1]!, b[0]!, b[1]!, c[0]!, c[1]!);
  return d < 0 ? 1 : d > 0 ? -1 : 0;
}

/** Lexicographic order by x, then y: the sweep's order of events. */
export function comparePoints(a: Point, b: Point): number {
  return a[0]! - b[0]! || a[1]! - b[1]!;
}

export const samePoint = (a: Point, b: Point): boolean => a[0] === b[0] && a[1] === b[1];

/** Whether c, known to be on the line through a and b, lies within the closed segment ab. */
function withinBox(a: Point, b: Point, c: Point): boolean {
  return Math.min(a[0]!, b[0]!) <= c[0]! && c[0]! <= Math.max(a[0]!, b[0]!)
    && Math.min(a[1]!, b[1]!) <= c[1]! && c[1]! <= Math.max(a[1]!, b[1]!);
}

/** Whether the closed segments p1p2 and q1q2 have at least one point in common (cross, touch or overlap). */
export function segmentsMeet(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const o1 = orient(p1, p2, q1);
  const o2 = orient(p1, p2, q2);
  const o3 = orient(q1, q2, p1);
  const o4 = orient(q1, q2, p2);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  return (o1 === 0 && withinBox(p1, p2, q1)) || (o2 === 0 && withinBox(p1, p2, q2))
    || (o3 === 0 && withinBox(q1, q2, p1)) || (o4 === 0 && withinBox(q1, q2, p2));
}

/** Approximately where two meeting segments meet (for messages only). */
export function meetingPoint(p1: Point, p2: Point, q1: Point, q2: Point): [number, number] {
  const rx = p2[0]! - p1[0]!, ry = p2[1]! - p1[1]!;
  const sx = q2[0]! - q1[0]!, sy = q2[1]! - q1[1]!;
  const den = rx * sy - ry * sx;
  if (den === 0) {
    // Collinear overlap: a shared end, or the first of q's ends that lies on p.
    for (const c of [q1, q2, p1, p2]) if (withinBox(p1, p2, c) && withinBox(q1, q2, c)) return [c[0]!, c[1]!];
    return [q1[0]!, q1[1]!];
  }
  const t = ((q1[0]! - p1[0]!) * sy - (q1[1]! - p1[1]!) * sx) / den;
  return [p1[0]! + t * rx, p1[1]! + t * ry];
}
