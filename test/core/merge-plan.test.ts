import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sortie } from '../../shared/schemas/domain.ts';
import { buildCandidates, leftByPriority, type Candidates } from '../../shared/plan/solve/candidates.ts';
import { greedyFromCandidates } from '../../shared/plan/solve/greedy.ts';
import { extraKm, fromNodes, toNodes } from '../../shared/plan/solve/merge-plan.ts';
import { mergeAreas, type AreaMerge } from '../../shared/plan/solve/merge.ts';
import { validatePlan } from '../../shared/plan/checks/validator.ts';
import { toMs, type PlanInput, type PlanningSnapshot } from '../../shared/plan/snapshot.ts';
import { area, at, offer, peopleOut, snapshot } from './fixtures.ts';
import { build, scenarioArb } from './scenario-arb.ts';

// merge.ts / merge-plan.ts on their own: a plan on the merged nodes (greedy on the merged
// candidates stands in for the model's) split back onto the areas, checked against an
// independent split of the node's seats by priority.

/** Seats [departure ms, people] given out earliest first to priorities of `caps`: per priority, people and Σ people × ms. */
function byPriority(seats: [number, number][], caps: readonly number[]): [number, number][] {
  const out: [number, number][] = [[0, 0], [0, 0], [0, 0]];
  const left = [...caps];
  for (const [t, n0] of [...seats].sort((a, b) => a[0] - b[0])) {
    let n = n0;
    for (let p = 0; p < 3 && n > 0; p++) {
      const k = Math.min(n, left[p]!);
      left[p]! -= k; n -= k;
      out[p]![0] += k; out[p]![1] += k * t;
    }
  }
  return out;
}

const seatsOf = (plan: PlanInput, id: string): [number, number][] => plan.sorties.flatMap((s) =>
  s.allocations.filter((a) => a.assemblyAreaId === id).map((a): [number, number] => [toMs(s.departAt), a.passengers]));

const kmOf = (c: Candidates, areaId: string, airportId: string) => c.legs.get(airportId)!.find((l) => l.area.id === areaId)!.km;

function checkRoundTrip(s: PlanningSnapshot, c: Candidates, merge: AreaMerge): void {
  const nodePlan = greedyFromCandidates(merge.cm);
  const plan = fromNodes(c, merge, nodePlan);
  // People out unchanged, every sortie keeps its seats.
  expect(peopleOut(plan.sorties)).toBe(peopleOut(nodePlan.sorties));
  plan.sorties.forEach((so, i) => expect(peopleOut([so])).toBe(peopleOut([nodePlan.sorties[i]!])));
  expect(plan.sorties.flatMap((so) => so.allocations).every((a) => !a.assemblyAreaId.startsWith('node:'))).toBe(true);
  expect(validatePlan(s, plan)).toEqual([]);
  for (const [node, members] of merge.members) {
    // No member sends more people of a priority than it has.
    const mine = members.map((a) => byPriority(seatsOf(plan, a.id), leftByPriority(c.remaining.get(a.id)!)));
    members.forEach((a, k) => {
      const caps = leftByPriority(c.remaining.get(a.id)!);
      expect(peopleOut(plan.sorties.map((so) => ({ ...so, allocations: so.allocations.filter((x) => x.assemblyAreaId === a.id) })))).toBeLessThanOrEqual(caps[0]! + caps[1]! + caps[2]!);
      expect(mine[k]!.every(([n], p) => n <= caps[p]!)).toBe(true);
    });
    // The node's earliest seats carry its priority 1, then 2, then 3 — and so do its members' together.
    const whole = byPriority(seatsOf(nodePlan, node), leftByPriority(merge.cm.remaining.get(node)!));
    for (let p = 0; p < 3; p++) {
      expect(mine.reduce((n, m) => n + m[p]![0], 0)).toBe(whole[p]![0]);
      expect(mine.reduce((n, m) => n + m[p]![1], 0)).toBe(whole[p]![1]);
    }
  }
  // Back onto the nodes: the same people on each sortie, per node.
  const again = toNodes(c, merge, plan);
  const count = (p: PlanInput) => p.sorties.map((so) => [...so.allocations].sort((a, b) => (a.assemblyAreaId < b.assemblyAreaId ? -1 : 1)).map((a) => `${a.assemblyAreaId}:${a.passengers}`).join(','));
  expect(count(again)).toEqual(count(nodePlan));
  // extraKm: Σ people × (own road leg − the node's), from the unmerged legs.
  let extra = 0;
  for (const so of plan.sorties) {
    for (const a of so.allocations) {
      const node = merge.nodeOf.get(a.assemblyAreaId);
      if (node === undefined) continue;
      const nodeKm = merge.cm.legs.get(so.originAirportId)!.find((l) => l.area.id === node)!.km;
      extra += a.passengers * (kmOf(c, a.assemblyAreaId, so.originAirportId) - nodeKm);
    }
  }
  expect(extraKm(c, merge, plan)).toBeCloseTo(extra, 6);
  expect(extra).toBeGreaterThanOrEqual(0);
}

