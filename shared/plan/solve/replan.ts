import type { Sortie } from '../../schemas/domain.ts';
import { lockedPart } from './candidates.ts';

export interface ReplanSplit {
  /** Kept whole, exactly as they are: the matcher's fixedSorties. */
  fixed: Sortie[];
  /** The other sorties' locked allocations: the matcher's lockedSorties. */
  locked: Sortie[];
}

/**
 * What a re-plan from `fromMs` keeps. A sortie that departed before it has flown: kept whole, as
 * is every sortie in `keepIds` (sorties their partner has confirmed, once execution records
 * that). Of the rest only the planner's locked allocations are kept; everything else is re-planned.
 */
export function splitForReplan(sorties: readonly Sortie[], fromMs: number, keepIds: ReadonlySet<string> = new Set()): ReplanSplit {
  const isFixed = (s: Sortie) => Date.parse(s.departAt) < fromMs || keepIds.has(s.id);
  return { fixed: sorties.filter(isFixed), locked: lockedPart(sorties.filter((s) => !isFixed(s))) };
}

/**
 * The promise of a re-plan, checked on its result: every fixed sortie is there unchanged and no
 * other sortie departs before `fromMs`. Returns what is broken (empty when the promise holds).
 */
export function replanBreaks(fixed: readonly Sortie[], fromMs: number, result: readonly Sortie[]): string[] {
  const out: string[] = [];
  const byId = new Map(result.map((s) => [s.id, s]));
  const canon = (s: Sortie) => JSON.stringify({
    ...s, departAt: new Date(Date.parse(s.departAt)).toISOString(),
    allocations: [...s.allocations].sort((a, b) => a.assemblyAreaId.localeCompare(b.assemblyAreaId)),
  });
  for (const f of fixed) {
    const r = byId.get(f.id);
    if (!r) out.push(`kept sortie ${f.id} is missing`);
    else if (canon(r) !== canon(f)) out.push(`kept sortie ${f.id} was changed`);
  }
  const fixedIds = new Set(fixed.map((s) => s.id));
  for (const s of result) {
    if (!fixedIds.has(s.id) && Date.parse(s.departAt) < fromMs) out.push(`new sortie ${s.id} departs ${s.departAt}, before the re-plan instant`);
  }
  return out;
}
