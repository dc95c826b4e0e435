import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstContact } from '../../shared/geometry/first-contact.ts';
import { orient, segmentsMeet, type Point } from '../../shared/geometry/orient.ts';
import { MIN_COORDINATE, polygonProblem } from '../../shared/geometry/polygon-problem.ts';
import { LIMITS } from '../../shared/limits.ts';
import { closeRing as close, scribble, wobblyCircle } from '../support/shapes.ts';

type Ring = [number, number][];

/** The reference: every pair of edges, O(n²). Neighbouring edges may share their vertex and nothing more. */
function bruteContact(rings: Ring[]): boolean {
  const edges = rings.flatMap((ring, r) => ring.slice(0, -1).map((p, k) => ({ r, k, m: ring.length - 1, p, q: ring[k + 1]! })));
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const a = edges[i]!, b = edges[j]!;
      const next = a.r === b.r && (b.k === (a.k + 1) % a.m);
      const prev = a.r === b.r && (a.k === (b.k + 1) % a.m);
      if (next || prev) {
        // Shared vertex q between edge (p, q) and (q, s): they overlap only if s doubles back along p–q.
        const [p, q, s] = next ? [a.p, a.q, b.q] : [b.p, b.q, a.q];
        const dot = (q[0] - p[0]) * (s[0] - q[0]) + (q[1] - p[1]) * (s[1] - q[1]);
        if (orient(p, q, s) === 0 && dot < 0) return true;
        if (next && prev) continue; // a ring of two edges cannot be; kept for clarity
      } else if (segmentsMeet(a.p, a.q, b.p, b.q)) return true;
    }
  }
  return false;
}

const noZeroEdges = (ring: Ring) => ring.every((p, k) => k === 0 || p[0] !== ring[k - 1]![0] || p[1] !== ring[k - 1]![1]);

/** Small rings on a coarse grid: collinear edges, shared vertices and touching edges come up all the time. */
const gridRing = (size: number) => fc.array(fc.tuple(fc.integer({ min: 0, max: size }), fc.integer({ min: 0, max: size })), { minLength: 3, maxLength: 9 })
  .map((pts) => close(pts as [number, number][])).filter(noZeroEdges);
/** Doubles of any size polygonProblem lets through (0, or at least MIN_COORDINATE). */
const snap = (v: number) => (Math.abs(v) < MIN_COORDINATE ? 0 : v);
const coordinate = fc.double({ min: -1, max: 1, noNaN: true }).map(snap);
const floatRing = fc.array(fc.tuple(coordinate, coordinate), { minLength: 3, maxLength: 12 })
  .map((pts) => close(pts as [number, number][])).filter(noZeroEdges);

describe('firstContact (Shamos–Hoey sweep) against every pair of edges', () => {
  it('agrees on one ring on a small grid', () => {
    fc.assert(fc.property(gridRing(4), (ring) => (firstContact([ring]) !== null) === bruteContact([ring])), { numRuns: 5000 });
  });
  it('agrees on several rings on a grid', () => {
    fc.assert(fc.property(fc.array(gridRing(6), { minLength: 1, maxLength: 4 }), (rings) => (firstContact(rings) !== null) === bruteContact(rings)), { numRuns: 3000 });
  });
  it('agrees on rings of arbitrary doubles', () => {
    fc.assert(fc.property(fc.array(floatRing, { minLength: 1, maxLength: 3 }), (rings) => (firstContact(rings) !== null) === bruteContact(rings)), { numRuns: 3000 });
  });
  it('agrees on simple polygons (star-shaped, sorted by angle) and their perturbations', () => {
    const star = fc.array(fc.tuple(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.double({ min: 0.1, max: 1, noNaN: true })), { minLength: 3, maxLength: 40 })
      // Snapped like `coordinate`: polygonProblem refuses |v| < MIN_COORDINATE before the sweep sees it (sin of a tiny angle gave 5e-324).
      .map((polar) => close([...polar].sort((a, b) => a[0] - b[0]).map(([t, r]) => [snap(r * Math.cos(t)), snap(r * Math.sin(t))] as [number, number])))
      .filter(noZeroEdges);
    fc.assert(fc.property(star, fc.nat(), fc.nat(), (ring, i, j) => {
      const swapped = ring.slice(0, -1);
      const a = i % swapped.length, b = j % swapped.length;
      [swapped[a], swapped[b]] = [swapped[b]!, swapped[a]!];
      const perturbed = close(swapped);
      return (firstContact([ring]) !== null) === bruteContact([ring])
        && (!noZeroEdges(perturbed) || (firstContact([perturbed]) !== null) === bruteContact([perturbed]));
    }), { numRuns: 2000 });
  });
  it('names two edges that really meet', () => {
    fc.assert(fc.property(fc.array(gridRing(5), { minLength: 1, maxLength: 3 }), (rings) => {
      const c = firstContact(rings);
      if (c?.kind !== 'crossing') return true;
      const e = (ref: { ring: number; index: number }): [Point, Point] => [rings[ref.ring]![ref.index]!, rings[ref.ring]![ref.index + 1]!];
      const [p1, p2] = e(c.a), [q1, q2] = e(c.b);
      return segmentsMeet(p1, p2, q1, q2);
    }), { numRuns: 2000 });
  });
});

