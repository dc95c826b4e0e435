import type { AssemblyArea } from '../../schemas/domain.ts';
import type { ReachLeg } from '../rules/reach.ts';
import type { AreaRemaining, Candidates } from './candidates.ts';
import { pushTo } from '../multimap.ts';
import { demandGroup } from '../partner-demand.ts';
import { closeClusters } from './merge-groups.ts';

/**
 * Areas the model cannot tell apart — the same origin airports, each reached in the same grid slot,
 * the same demand group — become one supply node of the model: their people summed by priority,
 * each leg at the members' shortest distance (so the model is a relaxation and its bound stays a
 * bound; merge-groups.ts merges only areas close enough for it to stay tight). On the bench this
 * takes L from 1,000 to 603 nodes and XL from 5,000 to 2,072; the passenger columns and area rows
 * shrink in proportion. Areas with a locked allocation on a sortie that still takes people keep a
 * node of their own (the decoder must not board them there).
 * merge-plan.ts maps plans between the areas and the nodes.
 */
export interface AreaMerge {
  /** The model's candidates: areas replaced by nodes (a node of one area keeps the area's id). */
  cm: Candidates;
  /** Node id → its areas, for nodes of two or more. */
  members: Map<string, AssemblyArea[]>;
  /** Area id → its node id, for areas in such nodes. */
  nodeOf: Map<string, string>;
  /** `${areaId}|${airportId}` → km, and the node's shortest, for areas in such nodes. */
  km: Map<string, number>;
}

export const NODE_PREFIX = 'node:';

/**
 * `maxLooseness` (person-km, default unbounded): how far the merged LP's bound may be above the
 * exact one, in road km × people (merge-groups.ts picks how close members must be).
 */
export function mergeAreas(c: Candidates, maxLooseness = Infinity): AreaMerge {
  const members = new Map<string, AssemblyArea[]>();
  const nodeOf = new Map<string, string>();
  const km = new Map<string, number>();
  const legsOf = new Map<string, ReachLeg[]>();
  for (const list of c.legs.values()) for (const l of list) pushTo(legsOf, l.area.id, l);
  const pinned = new Set<string>();
  for (const s of c.locked) if (!c.fixedIds.has(s.id)) for (const a of s.allocations) pinned.add(a.assemblyAreaId);
  const bySignature = new Map<string, ReachLeg[][]>();
  for (const [areaId, legs] of legsOf) {
    if (pinned.has(areaId)) continue;
    legs.sort((a, b) => (a.airport.id < b.airport.id ? -1 : a.airport.id > b.airport.id ? 1 : 0));
    const sig = `${demandGroup(legs[0]!.area)}#${legs.map((l) => `${l.airport.id}@${l.readySlot}`).join(',')}`;
    pushTo(bySignature, sig, legs);
  }
  const nodeLeg = new Map<string, ReachLeg>();
  const nodeAreas: AssemblyArea[] = [];
  const remaining = new Map(c.remaining);
  const people = (areaId: string) => c.remaining.get(areaId)?.total ?? 0;
  for (const group of closeClusters([...bySignature.values()], people, maxLooseness)) {
    if (group.length < 2) continue;
    group.sort((a, b) => (a[0]!.area.id < b[0]!.area.id ? -1 : 1));
    const areas = group.map((legs) => legs[0]!.area);
    const id = `${NODE_PREFIX}${members.size}`;
    const node: AssemblyArea = { ...areas[0]!, id, name: `${areas.length} areas` };
    members.set(id, areas);
    nodeAreas.push(node);
    const sum: AreaRemaining = { total: 0, p1: 0, p2: 0 };
    for (const a of areas) {
      nodeOf.set(a.id, id);
      const r = remaining.get(a.id)!;
      sum.total += r.total; sum.p1 += r.p1; sum.p2 += r.p2;
      remaining.delete(a.id);
    }
    remaining.set(id, sum);
    group[0]!.forEach((first, i) => {
      const leg: ReachLeg = { ...first, area: node };
      for (const legs of group) {
        const l = legs[i]!;
        km.set(`${l.area.id}|${l.airport.id}`, l.km);
        leg.km = Math.min(leg.km, l.km);
        leg.readyAtMs = Math.max(leg.readyAtMs, l.readyAtMs);
      }
      km.set(`${id}|${first.airport.id}`, leg.km);
      nodeLeg.set(`${areas[0]!.id}|${first.airport.id}`, leg);
    });
  }
  if (members.size === 0) return { cm: c, members, nodeOf, km };
  // Each node's legs take the place of its first member's; the other members' legs go.
  const legs = new Map<string, ReachLeg[]>();
  for (const [airportId, list] of c.legs) {
    const out: ReachLeg[] = [];
    for (const l of list) {
      if (!nodeOf.has(l.area.id)) out.push(l);
      else {
        const leg = nodeLeg.get(`${l.area.id}|${airportId}`);
        if (leg) out.push(leg);
      }
    }
    legs.set(airportId, out);
  }
  const areas = [...c.snapshot.areas.filter((a) => !nodeOf.has(a.id)), ...nodeAreas];
  return { cm: { ...c, snapshot: { ...c.snapshot, areas }, remaining, legs }, members, nodeOf, km };
}
