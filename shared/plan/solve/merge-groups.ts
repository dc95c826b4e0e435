import type { ReachLeg } from '../rules/reach.ts';

/** An area's legs, one per origin airport, in the same airport order for every area of a group. */
export type AreaLegs = ReachLeg[];

/** Spreads tried, loosest first (km; the last, 0, merges only areas at the same distances). */
const SPREADS_KM = [Infinity, 40, 20, 10, 5, 2, 1, 0];

/**
 * Clusters of same-reach areas to merge. A node's legs use its members' shortest km, so the
 * merged LP's bound is above the exact one by at most perKm × Σ people × (own km − node's km) at
 * the worst origin — `looseness`, in person-km. Merging loosely makes the LP smaller (bench L: 1,000
 * → 603 nodes, 40 % less LP time than unmerged), merging only close areas keeps the bound tight (a
 * plan within the gap is then provable by rounding alone, no MIP: bench hard seed 2). This takes
 * the loosest spread (largest km difference between members at any origin) whose looseness stays
 * within `maxLooseness`.
 */
export function closeClusters(groups: AreaLegs[][], people: (areaId: string) => number, maxLooseness: number): AreaLegs[][] {
  for (const spread of SPREADS_KM) {
    const clusters = groups.flatMap((g) => cluster(g, spread));
    if (spread === 0 || looseness(clusters, people) <= maxLooseness) return clusters;
  }
  return [];
}

/** Σ over merged areas of people × (own km − the cluster's shortest km), at the origin where that is largest. */
export function looseness(clusters: AreaLegs[][], people: (areaId: string) => number): number {
  let sum = 0;
  for (const c of clusters) {
    if (c.length < 2) continue;
    const min = c[0]!.map((_, i) => Math.min(...c.map((legs) => legs[i]!.km)));
    for (const legs of c) sum += people(legs[0]!.area.id) * Math.max(...legs.map((l, i) => l.km - min[i]!));
  }
  return sum;
}

/** Greedy clusters (by km to the first origin) whose members' km to each origin differ by at most `spread`. */
function cluster(group: AreaLegs[], spread: number): AreaLegs[][] {
  if (spread === Infinity || group.length < 2) return [group];
  const left = [...group].sort((a, b) => a[0]!.km - b[0]!.km || (a[0]!.area.id < b[0]!.area.id ? -1 : 1));
  const out: AreaLegs[][] = [];
  while (left.length > 0) {
    const first = left.shift()!;
    const lo = first.map((l) => l.km);
    const hi = [...lo];
    const members = [first];
    for (let k = 0; k < left.length; k++) {
      const legs = left[k]!;
      if (legs[0]!.km - lo[0]! > spread) break;
      if (!legs.every((l, i) => Math.max(hi[i]!, l.km) - Math.min(lo[i]!, l.km) <= spread)) continue;
      legs.forEach((l, i) => { lo[i] = Math.min(lo[i]!, l.km); hi[i] = Math.max(hi[i]!, l.km); });
      members.push(legs);
      left.splice(k--, 1);
    }
    out.push(members);
  }
  return out;
}