describe('polygonProblem', () => {
  const square: Ring = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
  const hole: Ring = [[0.2, 0.2], [0.2, 0.4], [0.4, 0.4], [0.4, 0.2], [0.2, 0.2]];

  it('accepts simple polygons of either winding, with holes', () => {
    expect(polygonProblem([square])).toBeNull();
    expect(polygonProblem([[...square].reverse()])).toBeNull();
    expect(polygonProblem([square, hole])).toBeNull();
    expect(polygonProblem([wobblyCircle(LIMITS.ringVertices - 1)])).toBeNull();
  });

  it.each([
    ['an open ring', [[[0, 0], [1, 0], [1, 1], [0, 1]]], 'coordinates[0]', /does not close/],
    ['a repeated position in a row', [[[0, 0], [1, 0], [1, 0], [1, 1], [0, 0]]], 'coordinates[0][2]', /repeats the position before/],
    ['a bow tie', [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]], 'coordinates[0]', /crosses itself near/],
    ['a figure eight touching at a corner', [[[0, 0], [1, 1], [0, 2], [2, 2], [1, 1], [2, 0], [0, 0]]], 'coordinates[0][4]', /touches itself/],
    ['a corner on another edge', [[[0, 0], [2, 0], [2, 2], [1, 0], [0, 2], [0, 0]]], 'coordinates[0]', /crosses itself/],
    ['a spike', [[[0, 0], [2, 0], [1, 0], [1, 1], [0, 0]]], 'coordinates[0][1]', /turns back/],
    ['a flat ring', [[[0, 0], [1, 0], [2, 0], [0, 0]]], 'coordinates[0][0]', /turns back/],
    ['a subnormal coordinate', [[[0, 5e-324], [1, 0], [1, 1], [0, 5e-324]]], 'coordinates[0][0]', /too close to 0/],
    ['an almost flat ring', [[[0, 0], [1, 0], [0.5, 1e-12], [0, 0]]], 'coordinates[0]', /no area/],
    ['a hole outside', [square, [[2, 2], [2, 3], [3, 3], [2, 2]]], 'coordinates[1]', /outside the outline/],
    ['a hole in a hole', [square, [[0.1, 0.1], [0.1, 0.9], [0.9, 0.9], [0.9, 0.1], [0.1, 0.1]], hole], 'coordinates[2]', /inside another hole/],
    ['a hole crossing the outline', [square, [[0.5, 0.5], [1.5, 0.5], [1.5, 0.6], [0.5, 0.5]]], 'coordinates[1]', /rings cross each other/],
    ['too many positions', [wobblyCircle(LIMITS.ringVertices + 1)], 'coordinates[0]', /limit is 5,000 per ring/],
  ] as const)('refuses %s', (_name, rings, path, reason) => {
    const p = polygonProblem(rings as unknown as Ring[]);
    expect(p?.path).toBe(path);
    expect(p?.reason).toMatch(reason);
  });

  it('finds a crossing of a scribble at the ring limit without listing them all (turf kinks ran out of memory)', () => {
    expect(polygonProblem([scribble(LIMITS.ringVertices - 1)])?.reason).toMatch(/crosses itself/);
    expect(polygonProblem([scribble(6001)])?.reason).toMatch(/limit is 5,000 per ring/);
  });
});
