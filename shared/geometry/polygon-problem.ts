import { LIMITS, formatLimit } from '../limits.ts';
import { firstContact } from './first-contact.ts';
import { orient, samePoint, type Point } from './orient.ts';

/** What is wrong with a polygon: `path` is relative to the geometry (e.g. `coordinates[0][12]`). */
export interface GeometryProblem { path: string; reason: string }

/** Below this a ring encloses (almost) nothing: 1e-10 square degrees is about a square metre. */
export const MIN_RING_AREA = 1e-10;
/**
 * Coordinates nearer 0 than this (and not 0) are refused: products of differences of such numbers underflow,
 * and the exact predicates the checks rely on are exact only without underflow. No map position is that small.
 */
export const MIN_COORDINATE = 1e-100;

const at = (p: readonly number[]) => `${p[1]!.toFixed(5)},${p[0]!.toFixed(5)} (lat,lon)`;

/** Twice the signed area (shoelace); positive for a counter-clockwise ring. */
export function signedArea2(ring: readonly Point[]): number {
  let s = 0;
  for (let k = 0; k < ring.length - 1; k++) {
    const p = ring[k]!, q = ring[k + 1]!;
    s += (p[0]! - q[0]!) * (p[1]! + q[1]!);
  }
  return s;
}

/** Whether p lies inside the closed ring (p is known not to be on its boundary). Exact crossing count. */
export function insideRing(p: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let k = 0; k < ring.length - 1; k++) {
    const a = ring[k]!, b = ring[k + 1]!;
    if ((a[1]! > p[1]!) !== (b[1]! > p[1]!)) {
      // The edge straddles p's horizontal line: does it pass right of p?
      const o = orient(a, b, p);
      if ((b[1]! > a[1]!) ? o > 0 : o < 0) inside = !inside;
    }
  }
  return inside;
}

/**
 * The first reason a GeoJSON Polygon's rings are not a simple polygon the map, the validator and the
 * database can all use, or null: size limits, closure, repeated positions, rings that touch or cross
 * (themselves or each other), rings without area, holes outside the outline or inside another hole.
 * Either winding is accepted (RFC 7946 §3.1.6: parsers should not reject clockwise rings). O(n log n).
 */
export function polygonProblem(rings: readonly (readonly Point[])[]): GeometryProblem | null {
  if (rings.length === 0) return { path: 'coordinates', reason: 'needs an outline ring' };
  if (rings.length > LIMITS.polygonRings) {
    return { path: 'coordinates', reason: `has ${formatLimit(rings.length)} rings; the limit is ${formatLimit(LIMITS.polygonRings)}` };
  }
  let total = 0;
  for (const [r, ring] of rings.entries()) {
    const path = `coordinates[${r}]`;
    total += ring.length;
    if (ring.length > LIMITS.ringVertices) {
      return { path, reason: `has ${formatLimit(ring.length)} positions; the limit is ${formatLimit(LIMITS.ringVertices)} per ring` };
    }
    if (ring.length < 4) return { path, reason: 'needs at least 4 positions (3 corners and the closing one)' };
    if (!samePoint(ring[0]!, ring[ring.length - 1]!)) return { path, reason: 'ring does not close: its last position must equal its first' };
    for (const [k, p] of ring.entries()) {
      if ((p[0] !== 0 && Math.abs(p[0]!) < MIN_COORDINATE) || (p[1] !== 0 && Math.abs(p[1]!) < MIN_COORDINATE)) {
        return { path: `${path}[${k}]`, reason: 'has a coordinate too close to 0 to compute with (below 1e-100); use 0' };
      }
    }
    for (let k = 1; k < ring.length; k++) {
      if (samePoint(ring[k]!, ring[k - 1]!)) return { path: `${path}[${k}]`, reason: `repeats the position before it (${at(ring[k]!)}); remove one of them` };
    }
  }
  if (total > LIMITS.polygonVertices) {
    return { path: 'coordinates', reason: `has ${formatLimit(total)} positions in all; the limit is ${formatLimit(LIMITS.polygonVertices)} per polygon` };
  }
  const contact = firstContact(rings);
  if (contact?.kind === 'spike') {
    return { path: `coordinates[${contact.at.ring}][${contact.at.index}]`, reason: 'the outline turns back on itself here (the edges before and after overlap)' };
  }
  if (contact?.kind === 'repeat') {
    const { first, second } = contact;
    return {
      path: `coordinates[${second.ring}][${second.index}]`,
      reason: `polygon touches itself: this position repeats coordinates[${first.ring}][${first.index}] at ${at(contact.at)}`,
    };
  }
  if (contact) {
    const { a, b } = contact;
    const what = a.ring === b.ring ? 'polygon crosses itself' : 'polygon\'s rings cross each other';
    return {
      path: `coordinates[${b.ring}]`,
      reason: `${what} near ${at(contact.at)}: edge ${a.index} of ring ${a.ring} meets edge ${b.index} of ring ${b.ring}`,
    };
  }
  for (const [r, ring] of rings.entries()) {
    if (Math.abs(signedArea2(ring)) / 2 < MIN_RING_AREA) return { path: `coordinates[${r}]`, reason: 'ring encloses no area' };
  }
  // Rings no longer meet, so one position of a hole tells on which side of another ring all of it lies.
  const outline = rings[0]!;
  for (let h = 1; h < rings.length; h++) {
    const p = rings[h]![0]!;
    if (!insideRing(p, outline)) return { path: `coordinates[${h}]`, reason: 'hole lies outside the outline (coordinates[0])' };
    for (let g = 1; g < rings.length; g++) {
      if (g !== h && insideRing(p, rings[g]!)) return { path: `coordinates[${h}]`, reason: `hole lies inside another hole (coordinates[${g}])` };
    }
  }
  return null;
}