describe('merged supply nodes: plans split back onto their areas', () => {
  // Three areas on one spot, two a few km off it, one in Busan; one offer short of seats.
  const s = snapshot({
    areas: [
      area('a1', 'seoul', 300, { priority1: 40, priority2: 60 }),
      area('a2', 'seoul', 200, { priority1: 10, priority2: 0 }),
      area('a3', 'seoul', 150, { priority1: 0, priority2: 90 }),
      area('b1', 'seoul', 250, { priority1: 30, priority2: 30, lat: 37.60, lon: 127.02 }),
      area('b2', 'seoul', 120, { priority1: 5, priority2: 5, lat: 37.61, lon: 127.03 }),
      area('c1', 'busan', 400, { priority1: 50, priority2: 50 }),
    ],
    offers: [
      offer({ id: 'o1', seatsPerSortie: 180, sorties: 4, aircraftCount: 2, turnaroundHours: 3, originAirportIds: ['RKSI', 'RKSS'], availableFrom: at(4), availableTo: at(20) }),
      offer({ id: 'o2', seatsPerSortie: 120, sorties: 3, aircraftCount: 1, turnaroundHours: 4, originAirportIds: ['RKPK'], availableFrom: at(5), availableTo: at(20) }),
    ],
  });
  const c = buildCandidates(s);

  it('merges areas of the same reach, and with no looseness allowed only those at the same distances', () => {
    const loose = mergeAreas(c);
    expect([...loose.members.values()].map((m) => m.map((a) => a.id).sort())).toEqual([['a1', 'a2', 'a3', 'b1', 'b2']]);
    const exact = mergeAreas(c, 0);
    expect([...exact.members.values()].map((m) => m.map((a) => a.id).sort())).toEqual([['a1', 'a2', 'a3']]);
    // The node's legs: the members' shortest road km.
    for (const [airportId, legs] of loose.cm.legs) {
      for (const l of legs.filter((x) => x.area.id.startsWith('node:'))) {
        expect(l.km).toBe(Math.min(...loose.members.get(l.area.id)!.map((a) => kmOf(c, a.id, airportId))));
      }
    }
  });

  it('a node plan split back: members within their people per priority, priority 1 on the earliest seats, people out unchanged, valid', () => {
    checkRoundTrip(s, c, mergeAreas(c));
    checkRoundTrip(s, c, mergeAreas(c, 0));
  });

  it('a locked allocation on an open sortie keeps its area out of any node', () => {
    const locked: Sortie = {
      id: 'L1', offerId: 'o1', originAirportId: 'RKSI', destinationAirportId: 'RJFF', departAt: at(6),
      allocations: [{ assemblyAreaId: 'a2', passengers: 50, locked: true }],
    };
    const cl = buildCandidates(s, [locked]);
    const merge = mergeAreas(cl);
    expect(merge.nodeOf.has('a2')).toBe(false);
    expect(merge.nodeOf.has('a1')).toBe(true);
  });

  it('property: on random small scenarios with areas sharing spots, the split keeps every rule above', () => {
    // Areas snapped to a few spots, so several share a reach (and some share their distances too).
    const clustered = scenarioArb.map((g) => ({
      ...g, areas: g.areas.map((a, i) => ({ ...a, dLat: (i % 3) * 0.01, dLon: 0 })),
    }));
    let merged = 0;
    fc.assert(fc.property(clustered, fc.constantFrom(Infinity, 0, 2000), (g, looseness) => {
      const sc = build(g);
      const cc = buildCandidates(sc);
      const merge = mergeAreas(cc, looseness);
      if (merge.members.size > 0 && peopleOut(greedyFromCandidates(merge.cm).sorties) > 0) merged++;
      checkRoundTrip(sc, cc, merge);
    }), { numRuns: 150, seed: 17 });
    // The runs that test something: a node with people on a plan.
    expect(merged).toBeGreaterThan(50);
  });
});
