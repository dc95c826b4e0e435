import Flatbush from 'flatbush';
import type { HazardZone } from '../../schemas/domain.ts';

type Pt = readonly [number, number];

/**
 * The edges of one hazard polygon (every ring, holes included) in a static R-tree, so that "does
 * this road cross the zone" looks at the few edges near the road instead of every vertex: a plan's
 * derivation asks it for every area × airport leg. Coordinates are planar lon/lat, as turf's
 * booleanIntersects treats them.
 */
export interface EdgeIndex {
  tree: Flatbush | undefined;
  /** Edge i runs from (ax[i], ay[i]) to (bx[i], by[i]). */
  ax: Float64Array; ay: Float64Array; bx: Float64Array; by: Float64Array;
}

export function indexEdges(zone: HazardZone): EdgeIndex {
  let n = 0;
  for (const ring of zone.geometry.coordinates) n += Math.max(0, ring.length - 1);
  const e: EdgeIndex = { tree: undefined, ax: new Float64Array(n), ay: new Float64Array(n), bx: new Float64Array(n), by: new Float64Array(n) };
  if (n === 0) return e;
  const tree = new Flatbush(n);
  let i = 0;
  for (const ring of zone.geometry.coordinates) {
    for (let k = 0; k + 1 < ring.length; k++, i++) {
      const [x1, y1] = ring[k]!;
      const [x2, y2] = ring[k + 1]!;
      e.ax[i] = x1; e.ay[i] = y1; e.bx[i] = x2; e.by[i] = y2;
      tree.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }
  }
  tree.finish();
  e.tree = tree;
  return e;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number => {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
};
const onSegment = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean =>
  Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);

/** Closed segments p1p2 and p3p4 share a point (touching counts, as in booleanIntersects). */
export function segmentsIntersect(
  x1: number, y1: number, x2: number, y2: number, x3: number, y3: number, x4: number, y4: number,
): boolean {
  const d1 = orient(x3, y3, x4, y4, x1, y1);
  const d2 = orient(x3, y3, x4, y4, x2, y2);
  const d3 = orient(x1, y1, x2, y2, x3, y3);
  const d4 = orient(x1, y1, x2, y2, x4, y4);
  if (d1 !== d2 && d3 !== d4) return true;
  return (d1 === 0 && onSegment(x3, y3, x4, y4, x1, y1)) || (d2 === 0 && onSegment(x3, y3, x4, y4, x2, y2))
    || (d3 === 0 && onSegment(x1, y1, x2, y2, x3, y3)) || (d4 === 0 && onSegment(x1, y1, x2, y2, x4, y4));
}

/** Does segment a–b touch any edge of the polygon? */
export function crossesEdge(e: EdgeIndex, a: Pt, b: Pt): boolean {
  if (!e.tree) return false;
  const hits = e.tree.search(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  return hits.some((i) => segmentsIntersect(a[0], a[1], b[0], b[1], e.ax[i]!, e.ay[i]!, e.bx[i]!, e.by[i]!));
}

/**
 * Point in polygon (holes excluded, the boundary included, like turf's booleanPointInPolygon) by
 * casting a ray east: only the edges the ray's box meets are counted (even–odd over all rings).
 */
export function containsPoint(e: EdgeIndex, p: Pt): boolean {
  if (!e.tree) return false;
  const [x, y] = p;
  const hits = e.tree.search(x, y, Infinity, y);
  let inside = false;
  for (const i of hits) {
    const ax = e.ax[i]!; const ay = e.ay[i]!; const bx = e.bx[i]!; const by = e.by[i]!;
    if (orient(ax, ay, bx, by, x, y) === 0 && onSegment(ax, ay, bx, by, x, y)) return true;
    if ((ay > y) !== (by > y) && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside;
}

/**
 * A straight road from a to b meets the zone when it touches an edge or lies wholly inside it (then
 * both ends are inside); a road that enters the zone always crosses an edge.
 */
export function lineMeetsPolygon(e: EdgeIndex, a: Pt, b: Pt): boolean {
  return crossesEdge(e, a, b) || containsPoint(e, a);
}
