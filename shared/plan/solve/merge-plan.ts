import type { AssemblyArea, Sortie } from '../../schemas/domain.ts';
import { leftByPriority, type Candidates } from './candidates.ts';
import { addPassengers } from './greedy.ts';
import type { AreaMerge } from './merge.ts';
import { toMs, type PlanInput } from '../snapshot.ts';

/** Allocations a plan may move: not locked, on a sortie that is not fixed. */
const movable = (c: Candidates, s: Sortie) => !c.fixedIds.has(s.id);

/** The plan with each merged area's movable allocations under its node (for the model's view of it). */
export function toNodes(c: Candidates, merge: AreaMerge, plan: PlanInput): PlanInput {
  if (merge.members.size === 0) return plan;
  return {
    sorties: plan.sorties.map((s) => {
      if (!movable(c, s) || !s.allocations.some((a) => !a.locked && merge.nodeOf.has(a.assemblyAreaId))) return s;
      const out: Sortie = { ...s, allocations: s.allocations.filter((a) => a.locked || !merge.nodeOf.has(a.assemblyAreaId)).map((a) => ({ ...a })) };
      for (const a of s.allocations) {
        const node = a.locked ? undefined : merge.nodeOf.get(a.assemblyAreaId);
        if (node !== undefined) addPassengers(out, node, a.passengers);
      }
      return out;
    }),
  };
}

/**
 * The model's plan back on the areas. Each node's seats, earliest first (the order score.ts gives
 * priorities in), carry the node's priority 1, then 2, then 3; a seat's share of a priority goes to
 * the members that still have people of it, nearest to the sortie's origin first. So every area's
 * earliest seats carry its own priority 1 (a node's priority runs out only when all its areas' has),
 * no area sends more people than it has, and the road legs are the shortest the seats allow.
 */
export function fromNodes(c: Candidates, merge: AreaMerge, plan: PlanInput): PlanInput {
  if (merge.members.size === 0) return plan;
  const seats = new Map<string, { sortie: Sortie; passengers: number; t: number; order: number }[]>();
  const sorties = plan.sorties.map((s, order) => {
    if (!movable(c, s) || !s.allocations.some((a) => !a.locked && merge.members.has(a.assemblyAreaId))) return s;
    const out: Sortie = { ...s, allocations: [] };
    for (const a of s.allocations) {
      if (a.locked || !merge.members.has(a.assemblyAreaId)) out.allocations.push({ ...a });
      else {
        const list = seats.get(a.assemblyAreaId) ?? [];
        list.push({ sortie: out, passengers: a.passengers, t: toMs(s.departAt), order });
        seats.set(a.assemblyAreaId, list);
      }
    }
    return out;
  });
  for (const [node, list] of seats) {
    const areas = merge.members.get(node)!;
    const left = new Map(areas.map((a) => [a.id, leftByPriority(c.remaining.get(a.id)!)]));
    const nearest = new Map<string, AssemblyArea[]>();
    list.sort((a, b) => a.t - b.t || a.order - b.order);
    for (const seat of list) {
      const origin = seat.sortie.originAirportId;
      let byKm = nearest.get(origin);
      if (!byKm) {
        const km = (a: AssemblyArea) => merge.km.get(`${a.id}|${origin}`) ?? Infinity;
        byKm = [...areas].sort((a, b) => km(a) - km(b) || (a.id < b.id ? -1 : 1));
        nearest.set(origin, byKm);
      }
      let n = seat.passengers;
      for (let p = 0; p < 3 && n > 0; p++) {
        for (const area of byKm) {
          const l = left.get(area.id)!;
          const k = Math.min(n, l[p]!);
          if (k <= 0) continue;
          l[p]! -= k;
          n -= k;
          addPassengers(seat.sortie, area.id, k);
          if (n === 0) break;
        }
      }
      // More than the node's people (never, the decoder caps at them): the validator reports it.
      if (n > 0) addPassengers(seat.sortie, byKm[0]!.id, n);
    }
  }
  return { sorties };
}

/** Σ people × (their road leg − their node's shortest) over the merged areas' movable allocations. */
export function extraKm(c: Candidates, merge: AreaMerge, plan: PlanInput): number {
  let sum = 0;
  if (merge.members.size === 0) return sum;
  for (const s of plan.sorties) {
    if (!movable(c, s)) continue;
    for (const a of s.allocations) {
      const node = a.locked ? undefined : merge.nodeOf.get(a.assemblyAreaId);
      if (node === undefined) continue;
      const km = merge.km.get(`${a.assemblyAreaId}|${s.originAirportId}`);
      const min = merge.km.get(`${node}|${s.originAirportId}`);
      if (km !== undefined && min !== undefined) sum += a.passengers * (km - min);
    }
  }
  return sum;
}
